package fr.tremplin.kiosk.ui;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import fr.tremplin.core.db.jooq.enums.PatronSessionEndReason;
import fr.tremplin.core.db.jooq.enums.PatronSessionLevelSource;
import fr.tremplin.core.db.jooq.tables.records.PatronSessionRecord;
import fr.tremplin.core.domain.LanguageLevel;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.kiosk.PatronSessionService;
import fr.tremplin.support.ViewTest;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The patron journey screen by screen, on the demo catalogue. */
class KioskJourneyTest extends ViewTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PatronSessionService sessions;

    @Test
    void aFrenchJobSeekerFindsACvResourceAndWhyItFits() {
        open("luneville", "lang-fr");
        assertThat(visible("back")).isTrue();
        assertThat(visible("lang-switch-fr")).as("already French").isFalse();

        click("need-JOB");
        assertThat(ids(Tile.class, "subneed-")).contains("subneed-JOB_CV", "subneed-JOB_SEARCH");
        click("subneed-JOB_CV");
        assertThat(ids(Tile.class, "level-")).containsExactly("level-ALPHA", "level-A1", "level-A2", "level-B1",
                "level-B2", "level-C1", "level-check");
        click("level-B1");
        click("constraints-skip");

        List<String> cards = ids(Div.class, "resource-card-");
        assertThat(cards).contains("resource-card-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW")
                .doesNotContain("resource-card-LA_BONNE_BOITE", "resource-card-TV5MONDE_FLE");
        assertThat(text("resource-why-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW")).contains("Pour votre niveau",
                "Pour ce que vous voulez faire");

        click("resource-card-FRANCE_TRAVAIL_MOOC_CV_INTERVIEW");
        assertThat(text("screen-question")).isNotBlank();
        assertThat(text("resource-why")).contains("Pour votre niveau");
        assertThat(text("get-access")).contains("Ouvrir le site");
        assertThat(text("access-steps")).contains("C'est gratuit.");
        assertThat(visible("qr-panel")).isFalse();
        click("qr-home");
        assertThat(visible("qr-panel")).isTrue();
        assertThat(all(Image.class)).singleElement().satisfies(qr -> assertThat(qr.getSrc())
                .isEqualTo("kiosk-qr/FRANCE_TRAVAIL_MOOC_CV_INTERVIEW.svg"));

        PatronSessionRecord session = lastSession("luneville");
        assertThat(session.getLanguageLevel()).isEqualTo(LanguageLevel.B1);
        assertThat(session.getLevelSource()).isEqualTo(PatronSessionLevelSource.CHOSEN);
    }

    @Test
    void theQuickCheckPlacesAndExplainsTheLevel() {
        open("nancy-plateau-de-haye", "lang-ar");
        click("need-FRENCH");
        click("subneed-FRENCH_EVERYDAY");
        click("level-check");
        assertThat(text("check-progress")).contains("1");
        click("check-yes");
        click("check-yes");
        click("check-no");

        assertThat(text("check-result")).contains("A1");
        assertThat(text("check-result-meaning")).matches("(?s).*\\p{InArabic}.*");
        click("check-continue");
        click("constraints-skip");

        assertThat(ids(Div.class, "resource-card-")).contains("resource-card-TV5MONDE_FLE")
                .doesNotContain("resource-card-LE_KIOSK", "resource-card-RFI_FRANCAIS_FACILE");
        assertThat(lastSession("nancy-plateau-de-haye").getLevelSource()).isEqualTo(PatronSessionLevelSource.CHECK);
    }

    @Test
    void homeAndPhoneNarrowTheResults() {
        open("luneville", "lang-fr");
        click("need-FRENCH");
        click("subneed-FRENCH_EVERYDAY");
        click("level-A2");
        click("where-HOME");
        click("device-PHONE");
        click("constraints-done");

        assertThat(ids(Div.class, "resource-card-")).contains("resource-card-TV5MONDE_FLE")
                .doesNotContain("resource-card-ROSETTA_STONE_FRENCH");
    }

    @Test
    void whenNothingFitsTheClosestAreShownWithHelp() {
        open("luneville", "lang-fr");
        click("need-JOB");
        click("subneed-JOB_CV");
        click("level-ALPHA");
        click("constraints-skip");

        assertThat(text("no-fit")).contains("bibliothécaire");
        assertThat(ids(Div.class, "resource-card-")).isNotEmpty();
        click("no-fit-help");
        assertThat(text("screen-question")).isEqualTo("Voici les sites les plus proches");
    }

    @Test
    void aResourceThatNeedsACodeExplainsHowToGetOne() {
        open("luneville", "lang-fr");
        click("need-DRIVING");
        if (ids(Tile.class, "subneed-").contains("subneed-DRIVING_LEARN")) {
            click("subneed-DRIVING_LEARN");
        }
        click("level-B1");
        click("constraints-skip");
        click("resource-card-CODECLIC");

        assertThat(text("get-access")).contains("Obtenir mon accès");
        assertThat(text("access-steps")).contains("L'écran montre votre code.");
        assertThat(all(Tile.class, "qr-home")).isEmpty();
    }

    @Test
    void backGoesToThePreviousScreenAndFrenchIsOneTapAway() {
        open("luneville", "lang-uk");
        click("need-JOB");
        assertThat(visible("lang-switch-fr")).isTrue();

        click("lang-switch-fr");
        assertThat(text("screen-question")).isEqualTo("Que voulez-vous faire exactement ?");
        click("back");
        assertThat(text("screen-question")).isEqualTo("Que voulez-vous faire ?");
        click("back");
        assertThat(all(Tile.class, "lang-fr")).hasSize(1);
    }

    @Test
    void endingAsksOneQuestionThenClearsTheKiosk() {
        open("luneville", "lang-fr");
        click("need-JOB");
        click("end-session");
        click("satisfaction-3");

        assertThat(all(Tile.class, "lang-fr")).hasSize(1);
        assertThat(visible("end-session")).isFalse();
        assertThat(lastSession("luneville").getEndReason()).isEqualTo(PatronSessionEndReason.DONE);
    }

    @Test
    void startAgainEndsTheSessionAndReturnsToTheLanguages() {
        open("luneville", "lang-es");
        click("need-JOB");
        click("start-again");

        assertThat(all(Tile.class, "need-JOB")).isEmpty();
        assertThat(all(Tile.class, "lang-es")).hasSize(1);
        assertThat(lastSession("luneville").getEndReason()).isEqualTo(PatronSessionEndReason.RESTARTED);
    }

    @Test
    void anIdleKioskWarnsThenResets() {
        open("luneville", "lang-fr");
        click("need-JOB");
        click("text-size");
        KioskView view = $(KioskView.class).single();

        view.idle();
        assertThat(get(Div.class, "idle-warning").isAttached()).isTrue();
        click("idle-continue");
        assertThat(all(Div.class, "idle-warning")).isEmpty();
        assertThat(all(Tile.class, "subneed-JOB_CV")).hasSize(1);

        view.idle();
        view.idleExpired();
        assertThat(all(Tile.class, "lang-fr")).hasSize(1);
        assertThat(all(Tile.class, "subneed-JOB_CV")).isEmpty();
        assertThat(get(Component.class, "text-size").getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(lastSession("luneville").getEndReason()).isEqualTo(PatronSessionEndReason.IDLE);
    }

    @Test
    void anUntouchedLanguageScreenDoesNotWarn() {
        UI.getCurrent().navigate("kiosk/luneville");
        $(KioskView.class).single().idle();
        assertThat(all(Div.class, "idle-warning")).isEmpty();
    }

    private void open(String branch, String languageTile) {
        UI.getCurrent().navigate("kiosk/" + branch);
        assertThat(visible("back")).isFalse();
        click(languageTile);
    }

    private boolean visible(String id) {
        Optional<Component> component = all(Component.class, id).stream().findFirst();
        return component.isPresent() && component.get().isVisible();
    }

    /** Text of the component with that id (a composite and its content share one). */
    private String text(String id) {
        return all(Component.class, id).get(0).getElement().getTextRecursively();
    }

    private <T extends Component> List<String> ids(Class<T> type, String prefix) {
        return all(type).stream().map(c -> c.getId().orElse("")).filter(id -> id.startsWith(prefix)).toList();
    }

    private PatronSessionRecord lastSession(String branch) {
        sessions.flush();
        return dsl.select(PATRON_SESSION.fields()).from(PATRON_SESSION).join(BRANCH)
                .on(BRANCH.ID.eq(PATRON_SESSION.BRANCH_ID)).where(BRANCH.CODE.eq(branch))
                .orderBy(PATRON_SESSION.STARTED_AT.desc()).limit(1).fetchOneInto(PATRON_SESSION);
    }

}
