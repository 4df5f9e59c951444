-- The report (issue 12) reads a period of sessions across branches, and the events of those sessions by type.
CREATE INDEX ix_patron_session_started ON patron_session (started_at);
CREATE INDEX ix_session_event_type_session ON session_event (type, patron_session_id, resource_id);
