#!/usr/bin/env python3
"""bench/tasks_dataset.py API_URL TOKEN PLANS — the task-list dataset's API part; prints JSON on stdout.

As Phú Thọ's coordinator (TOKEN): picks 40 units of the province (its departments, then communes), creates
PLANS plans issued by UBND tỉnh Phú Thọ, each with one task led by each of the 40 units, through the API
(so that every row has the product's own shape), and issues them. bench/tasks.sh then copies these tasks
in SQL to reach the dataset's size (20,000 tasks over the 40 units). Standard library only.
"""
import json
import sys
import urllib.request

AREAS = ["PROCEDURES", "ORGANISATION", "CIVIL_SERVICE", "PUBLIC_FINANCE", "DIGITAL_GOVERNMENT", "INSTITUTIONS"]


def call(api, token, method, path, body=None):
    req = urllib.request.Request(f"{api}{path}", method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def main(api: str, token: str, plans: int) -> None:
    me = call(api, token, "GET", "/api/v1/me")
    province = me["scopeUnit"]
    units = []
    for kind in ("DEPARTMENT", "COMMUNE"):
        page = call(api, token, "GET", f"/api/v1/units?kind={kind}&size=100")
        units += [u for u in page["items"] if u["code"].startswith(("PT-", "VN-")) and u["id"] != me["unit"]["id"]]
    units = units[:40]
    if len(units) < 40:
        sys.exit(f"tasks_dataset.py: only {len(units)} units found in the province")
    created = []
    for p in range(plans):
        plan = call(api, token, "POST", "/api/v1/plans", {
            "kind": "CCHC", "year": 2026, "issuingUnitId": province["id"],
            "title": f"Kế hoạch thử tải danh sách nhiệm vụ số {p + 1}", "place": "Phú Thọ",
        })
        for i, u in enumerate(units):
            call(api, token, "POST", f"/api/v1/plans/{plan['id']}/tasks", {
                "sectionCode": "I", "sectionTitle": "Nhiệm vụ thử tải",
                "content": f"Rà soát, đơn giản hóa thủ tục hành chính, nhóm {i + 1} của kế hoạch {p + 1}",
                "areas": [AREAS[i % len(AREAS)]], "lead": [{"unitId": u["id"]}],
                "expectedOutput": "Báo cáo kết quả rà soát", "timeframe": {"text": "Năm 2026"},
            })
        call(api, token, "POST", f"/api/v1/plans/{plan['id']}/issue", {
            "number": f"{9000 + p}/KH-UBND", "issuedOn": "2026-02-02", "signerName": "Nguyễn Văn Thử",
            "signerPosition": "Phó Chủ tịch",
        })
        created.append(plan["id"])
    json.dump({"plans": created, "units": [u["id"] for u in units]}, sys.stdout)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
