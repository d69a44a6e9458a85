-- Benchmark data for the statistics: one school year of answered chats with their registrations, themes and outcomes,
-- made by scripts/run-statistics-benchmark.sh into its own database (never the demo's). Deterministic: every value is
-- drawn from RAND(seed) of the chat's number, so a rerun makes the same chats.
-- Variables: @year (the school year's first calendar year), @n (chats), @first (number of the first chat),
-- @until (no chat after this moment, for the running school year).
-- Shares follow the sources' 2023-2024 figures roughly: 83% pupils, 76% of pupils girls, 70% on a phone, a few
-- percent fake calls, about 20% suddenly aborted.

INSERT INTO chat (id, line_code, state, resume_token_hash, nickname, visitor_role, age, gender, device, queued_at,
                  operator_username, operator_alias, accepted_at, ended_at, ended_by, end_reason, last_seq,
                  rating_stars, found_via, transcript_deleted_at)
SELECT CONCAT('bench-', LPAD(s.seq, 30, '0')), 'clbchat', 'ENDED', SHA2(CONCAT('bench-', s.seq), 256), '',
       s.role,
       IF(s.role = 'PUPIL', 10 + FLOOR(RAND(s.seq * 11) * 4) + FLOOR(RAND(s.seq * 13) * 5), NULL),
       IF(s.role = 'PUPIL', ELT(1 + (RAND(s.seq * 17) > 0.765) + (RAND(s.seq * 17) > 0.975) + (RAND(s.seq * 17) > 0.99),
                                'GIRL', 'BOY', 'OTHER', 'UNKNOWN'), NULL),
       ELT(1 + (RAND(s.seq * 19) > 0.62) + (RAND(s.seq * 19) > 0.70), 'MOBILE', 'TABLET', 'DESKTOP'),
       s.queued, CONCAT('bench-op-', LPAD(1 + FLOOR(RAND(s.seq * 23) * 185), 3, '0')), 'Bench',
       s.queued + INTERVAL FLOOR(10 + RAND(s.seq * 29) * RAND(s.seq * 31) * 600) SECOND,
       s.queued + INTERVAL FLOOR(300 + RAND(s.seq * 37) * 2400) SECOND, 'VISITOR',
       IF(RAND(s.seq * 41) < 0.2, 'SUDDENLY_ABORTED', 'ENDED_BY_VISITOR'), 0,
       IF(RAND(s.seq * 43) < 0.7, 5 - FLOOR(RAND(s.seq * 47) * RAND(s.seq * 53) * 5), NULL),
       ELT(1 + FLOOR(RAND(s.seq * 59) * 6), 'SMARTSCHOOL', 'CLB_WEBSITE', 'SCHOOL_WEBSITE', 'POSTER_FLYER',
           'RETURNING', 'OTHER'),
       IF(s.queued < UTC_TIMESTAMP() - INTERVAL 365 DAY, UTC_TIMESTAMP(3), NULL)
FROM (SELECT q.seq, q.queued,
             IF(RAND(q.seq * 7) < 0.83, 'PUPIL', IF(RAND(q.seq * 7) < 0.99, 'PARENT', 'TEACHER')) AS role
      FROM (SELECT seq, TIMESTAMP(MAKEDATE(@year, 1) + INTERVAL 8 MONTH) + INTERVAL FLOOR(RAND(seq * 3) * 364) DAY
                        + INTERVAL 14 HOUR + INTERVAL FLOOR(RAND(seq * 5) * 21600) SECOND AS queued
            FROM seq_1_to_20000000 WHERE seq BETWEEN @first AND @first + @n - 1) q
      WHERE q.queued < @until) s;

INSERT INTO chat_registration (chat_id, line_code, operator_username, client_type, suspected_fake, registered_at,
                               changed_by, changed_at)
SELECT c.id, c.line_code, c.operator_username, c.visitor_role,
       RAND(CAST(SUBSTRING(c.id, 7) AS UNSIGNED) * 61) < 0.05, c.ended_at, c.operator_username, c.ended_at
FROM chat c WHERE c.id BETWEEN CONCAT('bench-', LPAD(@first, 30, '0'))
                           AND CONCAT('bench-', LPAD(@first + @n - 1, 30, '0'));

-- One or two themes per chat, the common ones more often.
INSERT IGNORE INTO chat_registration_theme (chat_id, theme_code)
SELECT r.chat_id, ELT(1 + FLOOR(POW(RAND(CAST(SUBSTRING(r.chat_id, 7) AS UNSIGNED) * 67 + k.seq), 1.6) * 16),
       'studiekeuze', 'conflicten-thuis', 'relationele-vaardigheden', 'seksualiteit', 'zelfmoordgedachten', 'pesten',
       'verliefdheid', 'zelfverwonding', 'depressie', 'leren-en-studiemethode', 'leermoeilijkheden',
       'omgang-met-leerkracht', 'motivatie', 'vaccinatie', 'medisch-onderzoek', 'regelovertredend-gedrag')
FROM chat_registration r JOIN seq_1_to_2 k
WHERE r.chat_id BETWEEN CONCAT('bench-', LPAD(@first, 30, '0')) AND CONCAT('bench-', LPAD(@first + @n - 1, 30, '0'))
  AND (k.seq = 1 OR RAND(CAST(SUBSTRING(r.chat_id, 7) AS UNSIGNED) * 71) < 0.4);

INSERT IGNORE INTO chat_registration_outcome (chat_id, outcome)
SELECT r.chat_id, ELT(1 + FLOOR(RAND(CAST(SUBSTRING(r.chat_id, 7) AS UNSIGNED) * 73 + k.seq) * 7), 'INFO_ADVICE',
       'SUPPORT', 'REFERRED_CLB', 'REFERRED_SCHOOL', 'REFERRED_NETWORK', 'REFERRED_ONDERWIJSKIEZER', 'ABORTED')
FROM chat_registration r JOIN seq_1_to_2 k
WHERE r.chat_id BETWEEN CONCAT('bench-', LPAD(@first, 30, '0')) AND CONCAT('bench-', LPAD(@first + @n - 1, 30, '0'))
  AND (k.seq = 1 OR RAND(CAST(SUBSTRING(r.chat_id, 7) AS UNSIGNED) * 79) < 0.5);

-- The messages of the chats still within the retention period: 20 each.
INSERT INTO chat_message (chat_id, seq, sender, client_msg_id, body, sent_at)
SELECT c.id, m.seq, IF(m.seq % 2 = 1, 'VISITOR', 'OPERATOR'), CONCAT(LPAD(m.seq, 4, '0'), SUBSTRING(c.id, 5)),
       CONCAT('Benchmarkbericht ', m.seq, ' van een gesprek zoals er veel zijn, met wat woorden erin.'),
       c.accepted_at + INTERVAL m.seq * 30 SECOND
FROM chat c JOIN seq_1_to_20 m
WHERE c.id BETWEEN CONCAT('bench-', LPAD(@first, 30, '0')) AND CONCAT('bench-', LPAD(@first + @n - 1, 30, '0'))
  AND c.transcript_deleted_at IS NULL;
UPDATE chat SET last_seq = 20
WHERE id BETWEEN CONCAT('bench-', LPAD(@first, 30, '0')) AND CONCAT('bench-', LPAD(@first + @n - 1, 30, '0'))
  AND transcript_deleted_at IS NULL;
