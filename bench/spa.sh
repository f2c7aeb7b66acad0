#!/usr/bin/env bash
# bench/spa.sh — issue 11's SPA bench: how many bytes the browser fetches before the first route renders.
#
#  1. builds the SPA (npm ci when package-lock.json changed, then npm run build), unless CCHC_SKIP_BUILD=1
#  2. the initial load of "/": index.html, config.js (when dist has one), every script and stylesheet
#     index.html names (the entry, its modulepreload'ed chunks, its CSS) and every chunk the entry imports
#     statically, followed through the Vite manifest (dist/.vite/manifest.json) with the CSS of each; the
#     lazily imported chunks (the route pages, dynamic import()) are not part of it
#  3. each file gzip-compressed at level 9 (as a server with gzip_comp_level 9 would send it), summed
#  4. prints each file (raw and gzip), the total and the goal of issue 11 with pass or fail
#     (also written to .run/bench/spa.txt). A bench, not a test: it gates nothing.
#
# Environment (optional): CCHC_SKIP_BUILD=1 (measure the last build in frontend/dist),
#   CCHC_BENCH_SPA_GOAL_KB (250; 1 kB = 1,000 bytes, as Vite reports sizes)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEPLOY_DIR="$BENCH_DIR/../deploy"
# shellcheck source=deploy/lib.sh
source "$DEPLOY_DIR/lib.sh"
# shellcheck source=deploy/common.sh
source "$DEPLOY_DIR/common.sh"

GOAL_KB="${CCHC_BENCH_SPA_GOAL_KB:-250}"
RUN="$CCHC_RUN_DIR/bench"
LOGS="$CCHC_RUN_DIR/logs/bench"
RESULTS="$RUN/spa.txt"
DIST="$CCHC_FRONTEND_DIR/dist"
mkdir -p "$RUN" "$LOGS"

if [[ "${CCHC_SKIP_BUILD:-0}" != 1 || ! -f "$DIST/.vite/manifest.json" ]]; then
  : >"$LOGS/spa-build.log"
  cchc_build_frontend "$LOGS/spa-build.log"
fi
if [[ ! -f "$DIST/.vite/manifest.json" ]]; then
  cchc_log "ERROR: $DIST/.vite/manifest.json is missing (vite.config.ts: build.manifest)"
  exit 1
fi

rm -f "$RESULTS"
python3 - "$DIST" "$GOAL_KB" <<'PY' | tee "$RESULTS"
import gzip, json, os, re, sys
from html.parser import HTMLParser

dist, goal_kb = sys.argv[1], float(sys.argv[2])
manifest = json.load(open(os.path.join(dist, ".vite", "manifest.json"), encoding="utf-8"))

# what index.html makes the browser fetch: classic and module scripts, modulepreload and stylesheet links
class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.urls.append(a["src"])
        elif tag == "link" and (a.get("rel") or "").lower() in ("modulepreload", "stylesheet") and a.get("href"):
            self.urls.append(a["href"])

tags = Tags()
tags.feed(open(os.path.join(dist, "index.html"), encoding="utf-8").read())
from_html = []
for url in tags.urls:
    if re.match(r"^[a-z]+:|^//", url):
        sys.exit(f"index.html loads {url} from elsewhere: this bench only measures the app's own files")
    from_html.append(url.split("?")[0].lstrip("/"))

# the entry and its static imports, transitively, with their CSS (dynamicImports are the lazy chunks)
entries = [k for k, v in manifest.items() if v.get("isEntry")]
if not entries:
    sys.exit("the manifest has no entry")
from_manifest, seen, todo = [], set(), list(entries)
while todo:
    key = todo.pop(0)
    if key in seen:
        continue
    seen.add(key)
    chunk = manifest[key]
    for f in [chunk["file"], *chunk.get("css", [])]:
        if f not in from_manifest:
            from_manifest.append(f)
    todo.extend(chunk.get("imports", []))

files = ["index.html"] + (["config.js"] if os.path.isfile(os.path.join(dist, "config.js")) else [])
for f in from_html + from_manifest:
    if f not in files:
        files.append(f)
# the two views should agree: a chunk the entry imports but index.html does not preload is fetched late
for f in from_manifest:
    if f not in from_html:
        print(f"note: {f} is a static import of the entry that index.html does not preload")

total_raw = total_gz = 0
print(f"SPA initial load of / ({dist}), gzip level 9:")
print(f"  {'file':<48} {'raw kB':>9} {'gzip kB':>9}")
for f in files:
    data = open(os.path.join(dist, f), "rb").read()
    gz = len(gzip.compress(data, compresslevel=9, mtime=0))
    total_raw += len(data)
    total_gz += gz
    print(f"  {f:<48} {len(data) / 1000:>9.2f} {gz / 1000:>9.2f}")
print(f"  {'total (' + str(len(files)) + ' files)':<48} {total_raw / 1000:>9.2f} {total_gz / 1000:>9.2f}")

lazy = sorted({v["file"] for v in manifest.values() if v["file"].endswith(".js")} - set(files))
lazy_gz = sum(len(gzip.compress(open(os.path.join(dist, f), "rb").read(), 9, mtime=0)) for f in lazy)
print(f"  lazily loaded, not counted: {len(lazy)} chunks, {lazy_gz / 1000:.2f} kB gzip")
print()
verdict = "PASS" if total_gz / 1000 <= goal_kb else "FAIL"
print(f"SPA initial load <= {goal_kb:g} kB gzip: {total_gz / 1000:.1f} kB   {verdict}")
PY
cchc_log "written to $RESULTS"
