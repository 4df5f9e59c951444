package fr.tremplin.desk.ui;

import fr.tremplin.credential.StaffBranch;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times stored in UTC, shown on the branch's clock. */
final class DeskTimes {

    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private DeskTimes() {
    }

    static String time(LocalDateTime utc, StaffBranch branch) {
        return utc == null ? "" : HOURS.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(branch.timeZone()));
    }
}
