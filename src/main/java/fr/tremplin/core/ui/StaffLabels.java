package fr.tremplin.core.ui;

import com.vaadin.flow.component.UI;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.security.StaffRole;
import java.time.DayOfWeek;
import java.util.Locale;

/** Labels of enum values on staff screens; every value has its key in the staff bundles (StaffLabelsTest). */
public final class StaffLabels {

    public static final String ROLE = "staff.role.";
    public static final String ACCESS_MODE = "staff.access-mode.";
    public static final String DAY = "staff.day.";

    private StaffLabels() {
    }

    public static String role(StaffRole role) {
        return UI.getCurrent().getTranslation(ROLE + role.name());
    }

    /** What the role allows, in a sentence. */
    public static String roleText(StaffRole role) {
        return UI.getCurrent().getTranslation(ROLE + role.name() + ".text");
    }

    public static String accessMode(AccessMode mode) {
        return UI.getCurrent().getTranslation(ACCESS_MODE + mode.name());
    }

    public static String day(DayOfWeek day) {
        return UI.getCurrent().getTranslation(DAY + day.name().toLowerCase(Locale.ROOT));
    }
}
