-- The organisation's history: when each unit existed, every dated state it had (name, parent, kind...),
-- which units succeeded which (mergers, dissolutions), and the name a report was sent under.
-- Runs on MySQL 8 and MariaDB 10.11: utf8mb4 with utf8mb4_unicode_ci, no MySQL-only collations.

-- first and last day the unit existed; NULL: since before the product knew it / still exists.
-- A unit whose valid_to has passed was dissolved or merged away: it stays, under its last name, for history.
ALTER TABLE unit ADD COLUMN valid_from DATE NULL;
ALTER TABLE unit ADD COLUMN valid_to DATE NULL;

-- one row per dated state of a unit; the state on a day is the row with valid_from <= day <= valid_to
-- (NULL bounds are open); a state that began and was replaced the same day has valid_to < valid_from
CREATE TABLE unit_version (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id        BIGINT        NOT NULL,
    valid_from     DATE          NULL,
    valid_to       DATE          NULL,
    name           VARCHAR(255)  NOT NULL,
    short_name     VARCHAR(120)  NULL,
    kind           VARCHAR(32)   NOT NULL,
    parent_id      BIGINT        NULL,
    official_code  VARCHAR(5)    NULL,
    coordinating   BOOLEAN       NOT NULL DEFAULT FALSE,
    sort_order     INT           NOT NULL DEFAULT 0,
    -- CREATED, EDITED, RENAMED, MOVED, DISSOLVED, MERGED: what began this state
    change_kind    VARCHAR(16)   NOT NULL,
    legal_basis    VARCHAR(500)  NULL,
    changed_by     VARCHAR(100)  NULL,
    changed_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_unit_version_unit FOREIGN KEY (unit_id) REFERENCES unit (id) ON DELETE CASCADE,
    CONSTRAINT fk_unit_version_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    INDEX ix_unit_version_unit (unit_id, valid_from),
    INDEX ix_unit_version_dates (valid_from, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE unit_succession (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    predecessor_id  BIGINT        NOT NULL,
    successor_id    BIGINT        NOT NULL,
    -- MERGER or DISSOLUTION
    kind            VARCHAR(16)   NOT NULL,
    effective_on    DATE          NOT NULL,
    legal_basis     VARCHAR(500)  NOT NULL,
    recorded_by     VARCHAR(100)  NULL,
    recorded_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_succession UNIQUE (predecessor_id, successor_id),
    CONSTRAINT fk_unit_succession_predecessor FOREIGN KEY (predecessor_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_succession_successor FOREIGN KEY (successor_id) REFERENCES unit (id),
    INDEX ix_unit_succession_successor (successor_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO unit_version (unit_id, valid_from, valid_to, name, short_name, kind, parent_id, official_code, coordinating,
        sort_order, change_kind, changed_at)
    SELECT id, valid_from, valid_to, name, short_name, kind, parent_id, official_code, coordinating, sort_order, 'CREATED',
           created_at
    FROM unit;

-- the unit's name when the report was sent: a renamed or merged unit's old reports keep the name they were sent under
ALTER TABLE report ADD COLUMN sender_unit_name VARCHAR(255) NULL;
UPDATE report SET sender_unit_name = (SELECT u.name FROM unit u WHERE u.id = report.unit_id) WHERE sent_at IS NOT NULL;
