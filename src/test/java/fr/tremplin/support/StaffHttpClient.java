package fr.tremplin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser, as far as sign-in goes, on the running application: its own cookies (so its own HTTP session) and
 * its own loopback address (127.0.1.1, 127.0.1.2 ...), so the per-address sign-in throttle of one test never
 * touches another's, nor the browser tests' 127.0.0.1. Redirects are not followed: tests read where they lead.
 */
public final class StaffHttpClient {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final int port;
    private final String address;
    private final HttpClient http;

    public StaffHttpClient(int port) {
        int n = CLIENTS.getAndIncrement();
        this.port = port;
        this.address = "127.0." + (1 + n / 250) + "." + (1 + n % 250);
        try {
            this.http = HttpClient.newBuilder().localAddress(InetAddress.getByName(address))
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client address the application sees. */
    public String address() {
        return address;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    /** The CSRF token of this client's session, as the login page gives it to the browser. */
    public String csrfToken() {
        HttpResponse<String> page = get("/staff/login");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the login page carries the session's CSRF token").isTrue();
        return token.group(1);
    }

    /** Posts the login form as the browser does, with a fresh token; @return where the answer redirects to. */
    public String signIn(String username, String password) {
        return redirect(post(username, password, csrfToken()));
    }

    /** Posts the login form with this token, or none when null. */
    public HttpResponse<String> post(String username, String password, String csrfToken) {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (csrfToken == null ? "" : "&_csrf=" + encode(csrfToken));
        return send(HttpRequest.newBuilder(uri("/staff/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** @return the Location of a redirect, failing if the answer is not one */
    public static String redirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
