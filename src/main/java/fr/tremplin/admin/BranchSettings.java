package fr.tremplin.admin;

import fr.tremplin.core.i18n.Language;
import java.time.ZoneId;
import java.util.List;

/**
 * A branch as its kiosks and staff see it: the URL key, the languages its kiosks offer (in picker order),
 * the idle timeout after which a kiosk resets, opening hours and the public contact of the branch.
 */
public record BranchSettings(
        String code,
        String name,
        ZoneId timeZone,
        List<Language> languages,
        int idleTimeoutSeconds,
        List<OpeningSlot> openingHours,
        String contactEmail,
        String contactPhone,
        String address) {

    public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 90;

    public BranchSettings {
        languages = List.copyOf(languages);
        openingHours = openingHours.stream().sorted().toList();
    }
}
