package fr.tremplin.credential;

import java.time.ZoneId;

/** A branch as the credential screens name it: its code, its name, and the time zone its times are shown in. */
public record StaffBranch(String code, String name, ZoneId timeZone) {
}
