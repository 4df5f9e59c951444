-- Application nodes and the patron sessions they serve (issue 15): each node writes a heartbeat; a session whose
-- node stopped beating (killed, crashed, unplugged) is closed as ABANDONED by a job any node may run.
-- A node is a random number drawn at each start (no host name, no address: nothing here needs one).
CREATE TABLE app_node (
    id         BIGINT      NOT NULL PRIMARY KEY,
    started_at DATETIME(6) NOT NULL,
    seen_at    DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE patron_session ADD COLUMN node BIGINT NULL;
CREATE INDEX ix_patron_session_open ON patron_session (ended_at, branch_id, started_at);
