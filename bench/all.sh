#!/usr/bin/env bash
# bench/all.sh — every goal of issue 11 with its figure and PASS or FAIL, in one command: runs bench/spa.sh,
# bench/start.sh, bench/tasks.sh and bench/nation.sh one after the other (each starts and stops what it needs, on ports
# of its own), then prints their goal lines together (also to .run/bench/all.txt). About 45 minutes on two cores.
# A bench, not a test: it gates nothing. The environment of each script applies (see them).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUN="$BENCH_DIR/../.run/bench"
mkdir -p "$RUN"
failed=()
for bench in spa start tasks nation; do
  echo "===== bench/$bench.sh"
  # bench/start.sh builds the backend; the others then use that build
  skip=0
  [[ "$bench" == tasks || "$bench" == nation ]] && skip=1
  if ! CCHC_SKIP_BUILD="$skip" bash "$BENCH_DIR/$bench.sh"; then
    failed+=("$bench")
  fi
done
{
  echo "Issue 11, every goal, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores"
  for bench in spa start tasks nation; do
    echo "bench/$bench.sh ($(head -1 "$RUN/$bench.txt" 2>/dev/null || echo 'no result'))"
    grep -E 'PASS|FAIL' "$RUN/$bench.txt" 2>/dev/null || echo "  (no figures: the bench failed)"
  done
} | tee "$RUN/all.txt"
if ((${#failed[@]} > 0)); then
  echo "bench/all.sh: these benches failed to run: ${failed[*]}" >&2
  exit 1
fi
