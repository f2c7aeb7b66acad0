-- The working-day calendar, report schedules, deadlines, reminders and notifications.

-- Sở Nội vụ: the unit that receives reports and coordinates a province
ALTER TABLE unit ADD COLUMN coordinating BOOLEAN NOT NULL DEFAULT FALSE;
-- working days within which each assigned unit issues its implementing plan (null: none required)
ALTER TABLE plan ADD COLUMN implementing_plan_days INT NULL;

CREATE TABLE calendar_year (
    cal_year     INT          NOT NULL,
    provisional  BOOLEAN      NOT NULL DEFAULT FALSE,
    note         VARCHAR(500) NULL,
    updated_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (cal_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_day (
    day          DATE         NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_by   VARCHAR(100) NULL,
    version      INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 2026 as the Government decided (Labour Code 2019 art. 112; the Government's swaps)
INSERT INTO calendar_year (cal_year, provisional, note) VALUES
 (2026, FALSE, 'Lịch nghỉ lễ, Tết năm 2026 theo quyết định của Chính phủ'),
 (2027, TRUE, 'Dự kiến theo Bộ luật Lao động 2019, chưa có quyết định của Chính phủ');
INSERT INTO calendar_day (day, kind, name) VALUES
 ('2026-01-01', 'HOLIDAY', 'Tết Dương lịch'),
 ('2026-01-02', 'HOLIDAY', 'Nghỉ bù Tết Dương lịch (hoán đổi)'),
 ('2026-01-10', 'WORKING_DAY', 'Làm bù ngày 02/01/2026'),
 ('2026-02-14', 'HOLIDAY', 'Tết Nguyên đán'),
 ('2026-02-15', 'HOLIDAY', 'Tết Nguyên đán'),
 ('2026-02-16', 'HOLIDAY', 'Tết Nguyên đán'),
 ('2026-02-17', 'HOLIDAY', 'Tết Nguyên đán (mùng 1)'),
 ('2026-02-18', 'HOLIDAY', 'Tết Nguyên đán'),
 ('2026-02-19', 'HOLIDAY', 'Tết Nguyên đán'),
 ('2026-02-20', 'HOLIDAY', 'Tết Nguyên đán'),
 ('2026-02-21', 'HOLIDAY', 'Tết Nguyên đán'),
 ('2026-02-22', 'HOLIDAY', 'Tết Nguyên đán'),
 ('2026-04-26', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
 ('2026-04-27', 'HOLIDAY', 'Nghỉ bù Giỗ Tổ Hùng Vương'),
 ('2026-04-30', 'HOLIDAY', 'Ngày Chiến thắng'),
 ('2026-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động'),
 ('2026-08-22', 'WORKING_DAY', 'Làm bù ngày 31/08/2026'),
 ('2026-08-29', 'HOLIDAY', 'Nghỉ Quốc khánh'),
 ('2026-08-30', 'HOLIDAY', 'Nghỉ Quốc khánh'),
 ('2026-08-31', 'HOLIDAY', 'Nghỉ Quốc khánh (hoán đổi)'),
 ('2026-09-01', 'HOLIDAY', 'Quốc khánh'),
 ('2026-09-02', 'HOLIDAY', 'Quốc khánh'),
 -- 2027, provisional
 ('2027-01-01', 'HOLIDAY', 'Tết Dương lịch'),
 ('2027-02-04', 'HOLIDAY', 'Tết Nguyên đán (dự kiến)'),
 ('2027-02-05', 'HOLIDAY', 'Tết Nguyên đán (dự kiến)'),
 ('2027-02-06', 'HOLIDAY', 'Tết Nguyên đán (mùng 1, dự kiến)'),
 ('2027-02-07', 'HOLIDAY', 'Tết Nguyên đán (dự kiến)'),
 ('2027-02-08', 'HOLIDAY', 'Tết Nguyên đán (dự kiến)'),
 ('2027-02-09', 'HOLIDAY', 'Tết Nguyên đán (dự kiến)'),
 ('2027-02-10', 'HOLIDAY', 'Tết Nguyên đán (dự kiến)'),
 ('2027-04-16', 'HOLIDAY', 'Giỗ Tổ Hùng Vương'),
 ('2027-04-30', 'HOLIDAY', 'Ngày Chiến thắng'),
 ('2027-05-01', 'HOLIDAY', 'Ngày Quốc tế Lao động'),
 ('2027-05-03', 'HOLIDAY', 'Nghỉ bù Ngày Quốc tế Lao động'),
 ('2027-09-02', 'HOLIDAY', 'Quốc khánh'),
 ('2027-09-03', 'HOLIDAY', 'Quốc khánh');

CREATE TABLE report_schedule (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id            BIGINT        NOT NULL,
    position           INT           NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    period_type        VARCHAR(16)   NOT NULL,
    -- which periods of the year it covers, "1,2" (null: all)
    periods            VARCHAR(40)   NULL,
    due_rule           VARCHAR(24)   NOT NULL,
    due_day            INT           NULL,
    due_working_days   INT           NULL,
    due_date           DATE          NULL,
    cutoff             VARCHAR(16)   NOT NULL,
    receiving_unit_id  BIGINT        NULL,
    created_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at         TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version            INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_schedule_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_schedule_receiver FOREIGN KEY (receiving_unit_id) REFERENCES unit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE deadline (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id        BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    unit_id        BIGINT        NOT NULL,
    task_id        BIGINT        NULL,
    schedule_id    BIGINT        NULL,
    period_key     VARCHAR(20)   NULL,
    period_start   DATE          NULL,
    period_end     DATE          NULL,
    -- what identifies the obligation within its plan, e.g. REPORT:12:2026-Q1:35
    natural_key    VARCHAR(120)  NOT NULL,
    due_on         DATE          NOT NULL,
    due_note       VARCHAR(300)  NULL,
    met_on         DATE          NULL,
    met_by         VARCHAR(100)  NULL,
    met_ref        VARCHAR(200)  NULL,
    output         TEXT          NULL,
    created_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version        INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_deadline_key UNIQUE (plan_id, natural_key),
    CONSTRAINT fk_deadline_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_deadline_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_deadline_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_deadline_schedule FOREIGN KEY (schedule_id) REFERENCES report_schedule (id) ON DELETE CASCADE,
    INDEX ix_deadline_unit_due (unit_id, due_on),
    INDEX ix_deadline_due (due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one due-soon and one overdue notice per deadline, ever
CREATE TABLE deadline_notice (
    deadline_id  BIGINT       NOT NULL,
    kind         VARCHAR(12)  NOT NULL,
    noticed_on   DATE         NOT NULL,
    PRIMARY KEY (deadline_id, kind),
    CONSTRAINT fk_notice_deadline FOREIGN KEY (deadline_id) REFERENCES deadline (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- in-app notices, addressed to a unit; read state per person
CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    unit_id      BIGINT        NOT NULL,
    kind         VARCHAR(24)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    body         TEXT          NULL,
    link         VARCHAR(300)  NULL,
    deadline_id  BIGINT        NULL,
    created_at   TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_notification_deadline FOREIGN KEY (deadline_id) REFERENCES deadline (id) ON DELETE SET NULL,
    INDEX ix_notification_unit (unit_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_read (
    notification_id  BIGINT        NOT NULL,
    username         VARCHAR(100)  NOT NULL,
    read_at          TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (notification_id, username),
    CONSTRAINT fk_read_notification FOREIGN KEY (notification_id) REFERENCES notification (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- e-mails to send; dispatch_key makes "one message per person per day" a database fact
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    dispatch_key    VARCHAR(200)  NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    recipient_name  VARCHAR(200)  NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       MEDIUMTEXT    NOT NULL,
    body_html       MEDIUMTEXT    NULL,
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    claimed_by      VARCHAR(100)  NULL,
    claimed_at      TIMESTAMP(3)  NULL,
    sent_at         TIMESTAMP(3)  NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uk_mail_dispatch UNIQUE (dispatch_key),
    INDEX ix_mail_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- secret tokens in calendar subscription URLs (only their SHA-256 is stored)
CREATE TABLE calendar_token (
    token_hash    CHAR(64)      NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    -- what the owner could see when the token was made: everything, or a subtree
    everything    BOOLEAN       NOT NULL DEFAULT FALSE,
    scope_path    VARCHAR(500)  NULL,
    created_at    TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (token_hash),
    CONSTRAINT uk_calendar_token_user UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
