-- Organisation units (Đơn vị) and plans (Kế hoạch).
-- Runs on MySQL 8 and MariaDB 10.11: utf8mb4 with utf8mb4_unicode_ci, no MySQL-only collations.

CREATE TABLE unit (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(64)  NOT NULL,
    name          VARCHAR(255) NOT NULL,
    short_name    VARCHAR(120) NULL,
    kind          VARCHAR(32)  NOT NULL,
    parent_id     BIGINT       NULL,
    -- materialised path of ids, "/1/4/17/", for subtree and ancestor queries
    path          VARCHAR(500) NOT NULL,
    depth         INT          NOT NULL,
    sort_order    INT          NOT NULL DEFAULT 0,
    -- lower case, without diacritics, "đ" folded to "d": what search compares against
    search_text   VARCHAR(800) NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    INDEX ix_unit_path (path),
    INDEX ix_unit_kind (kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    kind              VARCHAR(32)   NOT NULL,
    plan_year         INT           NOT NULL,
    title             VARCHAR(500)  NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    issuing_unit_id   BIGINT        NOT NULL,
    place             VARCHAR(100)  NULL,
    parent_plan_id    BIGINT        NULL,
    section_purpose       MEDIUMTEXT NULL,
    section_requirements  MEDIUMTEXT NULL,
    section_content       MEDIUMTEXT NULL,
    section_forms         MEDIUMTEXT NULL,
    section_audiences     MEDIUMTEXT NULL,
    section_budget        MEDIUMTEXT NULL,
    section_organisation  MEDIUMTEXT NULL,
    -- number/symbol such as 19/KH-UBND, assigned when issued
    doc_number        INT           NULL,
    doc_symbol        VARCHAR(40)   NULL,
    issued_year       INT           NULL,
    issued_on         DATE          NULL,
    effective_on      DATE          NULL,
    signer_name       VARCHAR(100)  NULL,
    signer_position   VARCHAR(100)  NULL,
    signing_capacity  VARCHAR(200)  NULL,
    closed_at         TIMESTAMP(3)  NULL,
    search_text       MEDIUMTEXT    NOT NULL,
    created_by        VARCHAR(100)  NULL,
    created_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version           INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_plan_issuing_unit FOREIGN KEY (issuing_unit_id) REFERENCES unit (id),
    CONSTRAINT fk_plan_parent FOREIGN KEY (parent_plan_id) REFERENCES plan (id),
    -- one number/symbol per issuing unit and year; drafts (NULLs) do not collide
    CONSTRAINT uk_plan_number UNIQUE (issuing_unit_id, issued_year, doc_number, doc_symbol),
    INDEX ix_plan_status_year (status, plan_year),
    INDEX ix_plan_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_legal_basis (
    plan_id   BIGINT        NOT NULL,
    position  INT           NOT NULL,
    text      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_legal_basis_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_recipient (
    plan_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    text      VARCHAR(300) NOT NULL,
    PRIMARY KEY (plan_id, position),
    CONSTRAINT fk_plan_recipient_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
