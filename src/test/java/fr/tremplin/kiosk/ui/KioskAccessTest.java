package fr.tremplin.kiosk.ui;

import static fr.tremplin.core.db.jooq.Tables.CREDENTIAL;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.SESSION_EVENT;
import static fr.tremplin.core.db.jooq.Tables.STAFF_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import fr.tremplin.core.db.jooq.enums.SessionEventType;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.credential.DemoPools;
import fr.tremplin.kiosk.PatronSessionService;
import fr.tremplin.support.ViewTest;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** "Get my access" for each access mode, on the demo pools. */
class KioskAccessTest extends ViewTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    PatronSessionService sessions;
    @Autowired
    ApplicationContext context;

    @Test
    void aCodeIsTakenOnceShownLeftToRightAndGoesWithTheSession() {
        DemoPools.topUp(context, "luneville", "CODECLIC", 3);
        toResource("luneville", "lang-ar", "need-DRIVING", "subneed-DRIVING_LEARN", "level-B1", "CODECLIC");
        click("get-access");

        assertThat(visible("get-access")).isFalse();
        String login = text("credential-login");
        assertThat(login).isNotBlank();
        assertThat(get(Component.class, "credential-login").getElement().getAttribute("dir")).isEqualTo("ltr");
        assertThat(text("credential-secret")).isNotBlank();
        assertThat(all(Component.class, "print-slip")).hasSize(1);
        assertThat(all(Image.class, "credential-qr")).as("CODECLIC has no address to put in a QR code").isEmpty();
        assertThat(text("credential-slip")).contains(login, "Votre accès à un site");
        long issuedToSession = dsl.fetchCount(CREDENTIAL, CREDENTIAL.PATRON_SESSION_ID.eq(currentSession()));
        assertThat(issuedToSession).isEqualTo(1);

        // Back to the results and in again: the same credential, not a second one.
        click("back");
        click("resource-card-CODECLIC");
        assertThat(text("credential-login")).isEqualTo(login);
        assertThat(visible("get-access")).isFalse();
        assertThat(dsl.fetchCount(CREDENTIAL, CREDENTIAL.PATRON_SESSION_ID.eq(currentSession()))).isEqualTo(1);
        assertThat(dsl.fetchCount(SESSION_EVENT, SESSION_EVENT.PATRON_SESSION_ID.eq(currentSession())
                .and(SESSION_EVENT.TYPE.eq(SessionEventType.ACCESS_TAKEN)))).isEqualTo(1);

        click("start-again");
        assertThat(all(Component.class, "credential-login")).isEmpty();
        toResource("luneville", "lang-ar", "need-DRIVING", "subneed-DRIVING_LEARN", "level-B1", "CODECLIC");
        assertThat(visible("get-access")).as("a new patron starts without anything").isTrue();
        assertThat(all(Component.class, "credential-login")).isEmpty();
    }

    @Test
    void aPoolWithCardCheckAsksForTheCardOnLargeKeys() {
        DemoPools.topUp(context, "luneville", "VODECLIC", 2);
        toResource("luneville", "lang-fr", "need-DIGITAL", "subneed-DIGITAL_OFFICE", "level-B1", "VODECLIC");
        click("get-access");
        assertThat(((com.vaadin.flow.component.HasEnabled) get(Component.class, "card-ok")).isEnabled()).isFalse();
        String card = String.valueOf(System.nanoTime() % 100_000_000L);
        for (char digit : card.toCharArray()) {
            click("card-key-" + digit);
        }
        click("card-key-erase");
        click("card-key-" + card.charAt(card.length() - 1));
        assertThat(text("card-number")).isEqualTo(card);
        click("card-ok");
        assertThat(text("credential-login")).isNotBlank();
        assertThat(text("credential-valid-until")).contains("Vous pouvez l'utiliser jusqu'au");

        click("start-again");
        toResource("luneville", "lang-fr", "need-DIGITAL", "subneed-DIGITAL_OFFICE", "level-B1", "VODECLIC");
        click("get-access");
        for (char digit : card.toCharArray()) {
            click("card-key-" + digit);
        }
        click("card-ok");
        assertThat(text("access-refused-text")).contains("a déjà un code");
        assertThat(all(Tile.class, "access-call-librarian")).hasSize(1);
    }

    @Test
    void aSharedAccountIsShownButNeverPrintedNorInAQrCode() {
        toResource("luneville", "lang-en", "need-LANGUAGES", "subneed-LANGUAGES_ENGLISH", "level-B1",
                "ENGLISH_TEST_PREP");
        click("get-access");
        assertThat(text("credential-login")).startsWith("DEMO-");
        assertThat(text("credential-keep")).contains("library only");
        assertThat(all(Component.class, "print-slip")).isEmpty();
        assertThat(all(Component.class, "credential-qr")).isEmpty();
        assertThat(all(Component.class, "credential-slip")).isEmpty();
    }

    @Test
    void aPersonalAccountGivesATicketTheStaffSee() {
        toResource("longwy", "lang-fr", "need-EXAM", "subneed-EXAM_DAEU", "level-B1", "DAEU_PREP");
        click("get-access");
        String ticket = text("staff-request-ticket");
        assertThat(ticket).matches("[0-9]{4}");
        assertThat(dsl.fetchCount(STAFF_REQUEST, STAFF_REQUEST.TICKET_NUMBER.eq(ticket)
                .and(STAFF_REQUEST.PATRON_SESSION_ID.eq(currentSession())))).isEqualTo(1);
    }

    @Test
    void anEmptyPoolIsSaidKindlyWithTheLibrarianOneTapAway() {
        DemoPools.empty(context, "moselle-et-madon", "CODECLIC");
        toResource("moselle-et-madon", "lang-uk", "need-DRIVING", "subneed-DRIVING_LEARN", "level-B1", "CODECLIC");
        click("get-access");
        assertThat(text("access-refused-text")).matches("(?s).*\\p{IsCyrillic}.*");
        click("access-call-librarian");
        assertThat(all(Component.class, "credential-login")).isEmpty();
    }

    private void toResource(String branch, String language, String need, String subNeed, String level,
            String resource) {
        UI.getCurrent().navigate("kiosk/" + branch);
        click(language);
        click(need);
        if (!all(Tile.class, subNeed).isEmpty()) {
            click(subNeed);
        }
        if (!all(Tile.class, level).isEmpty()) {
            click(level);
        }
        click("constraints-skip");
        click("resource-card-" + resource);
    }

    private byte[] currentSession() {
        sessions.flush();
        return dsl.select(PATRON_SESSION.ID).from(PATRON_SESSION).orderBy(PATRON_SESSION.STARTED_AT.desc()).limit(1)
                .fetchOne().value1();
    }

    private boolean visible(String id) {
        Optional<Component> component = all(Component.class, id).stream().findFirst();
        return component.isPresent() && component.get().isVisible();
    }

    private String text(String id) {
        return all(Component.class, id).get(0).getElement().getTextRecursively();
    }
}
