package fr.tremplin.admin;

import static fr.tremplin.core.db.jooq.Tables.KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.core.security.StaffRole;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TremplinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Kiosk registration: the token is shown once and stored hashed; the link sets the cookie; revoking stops it. */
@TremplinTest
class KioskServiceTest {

    @Autowired
    KioskService kiosks;
    @Autowired
    DSLContext dsl;
    @LocalServerPort
    int port;

    StaffFixtures fixtures;

    @BeforeEach
    void signIn() {
        fixtures = new StaffFixtures(dsl);
        StaffFixtures.signIn(fixtures.create("kadmin", StaffRole.BRANCH_ADMIN, "longwy"));
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void aRegisteredKioskIsRecognisedUntilRevokedAndOnlyTheHashIsStored() {
        NewKiosk created = kiosks.register("longwy", "  Borne de l'entrée ");

        assertThat(created.kiosk().label()).isEqualTo("Borne de l'entrée");
        byte[] stored = dsl.select(KIOSK.TOKEN_HASH).from(KIOSK).where(KIOSK.ID.eq(created.kiosk().id())).fetchOne()
                .value1();
        assertThat(stored).hasSize(32).isEqualTo(KioskService.hash(created.token()))
                .isNotEqualTo(created.token().getBytes(StandardCharsets.US_ASCII));
        assertThat(kiosks.recognise(created.token())).contains(created.kiosk());
        assertThat(kiosks.kiosks("longwy")).filteredOn(k -> k.id() == created.kiosk().id())
                .singleElement().satisfies(k -> assertThat(k.lastSeenAt()).isNotNull());
        assertThat(kiosks.recognise(null)).isEmpty();
        assertThat(kiosks.recognise(" ")).isEmpty();
        assertThat(kiosks.recognise(created.token().substring(1) + "A")).isEmpty();

        kiosks.revoke(created.kiosk().id());

        assertThat(kiosks.recognise(created.token())).isEmpty();
    }

    @Test
    void theRegistrationLinkSetsALongLivedStrictHttpOnlyCookieAndOpensTheBranchsKiosk() throws Exception {
        NewKiosk created = kiosks.register("longwy", "Borne 2");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + created.registrationPath())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/kiosk/longwy");
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(KioskService.COOKIE + "=" + created.token() + ";").contains("HttpOnly",
                "SameSite=Strict", "Path=/", "Max-Age=");

        kiosks.revoke(created.kiosk().id());
        HttpResponse<String> revoked = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + created.registrationPath())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).contains("Lien d'enregistrement non valable");
        assertThat(revoked.headers().firstValue("Set-Cookie")).isEmpty();
    }
}
