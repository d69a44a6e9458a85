-- The catalogue of screened online tools (the sector's "social map") and its two favourites lists.
CREATE TABLE tool (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name           VARCHAR(120)  NOT NULL,
    url            VARCHAR(500)  NULL,
    description    VARCHAR(1000) NULL,
    kind           VARCHAR(15)   NOT NULL,
    age_min        SMALLINT      NULL,
    age_max        SMALLINT      NULL,
    organisation   VARCHAR(200)  NULL,
    cost_free      BOOLEAN       NULL,
    cost_note      VARCHAR(300)  NULL,
    evidence_note  VARCHAR(1000) NULL,
    status         VARCHAR(10)   NOT NULL DEFAULT 'ACTIVE',
    in_the_picture BOOLEAN       NOT NULL DEFAULT FALSE,
    -- The screening against the sector's six criteria: each met / partly / not (NULL: not judged) with a note.
    broad_verdict      VARCHAR(10)  NULL, broad_note      VARCHAR(500) NULL,
    levels_verdict     VARCHAR(10)  NULL, levels_note     VARCHAR(500) NULL,
    stable_verdict     VARCHAR(10)  NULL, stable_note     VARCHAR(500) NULL,
    affordable_verdict VARCHAR(10)  NULL, affordable_note VARCHAR(500) NULL,
    evidence_verdict   VARCHAR(10)  NULL, evidence_crit_note VARCHAR(500) NULL,
    added_value_verdict VARCHAR(10) NULL, added_value_note VARCHAR(500) NULL,
    screened_by    VARCHAR(120)  NULL,
    screened_on    DATE          NULL,
    changed_by     VARCHAR(64)   NOT NULL,
    changed_at     DATETIME(3)   NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT pk_tool PRIMARY KEY (id),
    CONSTRAINT uq_tool_name UNIQUE (name),
    CONSTRAINT ck_tool_kind CHECK (kind IN ('CONTENT', 'COMMUNICATION')),
    CONSTRAINT ck_tool_status CHECK (status IN ('ACTIVE', 'ARCHIVED')),
    CONSTRAINT ck_tool_ages CHECK (age_min IS NULL OR age_max IS NULL OR age_min <= age_max)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tool_domain (
    tool_id BIGINT     NOT NULL,
    domain  VARCHAR(3) NOT NULL,
    CONSTRAINT pk_tool_domain PRIMARY KEY (tool_id, domain),
    CONSTRAINT fk_tool_domain_tool FOREIGN KEY (tool_id) REFERENCES tool (id) ON DELETE CASCADE,
    CONSTRAINT ck_tool_domain CHECK (domain IN ('PGZ', 'PSF', 'LS', 'OLB'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tool_level (
    tool_id BIGINT     NOT NULL,
    level   VARCHAR(3) NOT NULL,
    CONSTRAINT pk_tool_level PRIMARY KEY (tool_id, level),
    CONSTRAINT fk_tool_level_tool FOREIGN KEY (tool_id) REFERENCES tool (id) ON DELETE CASCADE,
    CONSTRAINT ck_tool_level CHECK (level IN ('BAO', 'SO', 'BUO'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The two ordered favourites lists: for CLB staff (blended help) and for pupils (self-help).
CREATE TABLE tool_list_entry (
    list_code VARCHAR(10) NOT NULL,
    tool_id   BIGINT      NOT NULL,
    position  INT         NOT NULL,
    placed_by VARCHAR(64) NOT NULL,
    placed_at DATETIME(3) NOT NULL,
    CONSTRAINT pk_tool_list_entry PRIMARY KEY (list_code, tool_id),
    CONSTRAINT fk_tool_list_entry_tool FOREIGN KEY (tool_id) REFERENCES tool (id) ON DELETE CASCADE,
    CONSTRAINT ck_tool_list_code CHECK (list_code IN ('STAFF', 'PUPILS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The eleven tools actively promoted in the CLB sector in 2023-2024, with their domains, levels and ages as the
-- annual report 2023-2024 lists them (the first nine content tools, the last two communication tools). What the
-- sources do not say (web address, organisation, cost, screening) is left empty for the coordinators to fill in.
INSERT INTO tool (name, kind, age_min, in_the_picture, changed_by, changed_at) VALUES
    ('m-Path', 'CONTENT', NULL, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('Onderwijskiezer', 'CONTENT', NULL, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('NokNok', 'CONTENT', 12, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('Conflicthelden', 'CONTENT', 12, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('Tools van de Zelfmoordlijn', 'CONTENT', 12, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('MoodSpace LifeCraft', 'CONTENT', 12, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('MoodSpace Gezonde Levensstijl', 'CONTENT', 12, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('MoodSpace Stress & Angst', 'CONTENT', 12, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('Geluksdriehoek', 'CONTENT', 16, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('Blended chatten', 'COMMUNICATION', NULL, TRUE, 'seed: jaarverslag 2023-2024', NOW(3)),
    ('Beeldbellen', 'COMMUNICATION', NULL, TRUE, 'seed: jaarverslag 2023-2024', NOW(3));
UPDATE tool SET age_max = 16 WHERE name = 'NokNok';

INSERT INTO tool_domain (tool_id, domain)
SELECT t.id, d.domain FROM tool t JOIN (
    SELECT 'm-Path' AS name, 'PGZ' AS domain UNION ALL SELECT 'm-Path', 'PSF' UNION ALL SELECT 'm-Path', 'LS'
    UNION ALL SELECT 'm-Path', 'OLB'
    UNION ALL SELECT 'Onderwijskiezer', 'PSF' UNION ALL SELECT 'Onderwijskiezer', 'LS' UNION ALL SELECT 'Onderwijskiezer', 'OLB'
    UNION ALL SELECT 'NokNok', 'PSF' UNION ALL SELECT 'NokNok', 'PGZ'
    UNION ALL SELECT 'Conflicthelden', 'PSF'
    UNION ALL SELECT 'Tools van de Zelfmoordlijn', 'PSF'
    UNION ALL SELECT 'MoodSpace LifeCraft', 'PSF' UNION ALL SELECT 'MoodSpace LifeCraft', 'PGZ'
    UNION ALL SELECT 'MoodSpace Gezonde Levensstijl', 'PSF' UNION ALL SELECT 'MoodSpace Gezonde Levensstijl', 'PGZ'
    UNION ALL SELECT 'MoodSpace Stress & Angst', 'PSF' UNION ALL SELECT 'MoodSpace Stress & Angst', 'LS'
    UNION ALL SELECT 'Geluksdriehoek', 'PSF' UNION ALL SELECT 'Geluksdriehoek', 'PGZ'
    UNION ALL SELECT 'Blended chatten', 'PGZ' UNION ALL SELECT 'Blended chatten', 'PSF'
    UNION ALL SELECT 'Blended chatten', 'LS' UNION ALL SELECT 'Blended chatten', 'OLB'
    UNION ALL SELECT 'Beeldbellen', 'PGZ' UNION ALL SELECT 'Beeldbellen', 'PSF'
    UNION ALL SELECT 'Beeldbellen', 'LS' UNION ALL SELECT 'Beeldbellen', 'OLB'
) d ON d.name = t.name;

INSERT INTO tool_level (tool_id, level)
SELECT t.id, 'SO' FROM tool t;
INSERT INTO tool_level (tool_id, level)
SELECT t.id, 'BAO' FROM tool t
WHERE t.name IN ('m-Path', 'Onderwijskiezer', 'Blended chatten', 'Beeldbellen');

-- The list for CLB staff starts with the tools actively made known to CLB staff in 2023-2024, in the report's order.
-- Which tools go on the pupils' list is not in the sources: it starts empty.
INSERT INTO tool_list_entry (list_code, tool_id, position, placed_by, placed_at)
SELECT 'STAFF', t.id, t.id, 'seed: jaarverslag 2023-2024', NOW(3) FROM tool t;
