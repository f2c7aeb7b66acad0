-- The province each deadline's unit lies in (UnitService.provinceOf; NULL above province level), kept on write by
-- deadline/DeadlineDerivation (new obligations), DeadlineSuccession (obligations handed to a successor) and
-- DeadlineProvinces (units moved in the tree). A province's deadline page reads one index range in the order it is shown
-- (due date, id) instead of sorting the province's tens of thousands of deadlines for each page.
ALTER TABLE deadline ADD COLUMN province_id BIGINT NULL;

UPDATE deadline d
    JOIN (SELECT u.id AS unit_id, p.id AS province_id
          FROM unit u JOIN unit p ON p.kind = 'PROVINCE' AND u.path LIKE CONCAT(p.path, '%')) m ON m.unit_id = d.unit_id
SET d.province_id = m.province_id;

ALTER TABLE deadline
    ADD CONSTRAINT fk_deadline_province FOREIGN KEY (province_id) REFERENCES unit (id),
    ADD INDEX ix_deadline_province_due (province_id, due_on, id);
