package fr.tremplin.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.admin.KioskService;
import fr.tremplin.admin.NewKiosk;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TremplinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** Headers, cookies, health and links as a browser, a proxy or an attacker meets them, through real requests. */
@TremplinTest
class HttpHardeningTest {

    @LocalServerPort
    int port;
    @Autowired
    KioskService kiosks;
    @Autowired
    DSLContext dsl;
    @Autowired
    Environment environment;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private StaffFixtures fixtures;

    @AfterEach
    void cleanUp() {
        if (fixtures != null) {
            fixtures.cleanUp();
        }
    }

    @Test
    void everyPageForbidsFramingReferrersAndDevices() throws Exception {
        for (String path : List.of("/kiosk/luneville", "/staff/login", "/")) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(header(response, "Content-Security-Policy")).as(path)
                    .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
            assertThat(header(response, "X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(header(response, "Referrer-Policy")).as(path).isEqualTo("no-referrer");
            assertThat(header(response, "Permissions-Policy")).as(path).contains("camera=()", "microphone=()",
                    "geolocation=()");
        }
    }

    @Test
    void theStylesheetAndItsFontsAreServedToAnyone() throws Exception {
        HttpResponse<String> css = get("/styles/tremplin.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("@font-face");
        assertThat(get("/styles/fonts/noto-naskh-arabic-arabic-400-normal.woff2").statusCode()).isEqualTo(200);
    }

    @Test
    void theFirstHtmlOfAPageHasItsTitle() throws Exception {
        assertThat(get("/kiosk/luneville").body()).containsPattern("<title>[^<]+</title>");
    }

    @Test
    void healthSaysUpWithoutSignInAndWithoutDetailsOrSession() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).contains("\"status\":\"UP\"")
                    .doesNotContain("components", "details", "db", "diskSpace");
            assertThat(response.headers().allValues("Set-Cookie")).as(path + " creates no session").isEmpty();
        }
    }

    @Test
    void nothingElseOfActuatorIsReachable() throws Exception {
        for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
                "/actuator/heapdump", "/actuator/loggers")) {
            HttpResponse<String> response = get(path);

            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("\"_links\"", "propertySources", "\"levels\"");
        }
    }

    @Test
    void behindATlsProxyTheSessionAndKioskCookiesAreSecure() throws Exception {
        fixtures = new StaffFixtures(dsl);
        StaffFixtures.signIn(fixtures.create("tls", StaffRole.BRANCH_ADMIN, "longwy"));
        NewKiosk kiosk = kiosks.register("longwy", "Borne TLS");
        StaffFixtures.signOut();

        HttpResponse<String> plain = get(kiosk.registrationPath());
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(uri(kiosk.registrationPath()))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(header(plain, "Set-Cookie")).startsWith(KioskService.COOKIE + "=").doesNotContain("Secure");
        assertThat(header(proxied, "Set-Cookie")).startsWith(KioskService.COOKIE + "=").contains("Secure",
                "HttpOnly");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/staff/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(c -> assertThat(c).contains("Secure"));
    }

    @Test
    void onlyAProxyOnThisMachineIsBelievedByDefault() {
        String trusted = environment.getProperty("server.tomcat.remoteip.internal-proxies");

        assertThat("127.0.0.1").matches(trusted);
        assertThat("::1").matches(trusted);
        for (String libraryPc : List.of("10.0.0.12", "192.168.1.20", "172.16.5.4", "169.254.1.1")) {
            assertThat(libraryPc).as("a PC of the network cannot claim another address").doesNotMatch(trusted);
        }
    }

    @Test
    void linksHandedOutUseTheConfiguredAddressNeverTheRequestsHost() {
        fixtures = new StaffFixtures(dsl);
        StaffFixtures.signIn(fixtures.create("link", StaffRole.BRANCH_ADMIN, "longwy"));

        NewKiosk kiosk = kiosks.register("longwy", "Borne lien");

        assertThat(kiosk.registrationLink()).isEqualTo("https://tremplin.test" + kiosk.registrationPath());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
