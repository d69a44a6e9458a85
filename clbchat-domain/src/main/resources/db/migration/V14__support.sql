-- Ask for support (issue 14): an operator's request during a chat, taken by one supporter who reads along and
-- whispers; notes afterwards. Whispers are kept apart from the chat's messages and never reach the visitor.

-- A read along is written to the audit log like every other read of someone else's chat.
ALTER TABLE transcript_read DROP CONSTRAINT ck_transcript_read_reason;
ALTER TABLE transcript_read ADD CONSTRAINT ck_transcript_read_reason
    CHECK (reason IN ('OWN_CHAT', 'CHATSCAN', 'FAKE_CALL_REVIEW', 'CLB_BOX', 'READ_ALONG'));

CREATE TABLE support_request (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    chat_id           CHAR(36)      NOT NULL,
    line_code         VARCHAR(40)   NOT NULL,
    operator_username VARCHAR(64)   NOT NULL,
    operator_alias    VARCHAR(64)   NOT NULL,
    note              VARCHAR(280)  NOT NULL,
    urgent            BOOLEAN       NOT NULL,
    asked_at          DATETIME(3)   NOT NULL,
    state             VARCHAR(10)   NOT NULL,
    supporter         VARCHAR(64)   NULL,
    supporter_name    VARCHAR(64)   NULL,
    taken_at          DATETIME(3)   NULL,
    operator_note     VARCHAR(2000) NOT NULL,
    supporter_note    VARCHAR(2000) NOT NULL,
    outcome           VARCHAR(10)   NULL,
    closed_by         VARCHAR(64)   NULL,
    closed_at         DATETIME(3)   NULL,
    CONSTRAINT pk_support_request PRIMARY KEY (id),
    CONSTRAINT ck_support_request_state CHECK (state IN ('OPEN', 'TAKEN', 'CLOSED')),
    CONSTRAINT ck_support_request_outcome CHECK (outcome IS NULL OR outcome IN ('DONE', 'WITHDRAWN', 'NOT_TAKEN')),
    CONSTRAINT ck_support_request_taken CHECK (state <> 'TAKEN' OR supporter IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_support_request_chat ON support_request (chat_id, state);
CREATE INDEX ix_support_request_state ON support_request (state, asked_at);
CREATE INDEX ix_support_request_operator ON support_request (operator_username, asked_at);
CREATE INDEX ix_support_request_supporter ON support_request (supporter, asked_at);

CREATE TABLE support_whisper (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    request_id  BIGINT       NOT NULL,
    chat_id     CHAR(36)     NOT NULL,
    author      VARCHAR(64)  NOT NULL,
    author_name VARCHAR(64)  NOT NULL,
    text        VARCHAR(500) NOT NULL,
    sent_at     DATETIME(3)  NOT NULL,
    CONSTRAINT pk_support_whisper PRIMARY KEY (id),
    CONSTRAINT fk_support_whisper_request FOREIGN KEY (request_id) REFERENCES support_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_support_whisper_chat ON support_whisper (chat_id);
