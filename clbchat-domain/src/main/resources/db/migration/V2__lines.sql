-- Chat lines: each a queue with its own schedule and team. CLBch@t is the first; the chat-met-je-CLB
-- boxes and partner helplines become further rows.
CREATE TABLE line (
    code      VARCHAR(40)  NOT NULL,
    name      VARCHAR(120) NOT NULL,
    time_zone VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_line PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO line (code, name, time_zone) VALUES ('clbchat', 'CLBch@t', 'Europe/Brussels');
