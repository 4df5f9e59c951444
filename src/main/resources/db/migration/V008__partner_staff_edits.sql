-- Partners added or changed in the staff screens: the kiosk-config file leaves them alone (like branches and offers).
ALTER TABLE partner ADD COLUMN staff_edited_at DATETIME(6) NULL;
ALTER TABLE partner ADD COLUMN staff_edited_by VARCHAR(80) NULL;
