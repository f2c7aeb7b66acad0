#!/usr/bin/env python3
"""bench/nation_dataset.py API_URL ADMIN_TOKEN — the nation-scale dataset's API part; prints JSON on stdout.

Everything whose rows the product derives itself goes through the API, as the administrator (ADMIN_TOKEN):

1. the country: every province of the national list that is not in the tree yet is set up from it (the province
   and all its communes); provinces already there (the demo's) load their missing communes; each province gets
   the two departments the appendix names, "Sở Nội vụ" (coordinating) and "Sở Tư pháp", when it has none by
   those names;
2. in each province, one CCHC plan of UBND tỉnh: a quarterly report schedule, an appendix of TASKS tasks
   (imported as a table, as a coordinator pastes it: led by a department or by "UBND cấp xã"; due in a quarter,
   by the end of the year, or ongoing), implementing plans due within 15 working days; then it is issued, and the product derives
   its deadlines (each unit's implementing plan, each quarter's report, each task's due dates) and its read
   model of who each task falls on;
3. the templates that bench/nation.sh copies in SQL, in the first province: one commune's and one department's
   implementing plan (created from the plan, then issued: the parent's deadline is met), and one report of each
   (written, submitted, approved, accepted: the report deadline is met).

bench/nation.sh then copies these rows in SQL to the dataset's size and checks that the copies have the
shapes of the originals. Standard library only.
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

TASKS = 81
LEADS = ["Sở Nội vụ", "Sở Tư pháp", "UBND cấp xã"]
# by (TT // 3) % 6, so that every lead has each: a third of the tasks are due in a quarter, the rest ongoing; a commune
# then has 1 + 4 + 9 deadlines per plan (implementing plan, reports, tasks) and 9 more from its implementing plan
TIMEFRAMES = ["Quý III năm 2026", "Thường xuyên", "Thường xuyên", "Quý I năm 2026", "Thường xuyên", "Thường xuyên"]
DEPARTMENTS = [("SNV", "Sở Nội vụ", True), ("STP", "Sở Tư pháp", False)]


class Api:
    def __init__(self, base: str, token: str):
        self.base, self.token = base.rstrip("/"), token
        self.etag = None  # of the last answer

    def call(self, method, path, body=None, query=None, content_type="application/json", etag=None):
        url = f"{self.base}{path}" + (f"?{urllib.parse.urlencode(query)}" if query else "")
        data = None
        if body is not None:
            data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        req = urllib.request.Request(url, method=method, data=data, headers={
            "Authorization": f"Bearer {self.token}", "Content-Type": content_type, "Accept-Language": "vi",
            **({"If-Match": etag} if etag else {})})
        try:
            with urllib.request.urlopen(req, timeout=600) as r:
                self.etag = r.headers.get("ETag")
                text = r.read()
                return json.loads(text) if text else None
        except urllib.error.HTTPError as e:
            sys.exit(f"nation_dataset.py: {method} {path} answered {e.code}: {e.read().decode(errors='replace')[:2000]}")

    def every(self, path, query):
        page, items = 0, []
        while True:
            got = self.call("GET", path, query={**query, "page": page, "size": 100})
            items += got["items"]
            if len(items) >= got["total"] or not got["items"]:
                return items
            page += 1


def log(msg):
    print(f"[nation] {msg}", file=sys.stderr, flush=True)


def country(api: Api) -> list:
    """Every national province in the tree with its communes and two departments; answers the province units."""
    national = api.call("GET", "/api/v1/national-units/provinces")
    national = national["items"] if isinstance(national, dict) else national
    existing = {u["officialCode"]: u for u in api.every("/api/v1/units", {"kind": "PROVINCE"}) if u.get("officialCode")}
    ministries = api.every("/api/v1/units", {"kind": "MINISTRY"})
    parent = {"parentId": ministries[0]["id"]} if ministries else {}
    provinces = []
    for n in national:
        code = n["code"]
        if code in existing:
            unit = existing[code]
            api.call("POST", f"/api/v1/units/{unit['id']}/national-communes", query={"dryRun": "false"})
        else:
            setup = api.call("POST", f"/api/v1/national-units/provinces/{code}/setup", query={"dryRun": "false", **parent})
            unit = setup["unit"]
        departments = api.every("/api/v1/units", {"kind": "DEPARTMENT", "parentId": unit["id"]})
        names = {d["name"] for d in departments} | {d.get("shortName") for d in departments}
        for suffix, name, coordinating in DEPARTMENTS:
            if name not in names:
                api.call("POST", "/api/v1/units", {
                    "code": f"VN-{code}-{suffix}", "name": f"{name} {unit['name'].removeprefix('UBND ')}",
                    "shortName": name, "kind": "DEPARTMENT", "parentId": unit["id"], "coordinating": coordinating})
        provinces.append(unit)
        log(f"province {code} {unit['name']}: ready ({len(provinces)}/{len(national)})")
    return provinces


def appendix() -> str:
    rows = ["TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\tSản phẩm"]
    rows.append("I\tNhiệm vụ cải cách hành chính năm 2026\t\t\t\t")
    for t in range(1, TASKS + 1):
        lead = LEADS[t % len(LEADS)]
        cooperating = "Sở Nội vụ" if lead != "Sở Nội vụ" else "Sở Tư pháp"
        rows.append(f"{t}\tRà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực số {t}\t{lead}\t{cooperating}\t"
                    f"{TIMEFRAMES[(t // 3) % len(TIMEFRAMES)]}\tBáo cáo kết quả rà soát")
    return "\n".join(rows) + "\n"


def province_plan(api: Api, province: dict, number: int) -> dict:
    plan = api.call("POST", "/api/v1/plans", {
        "kind": "CCHC", "year": 2026, "issuingUnitId": province["id"], "implementingPlanDays": 15,
        "title": f"Kế hoạch cải cách hành chính năm 2026 (dữ liệu thử quy mô quốc gia) của {province['name']}",
        "place": province["name"].removeprefix("UBND ").removeprefix("Tỉnh ").removeprefix("Thành phố "),
        "legalBases": ["Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ"], "recipients": ["Bộ Nội vụ", "Lưu: VT"]})
    schedule = api.call("POST", f"/api/v1/plans/{plan['id']}/report-schedules", {
        "name": "Báo cáo định kỳ hằng quý", "periodType": "QUARTER", "dueRule": "DAY_OF_LAST_MONTH", "dueDay": 10,
        "cutoff": "CALENDAR"})
    imported = api.call("POST", f"/api/v1/plans/{plan['id']}/tasks/import", appendix(), content_type="text/plain; charset=utf-8")
    problems = imported.get("problems") or []
    if problems:
        sys.exit(f"nation_dataset.py: the appendix of {province['name']} has problems: {problems[:3]}")
    api.call("POST", f"/api/v1/plans/{plan['id']}/issue", {
        "number": f"{number}/KH-UBND", "issuedOn": "2026-01-20", "signerName": "Nguyễn Văn Thử", "signerPosition": "Chủ tịch"})
    return {"plan": plan["id"], "schedule": schedule["id"], "province": province["id"]}


def template(api: Api, plan: dict, kind: str) -> dict:
    """One unit's implementing plan (issued) and its report of 2026-Q1 (accepted)."""
    units = api.every("/api/v1/units", {"kind": kind, "parentId": plan["province"]})
    if kind == "DEPARTMENT":
        unit = next(u for u in units if u.get("shortName") == "Sở Tư pháp" or u["name"].startswith("Sở Tư pháp"))
    else:
        unit = units[0]
    implementing = api.call("POST", f"/api/v1/plans/{plan['plan']}/implementing-plans", {"issuingUnitId": unit["id"]})
    api.call("POST", f"/api/v1/plans/{implementing['id']}/issue", {
        "number": "1/KH-UBND" if kind == "COMMUNE" else "1/KH-STP", "issuedOn": "2026-02-05", "signerName": "Trần Văn Mẫu",
        "signerPosition": "Chủ tịch" if kind == "COMMUNE" else "Giám đốc"})
    report = api.call("POST", "/api/v1/reports", {"scheduleId": plan["schedule"], "periodKey": "2026-Q1", "unitId": unit["id"]})
    items = [{"taskId": i["task"]["id"], "status": "IN_PROGRESS", "percent": 50, "output": "Đã rà soát một phần"}
             for i in report["items"]]
    api.call("PUT", f"/api/v1/reports/{report['id']}", {"items": items, "results": "Kết quả quý I: đã triển khai các nhiệm vụ."},
             etag=api.etag)
    for step in ("submit", "approve", "accept"):
        api.call("POST", f"/api/v1/reports/{report['id']}/{step}", {})
    return {"unit": unit["id"], "implementingPlan": implementing["id"], "report": report["id"]}


def main(base: str, token: str) -> None:
    api = Api(base, token)
    provinces = country(api)
    plans = []
    for i, province in enumerate(provinces):
        plans.append(province_plan(api, province, 8000 + i))
        log(f"plan of {province['name']} issued ({i + 1}/{len(provinces)})")
    first = plans[0]
    templates = {"commune": template(api, first, "COMMUNE"), "department": template(api, first, "DEPARTMENT")}
    json.dump({"plans": plans, "templates": templates}, sys.stdout)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
