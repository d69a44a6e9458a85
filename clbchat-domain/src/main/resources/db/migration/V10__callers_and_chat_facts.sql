-- A returning visitor is recognised only by a keyed hash (HMAC-SHA256 with a server secret, never in the database)
-- of a random key their browser keeps. The key itself is stored nowhere, and the hash goes with the transcript.
-- transcript_deleted_at: when the retention job deleted the messages, the nickname and the rating's comment; the rest
-- of the row stays as the chat's anonymous facts (line, times, role, age, gender, device, stars, found via).
ALTER TABLE chat
    ADD COLUMN pseudonym_hash CHAR(64) NULL,
    ADD COLUMN transcript_deleted_at DATETIME(3) NULL;
CREATE INDEX ix_chat_forget ON chat (state, transcript_deleted_at, ended_at);

-- An operator's "vermoedelijke nepoproep" for the coordinators' review: pending, then accepted (the pseudonym is
-- marked until expires_at) or rejected. The pseudonym's hash is wiped once the mark has expired.
CREATE TABLE fake_call_mark (
    chat_id        CHAR(36)     NOT NULL,
    line_code      VARCHAR(40)  NOT NULL,
    pseudonym_hash CHAR(64)     NULL,
    marked_by      VARCHAR(64)  NOT NULL,
    marked_at      DATETIME(3)  NOT NULL,
    state          VARCHAR(10)  NOT NULL,
    reviewed_by    VARCHAR(64)  NULL,
    reviewed_at    DATETIME(3)  NULL,
    review_note    VARCHAR(500) NOT NULL DEFAULT '',
    expires_at     DATETIME(3)  NOT NULL,
    CONSTRAINT pk_fake_call_mark PRIMARY KEY (chat_id),
    CONSTRAINT ck_fake_call_mark_state CHECK (state IN ('PENDING', 'ACCEPTED', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_fake_call_mark_pseudonym ON fake_call_mark (pseudonym_hash, state, expires_at);
CREATE INDEX ix_fake_call_mark_state ON fake_call_mark (state, marked_at);

-- A coordinator's block of a pseudonym for a period: that visitor gets a kind, neutral message and no chat is made.
CREATE TABLE caller_block (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    pseudonym_hash CHAR(64)     NULL,
    chat_id        CHAR(36)     NOT NULL,
    blocked_by     VARCHAR(64)  NOT NULL,
    blocked_at     DATETIME(3)  NOT NULL,
    until          DATETIME(3)  NOT NULL,
    note           VARCHAR(500) NOT NULL DEFAULT '',
    lifted_by      VARCHAR(64)  NULL,
    lifted_at      DATETIME(3)  NULL,
    CONSTRAINT pk_caller_block PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_caller_block_pseudonym ON caller_block (pseudonym_hash, until);
CREATE INDEX ix_caller_block_chat ON caller_block (chat_id);
