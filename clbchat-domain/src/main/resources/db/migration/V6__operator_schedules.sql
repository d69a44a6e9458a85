-- The operator as the coordination team knows them. The real name never leaves the staff side; visitors see the alias.
ALTER TABLE operator
    ADD COLUMN real_name           VARCHAR(120) NULL,
    ADD COLUMN discipline          VARCHAR(30)  NULL,
    ADD COLUMN home_clb            VARCHAR(120) NULL,
    ADD COLUMN clb_network         VARCHAR(20)  NULL,
    ADD COLUMN active              BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN wished_shifts       SMALLINT     NOT NULL DEFAULT 0,
    ADD COLUMN trained_since       DATE         NULL,
    -- SHA-256 of the secret in the operator's private calendar address; NULL when there is none (or it was revoked).
    ADD COLUMN calendar_token_hash CHAR(64)     NULL,
    ADD CONSTRAINT uq_operator_calendar UNIQUE (calendar_token_hash),
    ADD CONSTRAINT ck_operator_discipline CHECK (discipline IS NULL
        OR discipline IN ('ARTS', 'VERPLEEGKUNDIGE', 'MAATSCHAPPELIJK_WERKER', 'PSYCHOLOOG_PEDAGOOG')),
    ADD CONSTRAINT ck_operator_network CHECK (clb_network IS NULL
        OR clb_network IN ('GO', 'OVSG', 'POV', 'VRIJ_CLB_NETWERK')),
    ADD CONSTRAINT ck_operator_wish CHECK (wished_shifts BETWEEN 0 AND 31);

-- How a kind of opening day is split into blocks. Blocks may overlap for the hand-over.
CREATE TABLE shift_template (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    line_code     VARCHAR(40) NOT NULL,
    day_kind      VARCHAR(12) NOT NULL,
    weekday       TINYINT     NOT NULL,
    starts        TIME        NOT NULL,
    ends          TIME        NOT NULL,
    min_operators SMALLINT    NOT NULL,
    max_operators SMALLINT    NOT NULL,
    needs_medical BOOLEAN     NOT NULL,
    changed_by    VARCHAR(64) NOT NULL,
    changed_at    DATETIME(3) NOT NULL,
    CONSTRAINT pk_shift_template PRIMARY KEY (id),
    CONSTRAINT fk_shift_template_line FOREIGN KEY (line_code) REFERENCES line (code),
    CONSTRAINT uq_shift_template UNIQUE (line_code, day_kind, weekday, starts, ends),
    CONSTRAINT ck_shift_template_kind CHECK (day_kind IN ('SCHOOL_DAY', 'HOLIDAY')),
    CONSTRAINT ck_shift_template_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT ck_shift_template_times CHECK (ends > starts),
    CONSTRAINT ck_shift_template_staff CHECK (min_operators BETWEEN 1 AND max_operators AND max_operators <= 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One block on one day: what operators sign up for. Kept (flagged) when the opening hours no longer cover it.
CREATE TABLE shift_slot (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    line_code     VARCHAR(40)  NOT NULL,
    starts_at     DATETIME(3)  NOT NULL,
    ends_at       DATETIME(3)  NOT NULL,
    min_operators SMALLINT     NOT NULL,
    max_operators SMALLINT     NOT NULL,
    needs_medical BOOLEAN      NOT NULL,
    origin        VARCHAR(10)  NOT NULL,
    flagged_since DATETIME(3)  NULL,
    flag_reason   VARCHAR(200) NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    CONSTRAINT pk_shift_slot PRIMARY KEY (id),
    CONSTRAINT fk_shift_slot_line FOREIGN KEY (line_code) REFERENCES line (code),
    CONSTRAINT uq_shift_slot UNIQUE (line_code, starts_at, ends_at),
    CONSTRAINT ck_shift_slot_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_shift_slot_origin CHECK (origin IN ('TEMPLATE', 'OPENING', 'MANUAL')),
    CONSTRAINT ck_shift_slot_staff CHECK (min_operators BETWEEN 1 AND max_operators AND max_operators <= 50)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_shift_slot_time ON shift_slot (line_code, starts_at);

-- Who is on a block, and how they got there.
CREATE TABLE shift_assignment (
    slot_id     BIGINT      NOT NULL,
    username    VARCHAR(64) NOT NULL,
    source      VARCHAR(12) NOT NULL,
    assigned_by VARCHAR(64) NOT NULL,
    assigned_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_shift_assignment PRIMARY KEY (slot_id, username),
    CONSTRAINT fk_shift_assignment_slot FOREIGN KEY (slot_id) REFERENCES shift_slot (id) ON DELETE CASCADE,
    CONSTRAINT fk_shift_assignment_operator FOREIGN KEY (username) REFERENCES operator (username) ON DELETE CASCADE,
    CONSTRAINT ck_shift_assignment_source CHECK (source IN ('SIGN_UP', 'COORDINATOR', 'SUGGESTION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_shift_assignment_operator ON shift_assignment (username);

-- Per line: until how many hours before a block operators may still sign up or withdraw themselves.
CREATE TABLE shift_policy (
    line_code    VARCHAR(40) NOT NULL,
    cutoff_hours SMALLINT    NOT NULL,
    changed_by   VARCHAR(64) NOT NULL,
    changed_at   DATETIME(3) NOT NULL,
    CONSTRAINT pk_shift_policy PRIMARY KEY (line_code),
    CONSTRAINT fk_shift_policy_line FOREIGN KEY (line_code) REFERENCES line (code),
    CONSTRAINT ck_shift_policy_cutoff CHECK (cutoff_hours BETWEEN 0 AND 720)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A suggested roster waiting for a coordinator: proposals are reviewed, then taken over in part or whole.
CREATE TABLE roster_proposal (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    line_code    VARCHAR(40)  NOT NULL,
    period_from  DATE         NOT NULL,
    period_to    DATE         NOT NULL,
    score        VARCHAR(80)  NOT NULL,
    solve_millis INT          NOT NULL,
    unmet        TEXT         NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_roster_proposal PRIMARY KEY (id),
    CONSTRAINT fk_roster_proposal_line FOREIGN KEY (line_code) REFERENCES line (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE roster_proposal_item (
    proposal_id BIGINT      NOT NULL,
    slot_id     BIGINT      NOT NULL,
    username    VARCHAR(64) NOT NULL,
    outcome     VARCHAR(10) NOT NULL,
    CONSTRAINT pk_roster_proposal_item PRIMARY KEY (proposal_id, slot_id, username),
    CONSTRAINT fk_roster_item_proposal FOREIGN KEY (proposal_id) REFERENCES roster_proposal (id) ON DELETE CASCADE,
    CONSTRAINT fk_roster_item_slot FOREIGN KEY (slot_id) REFERENCES shift_slot (id) ON DELETE CASCADE,
    CONSTRAINT fk_roster_item_operator FOREIGN KEY (username) REFERENCES operator (username) ON DELETE CASCADE,
    CONSTRAINT ck_roster_item_outcome CHECK (outcome IN ('PROPOSED', 'ACCEPTED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- No templates are seeded: a day without one gets blocks of at most three hours over its opening (see SlotPlanner).
-- The sign-up cut-off starts at two days; coordinators change it in the admin.
INSERT INTO shift_policy (line_code, cutoff_hours, changed_by, changed_at)
SELECT code, 48, 'system', NOW(3) FROM line;
