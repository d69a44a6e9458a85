-- The CLBs (pupil guidance centres). The coordination team enters them (or imports a CSV); no list is built in.
CREATE TABLE clb (
    code         VARCHAR(60)  NOT NULL,
    name         VARCHAR(120) NOT NULL,
    network      VARCHAR(20)  NOT NULL,
    municipality VARCHAR(80)  NOT NULL,
    contact      VARCHAR(200) NOT NULL DEFAULT '',
    active       BOOLEAN      NOT NULL DEFAULT TRUE,
    demo         BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_by   VARCHAR(64)  NOT NULL,
    changed_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_clb PRIMARY KEY (code),
    CONSTRAINT uq_clb_name UNIQUE (name),
    CONSTRAINT ck_clb_network CHECK (network IN ('GO', 'OVSG', 'POV', 'VRIJ_CLB_NETWERK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A staff account may belong to one CLB; a CLB's own staff answer its boxes without being CLBch@t operators.
-- A new account's first password is one-time: it is changed at the first login.
ALTER TABLE staff_account
    ADD COLUMN clb_code             VARCHAR(60) NULL,
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT fk_staff_account_clb FOREIGN KEY (clb_code) REFERENCES clb (code);

ALTER TABLE staff_account_role DROP CONSTRAINT ck_staff_account_role_known;
ALTER TABLE staff_account_role ADD CONSTRAINT ck_staff_account_role_known
    CHECK (role IN ('operator', 'coordinator', 'clb-admin', 'admin', 'clb-staff'));

-- Who answers a line. Explicit memberships, not roles: the CLBch@t line's team starts as today's operators.
CREATE TABLE line_team_member (
    line_code VARCHAR(40) NOT NULL,
    username  VARCHAR(64) NOT NULL,
    added_by  VARCHAR(64) NOT NULL,
    added_at  DATETIME(3) NOT NULL,
    CONSTRAINT pk_line_team_member PRIMARY KEY (line_code, username),
    CONSTRAINT fk_line_team_member_line FOREIGN KEY (line_code) REFERENCES line (code) ON DELETE CASCADE,
    CONSTRAINT fk_line_team_member_account FOREIGN KEY (username) REFERENCES staff_account (username)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_line_team_member_user ON line_team_member (username);

INSERT INTO line_team_member (line_code, username, added_by, added_at)
SELECT 'clbchat', r.username, 'migratie', UTC_TIMESTAMP(3) FROM staff_account_role r WHERE r.role = 'operator';

-- A chat-met-je-CLB box: a line of its own, owned by one CLB, open only inside its windows while published.
CREATE TABLE box (
    line_code  VARCHAR(40)   NOT NULL,
    clb_code   VARCHAR(60)   NOT NULL,
    slug       VARCHAR(60)   NOT NULL,
    title      VARCHAR(120)  NOT NULL,
    purpose    VARCHAR(20)   NOT NULL,
    audience   VARCHAR(40)   NOT NULL,
    intro      VARCHAR(1000) NOT NULL DEFAULT '',
    state      VARCHAR(10)   NOT NULL,
    changed_by VARCHAR(64)   NOT NULL,
    changed_at DATETIME(3)   NOT NULL,
    CONSTRAINT pk_box PRIMARY KEY (line_code),
    CONSTRAINT fk_box_line FOREIGN KEY (line_code) REFERENCES line (code),
    CONSTRAINT fk_box_clb FOREIGN KEY (clb_code) REFERENCES clb (code),
    CONSTRAINT uq_box_slug UNIQUE (clb_code, slug),
    CONSTRAINT ck_box_purpose CHECK (purpose IN ('CRITICAL_INCIDENT', 'INFECTIOUS_DISEASE', 'INFORMATION', 'OTHER')),
    CONSTRAINT ck_box_state CHECK (state IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When a box is open, in UTC (DATETIME: TIMESTAMP ends in 2038).
CREATE TABLE box_window (
    line_code VARCHAR(40) NOT NULL,
    start_at  DATETIME(3) NOT NULL,
    end_at    DATETIME(3) NOT NULL,
    CONSTRAINT pk_box_window PRIMARY KEY (line_code, start_at),
    CONSTRAINT fk_box_window_box FOREIGN KEY (line_code) REFERENCES box (line_code) ON DELETE CASCADE,
    CONSTRAINT ck_box_window_times CHECK (end_at > start_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Teachers may chat on a box that allows them.
ALTER TABLE chat DROP CONSTRAINT ck_chat_role;
ALTER TABLE chat ADD CONSTRAINT ck_chat_role CHECK (visitor_role IN ('PUPIL', 'PARENT', 'TEACHER'));
