-- Statistics read the answered chats of a period by the moment the visitor asked.
CREATE INDEX ix_chat_statistics ON chat (queued_at, line_code);

-- Totals of school years before the platform, entered by hand from a source so that trend charts reach back.
-- approximate: the source gives the number only roughly ("bijna 11.000").
CREATE TABLE statistics_past_year (
    school_year       INT           NOT NULL,
    chats             BIGINT        NOT NULL,
    pupils            BIGINT        NULL,
    parents           BIGINT        NULL,
    fake_call_percent DECIMAL(5, 2) NULL,
    approximate       BOOLEAN       NOT NULL DEFAULT FALSE,
    source            VARCHAR(500)  NOT NULL,
    entered_by        VARCHAR(64)   NOT NULL,
    entered_at        DATETIME(3)   NOT NULL,
    CONSTRAINT pk_statistics_past_year PRIMARY KEY (school_year),
    CONSTRAINT ck_statistics_past_year_counts CHECK (chats >= 0 AND (pupils IS NULL OR pupils <= chats)
        AND (parents IS NULL OR parents <= chats)),
    CONSTRAINT ck_statistics_past_year_fake CHECK (fake_call_percent IS NULL
        OR fake_call_percent BETWEEN 0 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the sources of the coordination team give (only the numbers they state; rough ones marked approximate).
INSERT INTO statistics_past_year (school_year, chats, pupils, parents, fake_call_percent, approximate, source,
                                  entered_by, entered_at) VALUES
    (2015, 2000, NULL, NULL, NULL, TRUE,
     'Start op 1 februari 2016; "Eind juni werden bijna 2000 chatgesprekken gevoerd" (VCLB, pagina Online hulpverlening, 2017).',
     'migratie', UTC_TIMESTAMP(3)),
    (2018, 5465, NULL, NULL, NULL, FALSE,
     '"5465 chatsessies" in 2018-2019 door 153 medewerkers (persbericht "Steeds meer leerlingen en ouders vinden de weg naar de chathulpverlening van het CLB").', 'migratie', UTC_TIMESTAMP(3)),
    (2020, 11000, NULL, NULL, NULL, TRUE,
     '"In 2020-2021 bijna 11.000 chatgesprekken" (T. Billiet, Onlinehulp in de CLB-sector).', 'migratie', UTC_TIMESTAMP(3)),
    (2022, 8000, NULL, NULL, NULL, TRUE,
     '"In 2022-2023 ongeveer 8000 gesprekken geregistreerd" (T. Billiet, Onlinehulp in de CLB-sector).', 'migratie', UTC_TIMESTAMP(3)),
    (2023, 8339, 6934, 1405, 4.87, FALSE,
     'Jaarverslag onlinehulp in de CLB-sector 2023-2024.', 'migratie', UTC_TIMESTAMP(3));
