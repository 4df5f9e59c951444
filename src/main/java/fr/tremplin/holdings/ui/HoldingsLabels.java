package fr.tremplin.holdings.ui;

import com.vaadin.flow.component.UI;
import fr.tremplin.holdings.MarcFormat;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Labels shared by the holdings screens. */
final class HoldingsLabels {

    /** Imports serve the whole department, so their times are shown in its zone, as the audit log does. */
    private static final ZoneId SHOWN_IN = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private HoldingsLabels() {
    }

    /** The dialect's name, or "unknown" for a failed import that never read a record. */
    static String format(MarcFormat format) {
        return format == null ? UI.getCurrent().getTranslation("staff.holdings.format.unknown") : format.name();
    }

    static String when(LocalDateTime utc) {
        return utc == null ? "" : WHEN.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(SHOWN_IN));
    }

    static String yesNo(boolean value) {
        return UI.getCurrent().getTranslation(value ? "staff.holdings.yes" : "staff.holdings.no");
    }
}
