package fr.tremplin.kiosk;

import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.domain.LanguageLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders a branch's resources for one patron. A resource fits when the patron's level is in its range and it
 * can be used where and on what the patron wants; among those, the better it matches, the higher it comes.
 * When nothing fits, the closest resources are returned, marked as not fitting.
 */
public final class ResourceRanking {

    static final int CLOSEST_SHOWN = 3;

    private ResourceRanking() {
    }

    public static List<RankedResource> rank(List<ResourceCard> offered, PatronProfile profile) {
        List<RankedResource> scored = offered.stream().map(r -> score(r, profile))
                .sorted(Comparator.comparingInt(RankedResource::score).reversed()
                        .thenComparing(r -> r.resource().text().title()))
                .toList();
        List<RankedResource> fitting = scored.stream().filter(RankedResource::fits).toList();
        return fitting.isEmpty() ? scored.stream().limit(CLOSEST_SHOWN).toList() : fitting;
    }

    static RankedResource score(ResourceCard resource, PatronProfile profile) {
        List<FitReason> reasons = new ArrayList<>();
        int score = 0;
        boolean fits = true;

        if (profile.subNeedCode() != null && resource.needCodes().contains(profile.subNeedCode())) {
            reasons.add(FitReason.NEED);
            score += 20;
        }
        LanguageLevel level = profile.level();
        if (level != null) {
            int distance = level.distanceTo(resource.levelMin(), resource.levelMax());
            if (distance == 0) {
                reasons.add(FitReason.LEVEL);
                score += 30;
            } else {
                fits = false;
                score -= 15 * distance;
            }
        }
        if (profile.place() != null) {
            if (profile.place().needsHomeAccess() && !resource.worksFromHome()) {
                fits = false;
                score -= 25;
            } else if (profile.place().needsHomeAccess()) {
                reasons.add(FitReason.FROM_HOME);
                score += 10;
            } else {
                reasons.add(FitReason.HERE);
            }
        }
        if (profile.device() != null) {
            if (resource.devices().contains(profile.device().device())) {
                reasons.add(profile.device() == StudyDevice.PHONE ? FitReason.ON_PHONE : FitReason.ON_COMPUTER);
                score += 10;
            } else {
                fits = false;
                score -= 25;
            }
        }
        if (profile.weeklyTime() == WeeklyTime.UNDER_1H && resource.sessionMinutes() != null
                && resource.sessionMinutes() <= 20) {
            reasons.add(FitReason.SHORT_SESSIONS);
            score += 5;
        }
        if (profile.language() != null && resource.instructionLanguages().contains(profile.language().code())) {
            reasons.add(FitReason.IN_YOUR_LANGUAGE);
            score += profile.language().code().equals("fr") ? 0 : 10;
        }
        return new RankedResource(resource, fits, score, reasons);
    }
}
