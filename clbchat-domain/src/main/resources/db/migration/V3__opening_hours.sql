-- Opening hours of the chat lines: weekly rules with a validity period, annual closures, the school holiday
-- periods a coordinator overrides for a school year, and ad-hoc exceptions.

CREATE TABLE opening_rule_set (
    id                        BIGINT       NOT NULL AUTO_INCREMENT,
    line_code                 VARCHAR(40)  NOT NULL,
    valid_from                DATE         NOT NULL,
    valid_until               DATE         NULL,
    closed_on_public_holidays BOOLEAN      NOT NULL DEFAULT TRUE,
    note                      VARCHAR(500) NULL,
    CONSTRAINT pk_opening_rule_set PRIMARY KEY (id),
    CONSTRAINT fk_opening_rule_set_line FOREIGN KEY (line_code) REFERENCES line (code),
    CONSTRAINT ck_opening_rule_set_validity CHECK (valid_until IS NULL OR valid_until >= valid_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE opening_weekly_hours (
    rule_set_id BIGINT      NOT NULL,
    day_kind    VARCHAR(10) NOT NULL,
    day_of_week TINYINT     NOT NULL,
    start_time  TIME        NOT NULL,
    end_time    TIME        NOT NULL,
    CONSTRAINT fk_opening_weekly_hours_set FOREIGN KEY (rule_set_id) REFERENCES opening_rule_set (id) ON DELETE CASCADE,
    CONSTRAINT ck_opening_weekly_hours_kind CHECK (day_kind IN ('school', 'holiday')),
    CONSTRAINT ck_opening_weekly_hours_day CHECK (day_of_week BETWEEN 1 AND 7),
    CONSTRAINT ck_opening_weekly_hours_range CHECK (end_time > start_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE opening_annual_closure (
    rule_set_id BIGINT       NOT NULL,
    first_month TINYINT      NOT NULL,
    first_day   TINYINT      NOT NULL,
    last_month  TINYINT      NOT NULL,
    last_day    TINYINT      NOT NULL,
    name        VARCHAR(120) NOT NULL,
    CONSTRAINT fk_opening_annual_closure_set FOREIGN KEY (rule_set_id) REFERENCES opening_rule_set (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE school_holiday_override (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    school_year  SMALLINT    NOT NULL,
    holiday      VARCHAR(20) NOT NULL,
    first_day    DATE        NOT NULL,
    last_day     DATE        NOT NULL,
    CONSTRAINT pk_school_holiday_override PRIMARY KEY (id),
    CONSTRAINT uq_school_holiday_override UNIQUE (school_year, holiday),
    CONSTRAINT ck_school_holiday_override_range CHECK (last_day >= first_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- DATETIME, in UTC: TIMESTAMP ends in 2038.
CREATE TABLE opening_exception (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    line_code  VARCHAR(40)  NOT NULL,
    start_at   DATETIME(3)  NOT NULL,
    end_at     DATETIME(3)  NOT NULL,
    kind       VARCHAR(10)  NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    created_by VARCHAR(64)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT pk_opening_exception PRIMARY KEY (id),
    CONSTRAINT fk_opening_exception_line FOREIGN KEY (line_code) REFERENCES line (code),
    CONSTRAINT ck_opening_exception_kind CHECK (kind IN ('open', 'closed')),
    CONSTRAINT ck_opening_exception_range CHECK (end_at > start_at),
    INDEX ix_opening_exception_line_start (line_code, start_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The CLBch@t line's rules (sources: history of the CLB chat 2013-2017; annual report 2023-2024).
-- From the launch on 1 February 2016 until 20:00; the holiday hours of that first year are not known, so none
-- are entered. Since 1 February 2017 until 21:00, and Monday to Thursday 14:00-21:00 in school holidays.
INSERT INTO opening_rule_set (id, line_code, valid_from, valid_until, closed_on_public_holidays, note)
VALUES (1, 'clbchat', '2016-02-01', '2017-01-31', TRUE, 'Openingsuren in schoolvakanties van 2016 niet gekend.'),
       (2, 'clbchat', '2017-02-01', NULL, TRUE, NULL);

INSERT INTO opening_weekly_hours (rule_set_id, day_kind, day_of_week, start_time, end_time)
VALUES (1, 'school', 1, '17:00', '20:00'), (1, 'school', 2, '17:00', '20:00'),
       (1, 'school', 3, '14:00', '20:00'), (1, 'school', 4, '17:00', '20:00'),
       (2, 'school', 1, '17:00', '21:00'), (2, 'school', 2, '17:00', '21:00'),
       (2, 'school', 3, '14:00', '21:00'), (2, 'school', 4, '17:00', '21:00'),
       (2, 'holiday', 1, '14:00', '21:00'), (2, 'holiday', 2, '14:00', '21:00'),
       (2, 'holiday', 3, '14:00', '21:00'), (2, 'holiday', 4, '14:00', '21:00');

INSERT INTO opening_annual_closure (rule_set_id, first_month, first_day, last_month, last_day, name)
VALUES (1, 12, 25, 1, 1, 'kerstsluiting'), (1, 7, 15, 8, 15, 'zomersluiting'),
       (2, 12, 25, 1, 1, 'kerstsluiting'), (2, 7, 15, 8, 15, 'zomersluiting');
