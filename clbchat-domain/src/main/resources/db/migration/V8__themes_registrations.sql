-- What a conversation was about, per CLB domain. The sources name these themes (the annual report's top themes for
-- pupils and for parents); the coordinators keep the list: add, rename, reorder, retire. A theme in use is never
-- deleted: a retired one stays in old registrations and statistics, and is no longer offered.
CREATE TABLE theme (
    code       VARCHAR(60)  NOT NULL,
    clb_domain VARCHAR(3)   NOT NULL,
    name       VARCHAR(120) NOT NULL,
    position   INT          NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    changed_by VARCHAR(64)  NOT NULL,
    changed_at DATETIME(3)  NOT NULL,
    CONSTRAINT pk_theme PRIMARY KEY (code),
    CONSTRAINT uq_theme_name UNIQUE (clb_domain, name),
    CONSTRAINT ck_theme_domain CHECK (clb_domain IN ('PGZ', 'PSF', 'LS', 'OLB'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO theme (code, clb_domain, name, position, changed_by, changed_at) VALUES
    ('studiekeuze', 'OLB', 'Studiekeuze', 10, 'migratie', UTC_TIMESTAMP(3)),
    ('conflicten-thuis', 'PSF', 'Conflicten in het gezin', 10, 'migratie', UTC_TIMESTAMP(3)),
    ('relationele-vaardigheden', 'PSF', 'Relationele vaardigheden', 20, 'migratie', UTC_TIMESTAMP(3)),
    ('zelfmoordgedachten', 'PSF', 'Zelfmoordgedachten', 30, 'migratie', UTC_TIMESTAMP(3)),
    ('pesten', 'PSF', 'Pesten en cyberpesten', 40, 'migratie', UTC_TIMESTAMP(3)),
    ('verliefdheid', 'PSF', 'Verliefdheid', 50, 'migratie', UTC_TIMESTAMP(3)),
    ('zelfverwonding', 'PSF', 'Zelfverwonding', 60, 'migratie', UTC_TIMESTAMP(3)),
    ('depressie', 'PSF', 'Depressie', 70, 'migratie', UTC_TIMESTAMP(3)),
    ('omgang-met-leerkracht', 'PSF', 'Omgang met een leerkracht', 80, 'migratie', UTC_TIMESTAMP(3)),
    ('regelovertredend-gedrag', 'PSF', 'Regelovertredend gedrag', 90, 'migratie', UTC_TIMESTAMP(3)),
    ('leren-en-studiemethode', 'LS', 'Leren en studiemethode', 10, 'migratie', UTC_TIMESTAMP(3)),
    ('leermoeilijkheden', 'LS', 'Leermoeilijkheden', 20, 'migratie', UTC_TIMESTAMP(3)),
    ('motivatie', 'LS', 'Motivatie', 30, 'migratie', UTC_TIMESTAMP(3)),
    ('seksualiteit', 'PGZ', 'Seksualiteit', 10, 'migratie', UTC_TIMESTAMP(3)),
    ('vaccinatie', 'PGZ', 'Vaccinatie', 20, 'migratie', UTC_TIMESTAMP(3)),
    ('medisch-onderzoek', 'PGZ', 'Medisch onderzoek', 30, 'migratie', UTC_TIMESTAMP(3));

-- The operator's registration of one chat: a record of its own, with no foreign key to the chat, so that it outlives
-- the transcript when chats are forgotten after the retention period.
CREATE TABLE chat_registration (
    chat_id           CHAR(36)      NOT NULL,
    line_code         VARCHAR(40)   NOT NULL,
    operator_username VARCHAR(64)   NOT NULL,
    client_type       VARCHAR(10)   NOT NULL,
    suspected_fake    BOOLEAN       NOT NULL DEFAULT FALSE,
    note              VARCHAR(2000) NOT NULL DEFAULT '',
    registered_at     DATETIME(3)   NOT NULL,
    changed_by        VARCHAR(64)   NOT NULL,
    changed_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_chat_registration PRIMARY KEY (chat_id),
    CONSTRAINT ck_chat_registration_client CHECK (client_type IN ('PUPIL', 'PARENT', 'TEACHER', 'OTHER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
CREATE INDEX ix_chat_registration_operator ON chat_registration (operator_username, registered_at);

CREATE TABLE chat_registration_theme (
    chat_id    CHAR(36)    NOT NULL,
    theme_code VARCHAR(60) NOT NULL,
    CONSTRAINT pk_chat_registration_theme PRIMARY KEY (chat_id, theme_code),
    CONSTRAINT fk_chat_registration_theme_registration FOREIGN KEY (chat_id) REFERENCES chat_registration (chat_id)
        ON DELETE CASCADE,
    CONSTRAINT fk_chat_registration_theme_theme FOREIGN KEY (theme_code) REFERENCES theme (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE chat_registration_outcome (
    chat_id CHAR(36)    NOT NULL,
    outcome VARCHAR(30) NOT NULL,
    CONSTRAINT pk_chat_registration_outcome PRIMARY KEY (chat_id, outcome),
    CONSTRAINT fk_chat_registration_outcome_registration FOREIGN KEY (chat_id) REFERENCES chat_registration (chat_id)
        ON DELETE CASCADE,
    CONSTRAINT ck_chat_registration_outcome CHECK (outcome IN ('INFO_ADVICE', 'SUPPORT', 'REFERRED_CLB',
        'REFERRED_SCHOOL', 'REFERRED_NETWORK', 'REFERRED_ONDERWIJSKIEZER', 'ABORTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every change of a registration: who and when, and what it said after the change.
CREATE TABLE chat_registration_change (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    chat_id    CHAR(36)      NOT NULL,
    changed_by VARCHAR(64)   NOT NULL,
    changed_at DATETIME(3)   NOT NULL,
    summary    VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_chat_registration_change PRIMARY KEY (id),
    CONSTRAINT fk_chat_registration_change_registration FOREIGN KEY (chat_id) REFERENCES chat_registration (chat_id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
