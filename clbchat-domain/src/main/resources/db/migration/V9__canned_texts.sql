-- Short texts an operator inserts in a chat (and edits before sending): referrals to helplines and the CLB. The
-- coordinators keep them (and add web addresses). The seeded ones hold only what the visitor pages already say or the
-- sources name; no address or number that is not in them.
CREATE TABLE canned_text (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    title      VARCHAR(80)   NOT NULL,
    body       VARCHAR(1000) NOT NULL,
    tags       VARCHAR(200)  NOT NULL DEFAULT '',
    position   INT           NOT NULL,
    active     BOOLEAN       NOT NULL DEFAULT TRUE,
    changed_by VARCHAR(64)   NOT NULL,
    changed_at DATETIME(3)   NOT NULL,
    CONSTRAINT pk_canned_text PRIMARY KEY (id),
    CONSTRAINT uq_canned_text_title UNIQUE (title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO canned_text (title, body, tags, position, changed_by, changed_at) VALUES
    ('Zelfmoordlijn 1813',
     'Denk je aan zelfmoord? Bel de Zelfmoordlijn op 1813, dag en nacht.',
     'zelfmoord, crisis, nacht', 10, 'migratie', UTC_TIMESTAMP(3)),
    ('Awel 102',
     'Wil je met iemand praten als onze chat dicht is? Bel Awel op 102.',
     'praten, jongeren, gesloten', 20, 'migratie', UTC_TIMESTAMP(3)),
    ('Noodnummer 112',
     'Is er nu gevaar? Bel meteen 112.',
     'gevaar, nood', 30, 'migratie', UTC_TIMESTAMP(3)),
    ('Onderwijskiezer',
     'Over studiekeuze vind je veel uitleg bij Onderwijskiezer.',
     'studiekeuze, OLB', 40, 'migratie', UTC_TIMESTAMP(3)),
    ('Nu praat ik erover',
     'Heb je iets meegemaakt dat niet oké was, zoals seksueel geweld? Bij Nu praat ik erover kan je erover praten.',
     'geweld, seksueel geweld', 50, 'migratie', UTC_TIMESTAMP(3)),
    ('Je eigen CLB',
     'Je kan ook terecht bij het CLB van je school. Vraag op school wie je CLB-medewerker is.',
     'CLB, doorverwijzen', 60, 'migratie', UTC_TIMESTAMP(3));
