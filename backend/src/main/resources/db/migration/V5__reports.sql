-- Periodic reports of units: per-task results and figures, evidence, narrative, workflow history.

CREATE TABLE report (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id           BIGINT        NOT NULL,
    schedule_id       BIGINT        NOT NULL,
    period_key        VARCHAR(20)   NOT NULL,
    unit_id           BIGINT        NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    results           MEDIUMTEXT    NULL,
    shortcomings      MEDIUMTEXT    NULL,
    difficulties      MEDIUMTEXT    NULL,
    proposals         MEDIUMTEXT    NULL,
    sent_on           DATE          NULL,
    sent_at           TIMESTAMP(3)  NULL,
    sent_by           VARCHAR(100)  NULL,
    accepted_at       TIMESTAMP(3)  NULL,
    accepted_by       VARCHAR(100)  NULL,
    return_reason     VARCHAR(2000) NULL,
    created_by        VARCHAR(100)  NULL,
    created_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version           INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_report_unit_period UNIQUE (schedule_id, period_key, unit_id),
    CONSTRAINT fk_report_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
    CONSTRAINT fk_report_schedule FOREIGN KEY (schedule_id) REFERENCES report_schedule (id),
    CONSTRAINT fk_report_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_report_plan_period (plan_id, period_key, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    report_id   BIGINT        NOT NULL,
    task_id     BIGINT        NOT NULL,
    position    INT           NOT NULL,
    status      VARCHAR(16)   NOT NULL,
    percent     INT           NULL,
    output      TEXT          NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_report_item UNIQUE (report_id, task_id),
    CONSTRAINT fk_report_item_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_item_task FOREIGN KEY (task_id) REFERENCES task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_figure (
    item_id   BIGINT       NOT NULL,
    metric    VARCHAR(40)  NOT NULL,
    value     BIGINT       NOT NULL,
    PRIMARY KEY (item_id, metric),
    CONSTRAINT fk_report_figure_item FOREIGN KEY (item_id) REFERENCES report_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE evidence_file (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    sha256       CHAR(64)      NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    content      LONGBLOB      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_evidence (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    report_id     BIGINT        NOT NULL,
    task_id       BIGINT        NULL,
    kind          VARCHAR(8)    NOT NULL,
    title         VARCHAR(300)  NOT NULL,
    url           VARCHAR(2000) NULL,
    file_id       BIGINT        NULL,
    file_name     VARCHAR(255)  NULL,
    content_type  VARCHAR(120)  NULL,
    size_bytes    BIGINT        NULL,
    created_by    VARCHAR(100)  NULL,
    created_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE,
    CONSTRAINT fk_evidence_task FOREIGN KEY (task_id) REFERENCES task (id),
    CONSTRAINT fk_evidence_file FOREIGN KEY (file_id) REFERENCES evidence_file (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE report_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    report_id   BIGINT        NOT NULL,
    at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    username    VARCHAR(100)  NOT NULL,
    display_name VARCHAR(200) NULL,
    action      VARCHAR(20)   NOT NULL,
    from_state  VARCHAR(20)   NULL,
    to_state    VARCHAR(20)   NOT NULL,
    comment     VARCHAR(2000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_report_event_report FOREIGN KEY (report_id) REFERENCES report (id) ON DELETE CASCADE,
    INDEX ix_report_event_report (report_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
