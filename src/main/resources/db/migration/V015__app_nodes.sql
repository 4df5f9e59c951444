-- Application nodes and the patron sessions they serve (issue 15): each node writes a heartbeat; a session whose
-- node stopped beating (killed, crashed, unplugged) is closed as ABANDONED by a job any node may run.
CREATE TABLE app_node (
    name       VARCHAR(40) NOT NULL PRIMARY KEY,
    started_at DATETIME(6) NOT NULL,
    seen_at    DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE patron_session ADD COLUMN node VARCHAR(40) NULL;
CREATE INDEX ix_patron_session_open ON patron_session (ended_at, branch_id, started_at);
