package fr.tremplin.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.catalogue.ResourceText;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.domain.Device;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceRankingTest {

    private static final ResourceCard BEGINNER_ON_SITE = card("BEGINNER", LanguageLevel.ALPHA, LanguageLevel.A1,
            false, Set.of(Device.COMPUTER), List.of("fr"), Set.of("FRENCH_START"), 45);
    private static final ResourceCard EVERYDAY_ANYWHERE = card("EVERYDAY", LanguageLevel.A1, LanguageLevel.C1, true,
            Set.of(Device.COMPUTER, Device.PHONE), List.of("fr", "ar"), Set.of("FRENCH_EVERYDAY"), 15);
    private static final ResourceCard ADVANCED = card("ADVANCED", LanguageLevel.B2, LanguageLevel.C2, true,
            Set.of(Device.COMPUTER), List.of("fr"), Set.of("FRENCH_EVERYDAY"), 60);

    @Test
    void keepsOnlyWhatFitsTheLevelBestMatchFirst() {
        PatronProfile a1 = profile(LanguageLevel.A1, null, null, null);

        List<RankedResource> ranked = ResourceRanking.rank(List.of(ADVANCED, BEGINNER_ON_SITE, EVERYDAY_ANYWHERE), a1);

        assertThat(ranked).extracting(r -> r.resource().code()).containsExactly("EVERYDAY", "BEGINNER");
        assertThat(ranked.get(0).reasons()).contains(FitReason.NEED, FitReason.LEVEL, FitReason.IN_YOUR_LANGUAGE);
        assertThat(ranked).allMatch(RankedResource::fits);
    }

    @Test
    void homeAndPhoneRuleOutWhatCannotGoThere() {
        PatronProfile atHomeOnPhone = profile(LanguageLevel.A1, Place.HOME, StudyDevice.PHONE, WeeklyTime.UNDER_1H);

        List<RankedResource> ranked = ResourceRanking.rank(List.of(BEGINNER_ON_SITE, EVERYDAY_ANYWHERE), atHomeOnPhone);

        assertThat(ranked).extracting(r -> r.resource().code()).containsExactly("EVERYDAY");
        assertThat(ranked.get(0).reasons()).contains(FitReason.FROM_HOME, FitReason.ON_PHONE, FitReason.SHORT_SESSIONS);
    }

    @Test
    void whenNothingFitsTheClosestComeFirstMarkedAsNotFitting() {
        PatronProfile alphaAtHome = profile(LanguageLevel.ALPHA, Place.HOME, null, null);

        List<RankedResource> ranked = ResourceRanking.rank(List.of(ADVANCED, BEGINNER_ON_SITE, EVERYDAY_ANYWHERE),
                alphaAtHome);

        assertThat(ranked).isNotEmpty().hasSizeLessThanOrEqualTo(ResourceRanking.CLOSEST_SHOWN)
                .noneMatch(RankedResource::fits);
        assertThat(ranked.get(ranked.size() - 1).resource().code()).as("the farthest comes last").isEqualTo("ADVANCED");
    }

    @Test
    void withoutAnyAnswerEverythingFits() {
        PatronProfile nothing = new PatronProfile(Language.FR, "FRENCH", null, null, null, null, null);

        assertThat(ResourceRanking.rank(List.of(ADVANCED, BEGINNER_ON_SITE, EVERYDAY_ANYWHERE), nothing))
                .hasSize(3).allMatch(RankedResource::fits);
    }

    private static PatronProfile profile(LanguageLevel level, Place place, StudyDevice device, WeeklyTime time) {
        return new PatronProfile(Language.AR, "FRENCH", "FRENCH_EVERYDAY", level, place, device, time);
    }

    private static ResourceCard card(String code, LanguageLevel min, LanguageLevel max, boolean home,
            Set<Device> devices, List<String> languages, Set<String> needs, int minutes) {
        return new ResourceCard(code, "Publisher", "https://example.org/" + code, AccessMode.FREE_ONLINE, min, max,
                home, minutes, "book", languages, devices, needs, new ResourceText(code, null, null, null));
    }
}
