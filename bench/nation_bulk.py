#!/usr/bin/env python3
"""bench/nation_bulk.py DATASET_JSON COPIES — the nation-scale dataset's SQL part.

Reads what bench/nation_dataset.py made through the API (DATASET_JSON) and grows it to the dataset's size in SQL,
with the mariadb client (connection from the environment: BENCH_DB_PORT, BENCH_DB_NAME; user root):

1. each province's plan is copied COPIES times in its province, with everything the product derived from it: its
   schedule, appendix (assignments, tags, the read model task_unit) and deadlines (the natural keys rewritten
   to the copies' ids);
2. every unit the plans assign work to gets its implementing plan of each plan, issued (nine in ten: the rest are
   late), in the shape of the template the API made (a copy of each task that falls on the unit, led by it, with
   its tags, its row of task_unit and its task deadlines), and the parent's deadline is met as the product meets it;
3. each unit's reports of the quarters already due, two in three of them, accepted, in the shape of the
   template report (its items, its history), and their deadlines met as the product meets them.

Then it checks that the shapes match: copy 1 of the first province's plan gets, in SQL, the implementing plan and
the report of the template units, and every column of those rows (ids, references to ids and times aside) must
equal the API's. Prints the dataset's figures. Standard library only.
"""
import json
import os
import subprocess
import sys
import time

PORT = os.environ.get("BENCH_DB_PORT", "3309")
DB = os.environ.get("BENCH_DB_NAME", "cchc_bench")


def sql(statement: str, quiet=False) -> list:
    out = subprocess.run(["mariadb", "--no-defaults", "-h127.0.0.1", f"-P{PORT}", "-uroot", "-N", "-B", DB],
                         input=statement, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"nation_bulk.py: SQL failed: {out.stderr.strip()}\n{statement[:3000]}")
    return [line.split("\t") for line in out.stdout.splitlines()]


def log(msg):
    print(f"[nation] {msg}", file=sys.stderr, flush=True)


def columns(table: str) -> list:
    rows = sql(f"SELECT column_name FROM information_schema.columns WHERE table_schema = '{DB}' AND table_name = '{table}'"
               " ORDER BY ordinal_position")
    return [r[0] for r in rows]


def copy(table: str, overrides: dict, source: str, omit=("id",)) -> str:
    """INSERT INTO table SELECT every column of alias s from `source`, or its override (an SQL expression)."""
    cols = [c for c in columns(table) if c in overrides or c not in omit]
    exprs = [overrides.get(c, f"s.{c}") for c in cols]
    return f"INSERT INTO {table} ({', '.join(cols)})\nSELECT {', '.join(exprs)}\nFROM {source};"


def step(name: str, statements: str):
    t0 = time.time()
    sql(statements)
    log(f"{name}: {time.time() - t0:.1f} s")


# a copied deadline's natural key names the copy's task or schedule (TASK:<task>:<occurrence>:<unit>, REPORT:<schedule>:…)
KEY_OF_COPY = """CASE s.kind
    WHEN 'TASK' THEN CONCAT('TASK:', s.task_id + k.n * @ts, SUBSTRING(s.natural_key, LENGTH(CONCAT('TASK:', s.task_id)) + 1))
    WHEN 'REPORT' THEN CONCAT('REPORT:', s.schedule_id + k.n * @ss,
      SUBSTRING(s.natural_key, LENGTH(CONCAT('REPORT:', s.schedule_id)) + 1))
    ELSE s.natural_key END"""


def province_copies(plans: list, copies: int):
    ids = ",".join(str(p["plan"]) for p in plans)
    step("the province plans' copies", f"""
DROP TABLE IF EXISTS bench_k, bench_plan;
CREATE TABLE bench_k (n INT PRIMARY KEY);
INSERT INTO bench_k (n) VALUES {",".join(f"({k})" for k in range(1, copies + 1))};
SELECT MAX(id) + 1 INTO @ps FROM plan; SELECT MAX(id) + 1 INTO @ts FROM task; SELECT MAX(id) + 1 INTO @ss FROM report_schedule;
CREATE TABLE bench_plan (plan_id BIGINT PRIMARY KEY, source_id BIGINT NOT NULL, copy_no INT NOT NULL,
  schedule_id BIGINT NOT NULL, province_id BIGINT NOT NULL);
INSERT INTO bench_plan SELECT p.id, p.id, 0, s.id, p.issuing_unit_id FROM plan p JOIN report_schedule s ON s.plan_id = p.id
  WHERE p.id IN ({ids});
INSERT INTO bench_plan SELECT b.plan_id + k.n * @ps, b.plan_id, k.n, b.schedule_id + k.n * @ss, b.province_id FROM bench_plan b JOIN bench_k k;
{copy("plan", {"id": "s.id + k.n * @ps", "title": "CONCAT(s.title, ' (bản ', k.n + 1, ')')",
               "doc_number": "s.doc_number + 100 * k.n"}, f"plan s JOIN bench_k k WHERE s.id IN ({ids})")}
{copy("plan_legal_basis", {"plan_id": "s.plan_id + k.n * @ps"}, f"plan_legal_basis s JOIN bench_k k WHERE s.plan_id IN ({ids})", ())}
{copy("plan_recipient", {"plan_id": "s.plan_id + k.n * @ps"}, f"plan_recipient s JOIN bench_k k WHERE s.plan_id IN ({ids})", ())}
{copy("report_schedule", {"id": "s.id + k.n * @ss", "plan_id": "s.plan_id + k.n * @ps"},
      f"report_schedule s JOIN bench_k k WHERE s.plan_id IN ({ids})")}
{copy("task", {"id": "s.id + k.n * @ts", "plan_id": "s.plan_id + k.n * @ps"}, f"task s JOIN bench_k k WHERE s.plan_id IN ({ids})")}
{copy("task_assignment", {"task_id": "s.task_id + k.n * @ts"},
      f"task_assignment s JOIN task t ON t.id = s.task_id JOIN bench_k k WHERE t.plan_id IN ({ids})")}
{copy("task_tag", {"task_id": "s.task_id + k.n * @ts"}, f"task_tag s JOIN task t ON t.id = s.task_id JOIN bench_k k WHERE t.plan_id IN ({ids})", ())}
{copy("task_unit", {"task_id": "s.task_id + k.n * @ts", "plan_id": "s.plan_id + k.n * @ps"},
      f"task_unit s JOIN bench_k k WHERE s.plan_id IN ({ids})", ())}
{copy("deadline", {"plan_id": "s.plan_id + k.n * @ps", "task_id": "s.task_id + k.n * @ts", "schedule_id": "s.schedule_id + k.n * @ss",
                   "natural_key": KEY_OF_COPY, "met_on": "NULL", "met_by": "NULL", "met_ref": "NULL", "output": "NULL",
                   "updated_at": "s.created_at", "version": "0"},
      f"deadline s JOIN bench_k k WHERE s.plan_id IN ({ids})")}
""")


# an implementing plan's legal basis: its parent (p), issued by pu (task/ImplementationService)
LEGAL_BASIS = """CONCAT('Kế hoạch số ', p.doc_number, '/', p.doc_symbol, ' ngày ', DATE_FORMAT(p.issued_on, '%d/%m/%Y'), ' của ',
  pu.name, ' về ', LOWER(LEFT(p.title, 1)), SUBSTRING(p.title, 2))"""


def implementing_plans(templates: dict, only_copy_of=None):
    """Every (unit, plan) of bench_plan with an IMPL deadline, nine in ten, in the template's shape.

    With only_copy_of = (plan, unit, kind): that one pair (for the shape check)."""
    where = "(d.unit_id + b.plan_id) % 10 <> 0 AND NOT (b.copy_no IN (0, 1) AND d.unit_id IN ({units}))".format(
        units=",".join(str(t["unit"]) for t in templates.values()))
    if only_copy_of:
        where = f"b.plan_id = {only_copy_of[0]} AND d.unit_id = {only_copy_of[1]}"
    t_commune, t_department = templates["commune"]["implementingPlan"], templates["department"]["implementingPlan"]
    step("implementing plans" + (" (shape check)" if only_copy_of else ""), f"""
DROP TABLE IF EXISTS bench_ip;
CREATE TABLE bench_ip (unit_id BIGINT NOT NULL, parent_id BIGINT NOT NULL, template_id BIGINT NOT NULL, plan_id BIGINT NULL,
  PRIMARY KEY (unit_id, parent_id));
INSERT INTO bench_ip (unit_id, parent_id, template_id)
SELECT d.unit_id, b.plan_id, IF(u.kind = 'COMMUNE', {t_commune}, {t_department})
FROM bench_plan b JOIN deadline d ON d.plan_id = b.plan_id AND d.kind = 'IMPLEMENTING_PLAN' JOIN unit u ON u.id = d.unit_id
WHERE {where};
{copy("plan", {"issuing_unit_id": "i.unit_id", "parent_plan_id": "i.parent_id", "title": "p.title", "search_text": "p.search_text",
               "doc_number": "p.doc_number - 7999"},
      "bench_ip i JOIN plan p ON p.id = i.parent_id JOIN plan s ON s.id = i.template_id")}
UPDATE bench_ip i JOIN plan c ON c.parent_plan_id = i.parent_id AND c.issuing_unit_id = i.unit_id SET i.plan_id = c.id;
INSERT INTO plan_legal_basis (plan_id, position, text)
SELECT i.plan_id, 0, {LEGAL_BASIS}
FROM bench_ip i JOIN plan p ON p.id = i.parent_id JOIN unit pu ON pu.id = p.issuing_unit_id;
{copy("task", {"plan_id": "i.plan_id", "position": "ROW_NUMBER() OVER (PARTITION BY i.plan_id ORDER BY s.position) - 1",
               "order_no": "ROW_NUMBER() OVER (PARTITION BY i.plan_id ORDER BY s.position)", "parent_task_id": "s.id"},
      "bench_ip i JOIN task_unit m ON m.unit_id = i.unit_id AND m.plan_id = i.parent_id JOIN task s ON s.id = m.task_id")}
INSERT INTO task_assignment (task_id, role, position, unit_id, unit_group, text)
SELECT c.id, 'LEAD', 0, i.unit_id, NULL, u.name FROM bench_ip i JOIN task c ON c.plan_id = i.plan_id JOIN unit u ON u.id = i.unit_id;
INSERT INTO task_tag (task_id, list_code, code)
SELECT c.id, g.list_code, g.code FROM bench_ip i JOIN task c ON c.plan_id = i.plan_id JOIN task_tag g ON g.task_id = c.parent_task_id;
INSERT INTO task_unit (unit_id, task_id, plan_id, position, leads, cooperates)
SELECT i.unit_id, c.id, c.plan_id, c.position, TRUE, FALSE FROM bench_ip i JOIN task c ON c.plan_id = i.plan_id;
DROP TABLE IF EXISTS bench_occ;
CREATE TABLE bench_occ (task_id BIGINT NOT NULL, occ VARCHAR(40) NOT NULL, period_key VARCHAR(20) NULL, period_start DATE NULL,
  period_end DATE NULL,
  due_on DATE NOT NULL, PRIMARY KEY (task_id, occ));
INSERT IGNORE INTO bench_occ
SELECT d.task_id, SUBSTRING_INDEX(SUBSTRING_INDEX(d.natural_key, ':', 3), ':', -1), d.period_key, d.period_start, d.period_end,
  d.due_on
FROM deadline d JOIN bench_plan b ON b.plan_id = d.plan_id WHERE d.kind = 'TASK';
INSERT INTO deadline (plan_id, kind, unit_id, province_id, task_id, natural_key, due_on, period_key, period_start, period_end)
SELECT c.plan_id, 'TASK', i.unit_id, b.province_id, c.id, CONCAT('TASK:', c.id, ':', o.occ, ':', i.unit_id), o.due_on, o.period_key,
  o.period_start, o.period_end
FROM bench_ip i JOIN bench_plan b ON b.plan_id = i.parent_id JOIN task c ON c.plan_id = i.plan_id
  JOIN bench_occ o ON o.task_id = c.parent_task_id;
UPDATE bench_ip i JOIN plan c ON c.id = i.plan_id JOIN deadline d ON d.plan_id = i.parent_id AND d.natural_key = CONCAT('IMPL:', i.unit_id)
SET d.met_on = c.issued_on, d.met_ref = CONCAT('plan:', c.id), d.met_by = 'system', d.updated_at = c.updated_at, d.version = d.version + 1;
""")


# a report's items: one per task that falls on the unit, in appendix order, as the template's first item says
ITEMS_SOURCE = """bench_report r JOIN deadline d ON d.id = r.deadline_id
  JOIN task_unit m ON m.unit_id = d.unit_id AND m.plan_id = d.plan_id
  JOIN report_item t ON t.report_id = r.template_id AND t.position = 0 JOIN report_item s ON s.id = t.id"""


def reports(templates: dict, only_copy_of=None):
    """Two in three of each unit's reports of the quarters due by now, accepted, in the template's shape."""
    where = "d.due_on < CURRENT_DATE AND (d.unit_id + d.schedule_id + QUARTER(d.period_end)) % 3 <> 0 " \
            "AND NOT (b.copy_no IN (0, 1) AND d.unit_id IN ({units}))".format(units=",".join(str(t["unit"]) for t in templates.values()))
    if only_copy_of:
        where = f"b.plan_id = {only_copy_of[0]} AND d.unit_id = {only_copy_of[1]} AND d.period_key = '2026-Q1'"
    t_commune, t_department = templates["commune"]["report"], templates["department"]["report"]
    step("reports" + (" (shape check)" if only_copy_of else ""), f"""
DROP TABLE IF EXISTS bench_report;
CREATE TABLE bench_report (deadline_id BIGINT PRIMARY KEY, template_id BIGINT NOT NULL, report_id BIGINT NULL);
INSERT INTO bench_report (deadline_id, template_id)
SELECT d.id, IF(u.kind = 'COMMUNE', {t_commune}, {t_department})
FROM bench_plan b JOIN deadline d ON d.plan_id = b.plan_id AND d.kind = 'REPORT' JOIN unit u ON u.id = d.unit_id WHERE {where};
{copy("report", {"plan_id": "d.plan_id", "schedule_id": "d.schedule_id", "period_key": "d.period_key", "unit_id": "d.unit_id",
                 "sender_unit_name": "IF(s.sender_unit_name IS NULL, NULL, u.name)"},
      "bench_report r JOIN deadline d ON d.id = r.deadline_id JOIN unit u ON u.id = d.unit_id JOIN report s ON s.id = r.template_id")}
UPDATE bench_report r JOIN deadline d ON d.id = r.deadline_id
  JOIN report n ON n.schedule_id = d.schedule_id AND n.period_key = d.period_key AND n.unit_id = d.unit_id SET r.report_id = n.id;
{copy("report_item", {"report_id": "r.report_id", "task_id": "m.task_id",
                      "position": "ROW_NUMBER() OVER (PARTITION BY r.report_id ORDER BY m.position) - 1",
                      "status": "t.status", "percent": "t.percent", "output": "t.output"},
      ITEMS_SOURCE)}
{copy("report_event", {"report_id": "r.report_id"}, "bench_report r JOIN report_event s ON s.report_id = r.template_id")}
DROP TABLE IF EXISTS bench_met;
CREATE TABLE bench_met (template_id BIGINT PRIMARY KEY, met_on DATE, met_by VARCHAR(100), updated_at TIMESTAMP(3), version INT);
INSERT INTO bench_met SELECT CAST(SUBSTRING(met_ref, 8) AS UNSIGNED), met_on, met_by, updated_at, version FROM deadline
  WHERE plan_id IN (SELECT DISTINCT plan_id FROM report WHERE id IN ({t_commune}, {t_department}))
  AND met_ref IN ('report:{t_commune}', 'report:{t_department}');
UPDATE bench_report r JOIN deadline d ON d.id = r.deadline_id JOIN report n ON n.id = r.report_id
  JOIN bench_met td ON td.template_id = r.template_id
SET d.met_on = td.met_on, d.met_by = td.met_by, d.met_ref = CONCAT('report:', n.id), d.updated_at = td.updated_at,
  d.version = td.version;
""")


def shape_check(dataset: dict):
    """The SQL copies of the templates equal the API's rows, column by column (ids, id references and times aside)."""
    first = dataset["plans"][0]["plan"]
    copy1 = sql(f"SELECT plan_id FROM bench_plan WHERE source_id = {first} AND copy_no = 1")[0][0]
    ignore = {"id", "plan_id", "task_id", "report_id", "parent_plan_id", "parent_task_id", "schedule_id", "created_at",
              "updated_at", "accepted_at", "sent_at", "at", "met_ref", "natural_key", "title", "search_text", "doc_number"}
    problems = []

    def compare(what, api_query, sql_query, table, may_be_empty=False):
        cols = [c for c in columns(table) if c not in ignore]
        a = sql(api_query.format(cols=", ".join(f"s.{c}" for c in cols)))
        b = sql(sql_query.format(cols=", ".join(f"s.{c}" for c in cols)))
        if a != b or (not a and not may_be_empty):
            problems.append(f"{what}: the API made {len(a)} rows, SQL {len(b)}; first difference: "
                            f"{next(((x, y) for x, y in zip(a, b) if x != y), (a[:1], b[:1]))}")

    for kind, t in dataset["templates"].items():
        unit, api_plan, api_report = t["unit"], t["implementingPlan"], t["report"]
        implementing_plans(dataset["templates"], (copy1, unit))
        reports(dataset["templates"], (copy1, unit))
        sql_plan = sql(f"SELECT id FROM plan WHERE parent_plan_id = {copy1} AND issuing_unit_id = {unit}")[0][0]
        sql_report = sql(f"SELECT id FROM report WHERE plan_id = {copy1} AND unit_id = {unit} AND period_key = '2026-Q1'")[0][0]
        q = "SELECT {cols} FROM plan s WHERE s.id = %s"
        compare(f"{kind}: plan", q % api_plan, q % sql_plan, "plan")
        q = "SELECT b.position, b.text = " + LEGAL_BASIS + " FROM plan_legal_basis b JOIN plan c ON c.id = b.plan_id" \
            " JOIN plan p ON p.id = c.parent_plan_id JOIN unit pu ON pu.id = p.issuing_unit_id WHERE b.plan_id = "
        if sql(q + str(api_plan)) != [["0", "1"]] or sql(q + str(sql_plan)) != [["0", "1"]]:
            problems.append(f"{kind}: the legal basis does not follow the rule: {sql(q + str(api_plan))} {sql(q + str(sql_plan))}")
        for table in ("task", "task_unit", "deadline"):
            q = f"SELECT {{cols}} FROM {table} s WHERE s.plan_id = %s ORDER BY {'s.position' if table != 'deadline' else 's.task_id, s.due_on'}"
            compare(f"{kind}: {table}", q % api_plan, q % sql_plan, table)
        q = "SELECT {cols} FROM task_assignment s JOIN task t ON t.id = s.task_id WHERE t.plan_id = %s ORDER BY t.position"
        compare(f"{kind}: task_assignment", q % api_plan, q % sql_plan, "task_assignment")
        q = "SELECT {cols} FROM task_tag s JOIN task t ON t.id = s.task_id WHERE t.plan_id = %s ORDER BY t.position, s.code"
        compare(f"{kind}: task_tag", q % api_plan, q % sql_plan, "task_tag", True)
        q = "SELECT {cols} FROM deadline s WHERE s.plan_id = %s AND s.natural_key = 'IMPL:" + str(unit) + "'"
        compare(f"{kind}: the parent's implementing-plan deadline", q % dataset["plans"][0]["plan"], q % copy1, "deadline")
        for table, key, order in (("report", "id", "s.id"), ("report_item", "report_id", "s.position"), ("report_event", "report_id", "s.id")):
            q = f"SELECT {{cols}} FROM {table} s WHERE s.{key} = %s ORDER BY {order}"
            compare(f"{kind}: {table}", q % api_report, q % sql_report, table)
        q = "SELECT {cols} FROM deadline s WHERE s.met_ref = 'report:%s'"
        compare(f"{kind}: the report's deadline", q % api_report, q % sql_report, "deadline")
    if problems:
        sys.exit("nation_bulk.py: the SQL copies differ from the API's rows:\n  " + "\n  ".join(problems))
    log("shape check: the SQL copies of both templates equal the API's rows")


def main(path: str, copies: int):
    dataset = json.load(open(path))
    t0 = time.time()
    province_copies(dataset["plans"], copies)
    shape_check(dataset)
    # the templates' units have their rows of the first two copies already: the API's, and the shape check's
    implementing_plans(dataset["templates"])
    reports(dataset["templates"])
    step("ANALYZE", "ANALYZE TABLE plan, task, task_assignment, task_tag, task_unit, deadline, report, report_item, report_event;")
    figures = sql("SELECT (SELECT COUNT(*) FROM unit), (SELECT COUNT(*) FROM plan), (SELECT COUNT(*) FROM task), "
                  "(SELECT COUNT(*) FROM deadline), (SELECT COUNT(*) FROM report), (SELECT COUNT(*) FROM task_unit)")[0]
    log(f"dataset ready in {time.time() - t0:.0f} s: {figures[0]} units, {figures[1]} plans, {figures[2]} tasks, "
        f"{figures[3]} deadlines, {figures[4]} reports, {figures[5]} rows of task_unit")
    print(json.dumps({"units": int(figures[0]), "plans": int(figures[1]), "tasks": int(figures[2]), "deadlines": int(figures[3]),
                      "reports": int(figures[4])}))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]))
