-- Staff administration (issue 4). kiosk-config seeds branches, needs, resources and offers; a row a staff user
-- edits in the admin screens is marked here, and the kiosk-config loader then leaves it alone (logging that the
-- file differs) until the files say the same thing again, e.g. after an exported configuration is committed.

ALTER TABLE branch ADD COLUMN staff_edited_at DATETIME(6) NULL;
ALTER TABLE branch ADD COLUMN staff_edited_by VARCHAR(80) NULL;

ALTER TABLE need ADD COLUMN staff_edited_at DATETIME(6) NULL;
ALTER TABLE need ADD COLUMN staff_edited_by VARCHAR(80) NULL;

ALTER TABLE resource ADD COLUMN staff_edited_at DATETIME(6) NULL;
ALTER TABLE resource ADD COLUMN staff_edited_by VARCHAR(80) NULL;

ALTER TABLE offer ADD COLUMN staff_edited_at DATETIME(6) NULL;
ALTER TABLE offer ADD COLUMN staff_edited_by VARCHAR(80) NULL;

CREATE INDEX ix_audit_entry_branch_at ON audit_entry (branch_id, occurred_at);
CREATE INDEX ix_kiosk_branch ON kiosk (branch_id);
