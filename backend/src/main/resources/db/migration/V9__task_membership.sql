-- Who each task falls on, kept on write (task/TaskMembership): one row per unit and task, whether the unit is named
-- directly or through a group ("UBND cấp xã" expanded below the plan's issuer). A unit's task list reads it as one
-- index range in the order it is shown (plan newest first, then appendix order) instead of walking every assignment.
CREATE TABLE task_unit (
    unit_id     BIGINT  NOT NULL,
    task_id     BIGINT  NOT NULL,
    plan_id     BIGINT  NOT NULL,
    -- the task's position in its plan's appendix, copied so that the list's order needs no task row
    position    INT     NOT NULL,
    -- a lead entry falls on the unit; a cooperating one does (both can)
    leads       BOOLEAN NOT NULL,
    cooperates  BOOLEAN NOT NULL,
    PRIMARY KEY (unit_id, task_id),
    INDEX ix_task_unit_list (unit_id, plan_id DESC, position),
    INDEX ix_task_unit_task (task_id),
    INDEX ix_task_unit_plan (plan_id),
    CONSTRAINT fk_task_unit_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_unit_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_unit_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Read models built from the existing rows at the first start after their migration (their rule is Java code:
-- UnitGroups). built_at stays NULL until then; the instance that builds holds the row's lock.
CREATE TABLE read_model (
    name      VARCHAR(40)  NOT NULL,
    built_at  TIMESTAMP(3) NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO read_model (name) VALUES ('task_unit');
