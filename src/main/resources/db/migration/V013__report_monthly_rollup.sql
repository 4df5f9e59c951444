-- The monthly roll-up of the report (issue 12). Every closed month of the anonymous session data is summed once into
-- monthly_aggregate (one count per month, branch, dimension and value); the report reads closed months from there and
-- only the open month from the raw rows. Past the retention period the raw sessions and events are deleted and the
-- month is shown from its aggregate alone. monthly_aggregate of V001 was never written: it is replaced.
DROP TABLE monthly_aggregate;

-- dimension: SESSIONS (value ''), AUDIENCE, NEED (need id), LANGUAGE, LEVEL, LEVEL_SOURCE, ENTRY, PARTNER (partner
-- id), OPENED and TAKEN (resource id, sessions), ISSUED (resource id, credentials), HELP_CALLS, HELP_ANSWERED,
-- SATISFACTION (score, answers). '' stands for "not said".
CREATE TABLE monthly_aggregate (
    month_start     DATE        NOT NULL,
    branch_id       BIGINT      NOT NULL,
    dimension       VARCHAR(20) NOT NULL,
    dimension_value VARCHAR(60) NOT NULL,
    tally           BIGINT      NOT NULL,
    PRIMARY KEY (month_start, branch_id, dimension, dimension_value),
    CONSTRAINT fk_monthly_aggregate_branch FOREIGN KEY (branch_id) REFERENCES branch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A month whose aggregate is written (then final), and when its raw rows were rolled up (deleted) if they were.
-- Inserting the row claims the month: a second node computing the same month waits on it, then finds it done.
CREATE TABLE report_month (
    month_start   DATE        NOT NULL PRIMARY KEY,
    summarized_at DATETIME(6) NOT NULL,
    rolled_up_at  DATETIME(6) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Deleting a rolled-up session keeps what pointed at it, unlinked (a credential, a seat, a call, a request).
/* [jooq ignore start] */
ALTER TABLE credential DROP FOREIGN KEY fk_credential_session;
ALTER TABLE credential ADD CONSTRAINT fk_credential_session FOREIGN KEY (patron_session_id)
    REFERENCES patron_session (id) ON DELETE SET NULL;
ALTER TABLE workshop_seat DROP FOREIGN KEY fk_workshop_seat_session;
ALTER TABLE workshop_seat ADD CONSTRAINT fk_workshop_seat_session FOREIGN KEY (patron_session_id)
    REFERENCES patron_session (id) ON DELETE SET NULL;
ALTER TABLE help_call DROP FOREIGN KEY fk_help_call_session;
ALTER TABLE help_call ADD CONSTRAINT fk_help_call_session FOREIGN KEY (patron_session_id)
    REFERENCES patron_session (id) ON DELETE SET NULL;
ALTER TABLE staff_request DROP FOREIGN KEY fk_staff_request_session;
ALTER TABLE staff_request ADD CONSTRAINT fk_staff_request_session FOREIGN KEY (patron_session_id)
    REFERENCES patron_session (id) ON DELETE SET NULL;
/* [jooq ignore stop] */
