package fr.tremplin.catalogue;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.NEED;
import static fr.tremplin.core.db.jooq.Tables.OFFER;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE;
import static fr.tremplin.core.db.jooq.Tables.RESOURCE_NEED;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.support.TremplinTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TremplinTest
class CatalogueServiceTest {

    private static final List<String> BRANCHES = List.of("luneville", "nancy-plateau-de-haye", "longwy",
            "pont-a-mousson", "moselle-et-madon", "frouard");
    private static final List<String> NEEDS = List.of("JOB", "FRENCH", "EXAM", "DIGITAL", "DRIVING", "LANGUAGES",
            "SCHOOL");

    @Autowired
    CatalogueService catalogue;
    @Autowired
    DSLContext dsl;

    @Test
    void needTilesFollowTheTaxonomyOrderWithTranslatedLabels() {
        List<NeedTile> french = catalogue.offeredNeeds("luneville", Language.FR);
        List<NeedTile> arabic = catalogue.offeredNeeds("luneville", Language.AR);

        assertThat(french).extracting(NeedTile::code).isSubsetOf(NEEDS).contains("JOB", "FRENCH");
        assertThat(french.stream().map(NeedTile::code).map(NEEDS::indexOf).toList()).isSorted();
        assertThat(french).filteredOn(n -> n.code().equals("JOB")).extracting(NeedTile::label)
                .containsExactly("Trouver un emploi");
        assertThat(arabic).extracting(NeedTile::code).isEqualTo(french.stream().map(NeedTile::code).toList());
        assertThat(arabic.get(0).label()).isNotEqualTo(french.get(0).label()).matches(".*\\p{InArabic}.*");
    }

    @Test
    void aBranchShowsExactlyTheNeedsItOffersSomethingFor() {
        for (String branch : BRANCHES) {
            Set<String> shown = catalogue.offeredNeeds(branch, Language.FR).stream().map(NeedTile::code)
                    .collect(Collectors.toSet());
            for (String need : NEEDS) {
                boolean offersSomething = !catalogue.offeredResources(branch, need, Language.FR).isEmpty();
                assertThat(shown.contains(need)).as(branch + " / " + need).isEqualTo(offersSomething);
            }
        }
    }

    @Test
    void branchesDoNotAllOfferTheSameResources() {
        Set<Set<String>> offers = BRANCHES.stream().map(b -> NEEDS.stream()
                .flatMap(n -> catalogue.offeredResources(b, n, Language.FR).stream()).map(ResourceCard::code)
                .collect(Collectors.toSet())).collect(Collectors.toSet());
        assertThat(offers).hasSize(BRANCHES.size());
    }

    @Test
    void aSubNeedListsItsResourcesAndThoseOfItsParentAsAWhole() {
        List<ResourceCard> everyday = catalogue.offeredResources("luneville", "FRENCH_EVERYDAY", Language.EN);

        ResourceCard tv5 = everyday.stream().filter(c -> c.code().equals("TV5MONDE_FLE")).findFirst().orElseThrow();
        assertThat(tv5.levelMin()).isEqualTo(LanguageLevel.A1);
        assertThat(tv5.levelMax()).isEqualTo(LanguageLevel.C1);
        assertThat(tv5.text().title()).as("English text").doesNotContain("Apprendre");
        assertThat(everyday).allSatisfy(c -> assertThat(c.needCodes()).containsAnyOf("FRENCH_EVERYDAY", "FRENCH"));
        assertThat(catalogue.offeredSubNeeds("luneville", "FRENCH", Language.FR)).extracting(NeedTile::code)
                .contains("FRENCH_EVERYDAY").allMatch(code -> code.startsWith("FRENCH_"));
    }

    @Test
    void aSwitchedOffOfferIsNotShown() {
        var disabled = dsl.select(BRANCH.CODE, RESOURCE.CODE).from(OFFER)
                .join(BRANCH).on(BRANCH.ID.eq(OFFER.BRANCH_ID)).join(RESOURCE).on(RESOURCE.ID.eq(OFFER.RESOURCE_ID))
                .where(OFFER.ENABLED.isFalse()).fetch();
        assertThat(disabled).as("the demo catalogue has switched-off offers").isNotEmpty();

        for (var offer : disabled) {
            List<String> needsOfResource = dsl.select(NEED.CODE).from(RESOURCE_NEED).join(NEED)
                    .on(NEED.ID.eq(RESOURCE_NEED.NEED_ID)).join(RESOURCE).on(RESOURCE.ID.eq(RESOURCE_NEED.RESOURCE_ID))
                    .where(RESOURCE.CODE.eq(offer.value2())).fetch(NEED.CODE);
            for (String need : needsOfResource) {
                assertThat(catalogue.offeredResources(offer.value1(), need, Language.FR))
                        .extracting(ResourceCard::code).doesNotContain(offer.value2());
            }
        }
    }

    @Test
    void anUnknownBranchOffersNothing() {
        assertThat(catalogue.offeredNeeds("atlantis", Language.FR)).isEmpty();
        assertThat(catalogue.offeredResources("atlantis", "JOB", Language.FR)).isEmpty();
    }
}
