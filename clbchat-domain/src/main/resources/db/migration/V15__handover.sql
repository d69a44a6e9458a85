-- Hand a live chat over (issue 17): to a colleague on the same line, to another line (CLBch@t <-> a box, or a partner
-- helpline). One chat row, one transcript: the hand-over is a record of its own that marks the moment.

-- A partner line: a line of the platform for another organisation, with its own team and hours.
CREATE TABLE partner_line (
    line_code    VARCHAR(40)  NOT NULL,
    organisation VARCHAR(120) NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_partner_line PRIMARY KEY (line_code),
    CONSTRAINT fk_partner_line_line FOREIGN KEY (line_code) REFERENCES line (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which line may hand a chat over to which: kept by the coordinators. Not symmetric by itself.
CREATE TABLE handover_route (
    from_line VARCHAR(40) NOT NULL,
    to_line   VARCHAR(40) NOT NULL,
    added_by  VARCHAR(64) NOT NULL,
    added_at  DATETIME(3) NOT NULL,
    CONSTRAINT pk_handover_route PRIMARY KEY (from_line, to_line),
    CONSTRAINT fk_handover_route_from FOREIGN KEY (from_line) REFERENCES line (code) ON DELETE CASCADE,
    CONSTRAINT fk_handover_route_to FOREIGN KEY (to_line) REFERENCES line (code) ON DELETE CASCADE,
    CONSTRAINT ck_handover_route_other CHECK (from_line <> to_line)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One hand-over of one chat. Kept as an anonymous fact for the statistics (no text of the chat); its note goes with
-- the transcript.
CREATE TABLE chat_handover (
    id              CHAR(36)     NOT NULL,
    chat_id         CHAR(36)     NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    warm            BOOLEAN      NOT NULL,
    from_line       VARCHAR(40)  NOT NULL,
    from_operator   VARCHAR(64)  NOT NULL,
    from_alias      VARCHAR(64)  NOT NULL,
    to_line         VARCHAR(40)  NOT NULL,
    to_operator     VARCHAR(64)  NULL,
    note            VARCHAR(500) NULL,
    share_transcript BOOLEAN     NULL,
    state           VARCHAR(10)  NOT NULL,
    offered_at      DATETIME(3)  NOT NULL,
    answered_at     DATETIME(3)  NULL,
    taken_by        VARCHAR(64)  NULL,
    taken_alias     VARCHAR(64)  NULL,
    closed_at       DATETIME(3)  NULL,
    CONSTRAINT pk_chat_handover PRIMARY KEY (id),
    CONSTRAINT fk_chat_handover_chat FOREIGN KEY (chat_id) REFERENCES chat (id),
    CONSTRAINT ck_chat_handover_kind CHECK (kind IN ('COLLEAGUE', 'LINE')),
    CONSTRAINT ck_chat_handover_state CHECK (state IN ('ASKING', 'WAITING', 'TAKEN', 'REFUSED', 'WITHDRAWN', 'LAPSED')),
    CONSTRAINT ck_chat_handover_taken CHECK (state <> 'TAKEN' OR taken_by IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_chat_handover_chat ON chat_handover (chat_id, state);
CREATE INDEX ix_chat_handover_state ON chat_handover (state, offered_at);
CREATE INDEX ix_chat_handover_stats ON chat_handover (offered_at, state);

-- What the operator holding a chat may read of it: from this message on (0: all). A hand-over without the visitor's
-- consent to share (or a cold one) shows the new operator only what follows it.
ALTER TABLE chat ADD COLUMN read_from_seq INT NOT NULL DEFAULT 0;

-- The platform's own line in the transcript marks the moment of a hand-over.
ALTER TABLE chat_message DROP CONSTRAINT ck_chat_message_sender;
ALTER TABLE chat_message ADD CONSTRAINT ck_chat_message_sender CHECK (sender IN ('VISITOR', 'OPERATOR', 'SYSTEM'));
