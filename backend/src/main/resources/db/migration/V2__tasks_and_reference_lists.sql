-- The appendix: tasks of a plan, their assignment to units and unit groups, and the reference
-- lists they are tagged with.

CREATE TABLE ref_item (
    list_code    VARCHAR(32)  NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    position     INT          NOT NULL,
    label_vi     VARCHAR(255) NOT NULL,
    label_en     VARCHAR(255) NOT NULL,
    -- for metrics: the unit of measure
    measure_vi   VARCHAR(60)  NULL,
    measure_en   VARCHAR(60)  NULL,
    PRIMARY KEY (list_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO ref_item (list_code, code, position, label_vi, label_en, measure_vi, measure_en) VALUES
-- the six areas of administrative reform (Resolution 76/NQ-CP)
('CCHC_AREA', 'INSTITUTIONS', 1, 'Cải cách thể chế', 'Institutional reform', NULL, NULL),
('CCHC_AREA', 'PROCEDURES', 2, 'Cải cách thủ tục hành chính', 'Administrative procedures (one-stop shop)', NULL, NULL),
('CCHC_AREA', 'ORGANISATION', 3, 'Cải cách tổ chức bộ máy', 'Organisational apparatus', NULL, NULL),
('CCHC_AREA', 'CIVIL_SERVICE', 4, 'Cải cách chế độ công vụ', 'Civil service', NULL, NULL),
('CCHC_AREA', 'PUBLIC_FINANCE', 5, 'Cải cách tài chính công', 'Public finance', NULL, NULL),
('CCHC_AREA', 'DIGITAL_GOVERNMENT', 6, 'Xây dựng chính quyền điện tử, chính quyền số', 'E-government and digital government', NULL, NULL),
-- indices
('INDEX', 'PAR_INDEX', 1, 'Chỉ số cải cách hành chính (PAR INDEX)', 'Public Administration Reform Index (PAR INDEX)', NULL, NULL),
('INDEX', 'SIPAS', 2, 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', 'Satisfaction Index of Public Administrative Services (SIPAS)', NULL, NULL),
('INDEX', 'PAPI', 3, 'Chỉ số hiệu quả quản trị và hành chính công (PAPI)', 'Provincial Governance and Public Administration Performance Index (PAPI)', NULL, NULL),
('INDEX', 'PCI', 4, 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', 'Provincial Competitiveness Index (PCI)', NULL, NULL),
-- PAPI's eight dimensions
('PAPI_DIMENSION', 'PARTICIPATION', 1, 'Tham gia của người dân ở cấp cơ sở', 'Participation at local levels', NULL, NULL),
('PAPI_DIMENSION', 'TRANSPARENCY', 2, 'Công khai, minh bạch trong hoạch định chính sách', 'Transparency in local decision-making', NULL, NULL),
('PAPI_DIMENSION', 'ACCOUNTABILITY', 3, 'Trách nhiệm giải trình với người dân', 'Vertical accountability towards citizens', NULL, NULL),
('PAPI_DIMENSION', 'CORRUPTION_CONTROL', 4, 'Kiểm soát tham nhũng trong khu vực công', 'Control of corruption in the public sector', NULL, NULL),
('PAPI_DIMENSION', 'PUBLIC_PROCEDURES', 5, 'Thủ tục hành chính công', 'Public administrative procedures', NULL, NULL),
('PAPI_DIMENSION', 'PUBLIC_SERVICES', 6, 'Cung ứng dịch vụ công', 'Public service delivery', NULL, NULL),
('PAPI_DIMENSION', 'ENVIRONMENT', 7, 'Quản trị môi trường', 'Environmental governance', NULL, NULL),
('PAPI_DIMENSION', 'E_GOVERNANCE', 8, 'Quản trị điện tử', 'E-governance', NULL, NULL),
-- forms of communication
('COMMUNICATION_FORM', 'PORTAL', 1, 'Cổng/Trang thông tin điện tử', 'Portal and websites', NULL, NULL),
('COMMUNICATION_FORM', 'PRESS', 2, 'Phát thanh, truyền hình, báo in, báo điện tử', 'Radio, TV, print and online press', NULL, NULL),
('COMMUNICATION_FORM', 'SOCIAL_MEDIA', 3, 'Mạng xã hội chính thống (Zalo, Facebook, YouTube, fanpage)', 'Official social media (Zalo, Facebook, YouTube, fanpages)', NULL, NULL),
('COMMUNICATION_FORM', 'LOUDSPEAKERS', 4, 'Hệ thống truyền thanh cơ sở', 'Commune loudspeakers', NULL, NULL),
('COMMUNICATION_FORM', 'TRAINING', 5, 'Tập huấn, hội nghị, hội thảo, tọa đàm', 'Training, conferences, seminars, talks', NULL, NULL),
('COMMUNICATION_FORM', 'CONTESTS', 6, 'Cuộc thi', 'Contests', NULL, NULL),
('COMMUNICATION_FORM', 'DIALOGUES', 7, 'Đối thoại với người dân, doanh nghiệp', 'Dialogues with citizens and businesses', NULL, NULL),
('COMMUNICATION_FORM', 'PRINTED_MATTER', 8, 'Tờ rơi, tờ gấp, áp phích, pa-nô, băng rôn, khẩu hiệu, bản tin, đĩa, video clip', 'Printed matter (leaflets, folders, posters, panels, banners, slogans, bulletins, CDs, video clips)', NULL, NULL),
('COMMUNICATION_FORM', 'PUBLIC_POSTING', 9, 'Niêm yết công khai tại trụ sở', 'Public posting at the office', NULL, NULL),
('COMMUNICATION_FORM', 'MEETINGS', 10, 'Lồng ghép trong các cuộc họp, hội nghị', 'Folded into other meetings', NULL, NULL),
-- audiences
('AUDIENCE', 'CADRES', 1, 'Cán bộ, đảng viên', 'Cadres and party members', NULL, NULL),
('AUDIENCE', 'CIVIL_SERVANTS', 2, 'Công chức, viên chức', 'Civil servants and public employees', NULL, NULL),
('AUDIENCE', 'BUSINESSES', 3, 'Doanh nghiệp', 'Businesses', NULL, NULL),
('AUDIENCE', 'CITIZENS', 4, 'Người dân', 'Citizens', NULL, NULL),
-- figures units report (issue: reports), and that a task's target may count
('METRIC', 'ARTICLES', 1, 'Tin, bài đăng tải', 'Articles posted', 'tin, bài', 'articles'),
('METRIC', 'BROADCASTS', 2, 'Lượt phát trên loa truyền thanh', 'Broadcasts on the loudspeakers', 'lượt', 'broadcasts'),
('METRIC', 'TRAINING_SESSIONS', 3, 'Lớp tập huấn, hội nghị', 'Training sessions and conferences', 'lớp, hội nghị', 'sessions'),
('METRIC', 'PARTICIPANTS', 4, 'Người tham dự', 'Participants', 'người', 'people'),
('METRIC', 'DIALOGUES', 5, 'Cuộc đối thoại', 'Dialogues held', 'cuộc', 'dialogues'),
('METRIC', 'PRINTED_COPIES', 6, 'Tờ rơi, áp phích, pa-nô phát hành', 'Leaflets and posters distributed', 'bản', 'copies'),
('METRIC', 'SOCIAL_POSTS', 7, 'Bài đăng mạng xã hội', 'Social-media posts', 'bài', 'posts'),
('METRIC', 'PORTAL_VISITS', 8, 'Lượt truy cập chuyên mục CCHC', 'Visits to the CCHC portal section', 'lượt', 'visits');

CREATE TABLE task (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    plan_id          BIGINT        NOT NULL,
    position         INT           NOT NULL,
    section_code     VARCHAR(10)   NULL,
    section_title    VARCHAR(500)  NULL,
    order_no         INT           NOT NULL,
    content          MEDIUMTEXT    NOT NULL,
    expected_output  TEXT          NULL,
    target_quantity  BIGINT        NULL,
    target_measure   VARCHAR(100)  NULL,
    target_metric    VARCHAR(40)   NULL,
    target_per_unit  BOOLEAN       NOT NULL DEFAULT FALSE,
    budget_vnd       BIGINT        NULL,
    timeframe_text   VARCHAR(500)  NULL,
    timeframe_kind   VARCHAR(16)   NOT NULL,
    timeframe_quarters VARCHAR(16) NULL,
    start_date       DATE          NULL,
    end_date         DATE          NULL,
    parent_task_id   BIGINT        NULL,
    search_text      MEDIUMTEXT    NOT NULL,
    created_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at       TIMESTAMP(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    version          INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_plan FOREIGN KEY (plan_id) REFERENCES plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_parent FOREIGN KEY (parent_task_id) REFERENCES task (id) ON DELETE SET NULL,
    INDEX ix_task_plan_position (plan_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task_assignment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    task_id     BIGINT       NOT NULL,
    role        VARCHAR(12)  NOT NULL,
    position    INT          NOT NULL,
    unit_id     BIGINT       NULL,
    unit_group  VARCHAR(24)  NULL,
    -- the name as written in the document (kept for groups and names not matched to a unit)
    text        VARCHAR(300) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_task_assignment_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE,
    CONSTRAINT fk_task_assignment_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    INDEX ix_task_assignment_unit (unit_id),
    INDEX ix_task_assignment_group (unit_group)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE task_tag (
    task_id    BIGINT      NOT NULL,
    list_code  VARCHAR(32) NOT NULL,
    code       VARCHAR(40) NOT NULL,
    PRIMARY KEY (task_id, list_code, code),
    CONSTRAINT fk_task_tag_task FOREIGN KEY (task_id) REFERENCES task (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
