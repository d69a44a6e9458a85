-- Operators as visitors know them: an alias, never the real name. Presence (available, online) is kept here too,
-- so that the grace period of a dropped operator survives a server restart.
CREATE TABLE operator (
    username      VARCHAR(64)  NOT NULL,
    alias         VARCHAR(30)  NULL,
    available     BOOLEAN      NOT NULL DEFAULT FALSE,
    online        BOOLEAN      NOT NULL DEFAULT FALSE,
    offline_since DATETIME(3)  NULL,
    CONSTRAINT pk_operator PRIMARY KEY (username),
    CONSTRAINT uq_operator_alias UNIQUE (alias),
    CONSTRAINT fk_operator_account FOREIGN KEY (username) REFERENCES staff_account (username) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One anonymous conversation. No IP address, no user agent: only what the visitor chose to tell and the device class.
CREATE TABLE chat (
    id                CHAR(36)     NOT NULL,
    line_code         VARCHAR(40)  NOT NULL,
    state             VARCHAR(10)  NOT NULL,
    resume_token_hash CHAR(64)     NOT NULL,
    nickname          VARCHAR(30)  NOT NULL,
    visitor_role      VARCHAR(10)  NOT NULL,
    age               SMALLINT     NULL,
    gender            VARCHAR(10)  NULL,
    device            VARCHAR(10)  NULL,
    queued_at         DATETIME(3)  NOT NULL,
    requeued_at       DATETIME(3)  NULL,
    operator_username VARCHAR(64)  NULL,
    operator_alias    VARCHAR(30)  NULL,
    accepted_at       DATETIME(3)  NULL,
    ended_at          DATETIME(3)  NULL,
    ended_by          VARCHAR(10)  NULL,
    end_reason        VARCHAR(20)  NULL,
    visitor_away_since DATETIME(3) NULL,
    last_seq          INT          NOT NULL DEFAULT 0,
    rating_stars      TINYINT      NULL,
    rating_comment    VARCHAR(1000) NULL,
    found_via         VARCHAR(20)  NULL,
    rated_at          DATETIME(3)  NULL,
    CONSTRAINT pk_chat PRIMARY KEY (id),
    CONSTRAINT uq_chat_resume_token UNIQUE (resume_token_hash),
    CONSTRAINT fk_chat_line FOREIGN KEY (line_code) REFERENCES line (code),
    CONSTRAINT ck_chat_state CHECK (state IN ('QUEUED', 'ACTIVE', 'ENDED')),
    CONSTRAINT ck_chat_role CHECK (visitor_role IN ('PUPIL', 'PARENT')),
    CONSTRAINT ck_chat_stars CHECK (rating_stars IS NULL OR rating_stars BETWEEN 1 AND 5),
    CONSTRAINT ck_chat_operator CHECK (state = 'QUEUED' OR state = 'ENDED' OR operator_username IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The queue, in the order it is served: given back first, then first come, first served.
CREATE INDEX ix_chat_queue ON chat (state, line_code, requeued_at, queued_at);
CREATE INDEX ix_chat_operator ON chat (operator_username, state);
CREATE INDEX ix_chat_ended ON chat (line_code, ended_at);

-- Messages, numbered per chat. A client's message id is stored once per sender, so a resend is never a second message.
CREATE TABLE chat_message (
    chat_id       CHAR(36)      NOT NULL,
    seq           INT           NOT NULL,
    sender        VARCHAR(10)   NOT NULL,
    client_msg_id CHAR(36)      NOT NULL,
    body          VARCHAR(2000) NOT NULL,
    sent_at       DATETIME(3)   NOT NULL,
    CONSTRAINT pk_chat_message PRIMARY KEY (chat_id, seq),
    CONSTRAINT uq_chat_message_client UNIQUE (chat_id, sender, client_msg_id),
    CONSTRAINT fk_chat_message_chat FOREIGN KEY (chat_id) REFERENCES chat (id) ON DELETE CASCADE,
    CONSTRAINT ck_chat_message_sender CHECK (sender IN ('VISITOR', 'OPERATOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
