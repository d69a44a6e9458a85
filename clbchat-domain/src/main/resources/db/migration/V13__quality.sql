-- An operator marked "ondersteuner" sees the live board and gets colleagues' support requests.
ALTER TABLE operator ADD COLUMN supporter BOOLEAN NOT NULL DEFAULT FALSE;

-- Every read of a transcript by someone other than the chat's operator during the chat: who, when, which chat, why.
-- Append-only: the triggers refuse a change or a deletion, also for the application's own database account.
CREATE TABLE transcript_read (
    id        BIGINT      NOT NULL AUTO_INCREMENT,
    chat_id   CHAR(36)    NOT NULL,
    line_code VARCHAR(40) NOT NULL,
    reader    VARCHAR(64) NOT NULL,
    read_at   DATETIME(3) NOT NULL,
    reason    VARCHAR(20) NOT NULL,
    CONSTRAINT pk_transcript_read PRIMARY KEY (id),
    CONSTRAINT ck_transcript_read_reason CHECK (reason IN ('OWN_CHAT', 'CHATSCAN', 'FAKE_CALL_REVIEW', 'CLB_BOX'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_transcript_read_at ON transcript_read (read_at);
CREATE INDEX ix_transcript_read_reader ON transcript_read (reader, read_at);
CREATE INDEX ix_transcript_read_chat ON transcript_read (chat_id, read_at);

CREATE TRIGGER tr_transcript_read_no_update BEFORE UPDATE ON transcript_read FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log of transcript reads cannot be changed.';
CREATE TRIGGER tr_transcript_read_no_delete BEFORE DELETE ON transcript_read FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit log of transcript reads cannot be changed.';

-- How the chatscan draws: every period_months months (periods start on 1 September), per_operator chats per operator.
CREATE TABLE chatscan_setting (
    id           TINYINT     NOT NULL,
    period_months TINYINT    NOT NULL,
    per_operator TINYINT     NOT NULL,
    changed_by   VARCHAR(64) NULL,
    changed_at   DATETIME(3) NULL,
    CONSTRAINT pk_chatscan_setting PRIMARY KEY (id),
    CONSTRAINT ck_chatscan_setting_one CHECK (id = 1),
    CONSTRAINT ck_chatscan_setting_period CHECK (period_months IN (1, 2, 3, 4, 6, 12)),
    CONSTRAINT ck_chatscan_setting_count CHECK (per_operator BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO chatscan_setting (id, period_months, per_operator) VALUES (1, 1, 1);

-- The items of the feedback form, as the coordinators keep them. scored: a score 1-5 with a comment; else a comment.
CREATE TABLE chatscan_item (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    text       VARCHAR(200) NOT NULL,
    scored     BOOLEAN      NOT NULL,
    position   INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    changed_by VARCHAR(64)  NOT NULL,
    changed_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_chatscan_item PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
-- A first form to start from; the coordinators rewrite it on the chatscan page.
INSERT INTO chatscan_item (text, scored, position, changed_by, changed_at) VALUES
    ('Onthaal en contact', TRUE, 10, 'system', NOW(3)),
    ('De hulpvraag verhelderen', TRUE, 20, 'system', NOW(3)),
    ('Afstemmen op de bezoeker', TRUE, 30, 'system', NOW(3)),
    ('Afronden en doorverwijzen', TRUE, 40, 'system', NOW(3));

-- One chat under review: drawn for its operator's period, or asked for by the operator. A chat is reviewed once.
-- state: OPEN (to review), SENT (feedback sent to the operator), ANSWERED (the operator answered, once).
CREATE TABLE chatscan (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    chat_id           CHAR(36)      NOT NULL,
    line_code         VARCHAR(40)   NOT NULL,
    operator_username VARCHAR(64)   NOT NULL,
    period_start      DATE          NOT NULL,
    origin            VARCHAR(10)   NOT NULL,
    request_note      VARCHAR(500)  NOT NULL DEFAULT '',
    created_at        DATETIME(3)   NOT NULL,
    state             VARCHAR(10)   NOT NULL,
    reviewer          VARCHAR(64)   NULL,
    feedback          VARCHAR(4000) NOT NULL DEFAULT '',
    sent_at           DATETIME(3)   NULL,
    answer            VARCHAR(2000) NULL,
    answered_at       DATETIME(3)   NULL,
    CONSTRAINT pk_chatscan PRIMARY KEY (id),
    CONSTRAINT uq_chatscan_chat UNIQUE (chat_id),
    CONSTRAINT ck_chatscan_origin CHECK (origin IN ('DRAWN', 'REQUESTED')),
    CONSTRAINT ck_chatscan_state CHECK (state IN ('OPEN', 'SENT', 'ANSWERED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_chatscan_period ON chatscan (period_start, operator_username);
CREATE INDEX ix_chatscan_operator ON chatscan (operator_username, state);

-- The feedback per item, with the item's text as it was when it was sent.
CREATE TABLE chatscan_score (
    chatscan_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    item_text   VARCHAR(200)  NOT NULL,
    score       TINYINT       NULL,
    comment     VARCHAR(1000) NOT NULL DEFAULT '',
    CONSTRAINT pk_chatscan_score PRIMARY KEY (chatscan_id, position),
    CONSTRAINT fk_chatscan_score_chatscan FOREIGN KEY (chatscan_id) REFERENCES chatscan (id) ON DELETE CASCADE,
    CONSTRAINT ck_chatscan_score CHECK (score IS NULL OR score BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
