package fr.tremplin.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import fr.tremplin.support.TremplinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@TremplinTest
class ResourceQrControllerTest {

    @LocalServerPort
    int port;

    @Test
    void servesTheQrCodeOfACatalogueResourceToAnyone() throws Exception {
        HttpResponse<String> response = get("/kiosk-qr/TV5MONDE_FLE.svg");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("image/svg+xml"));
        assertThat(response.body()).startsWith("<svg").contains("<path");
    }

    @Test
    void encodesNothingButCatalogueAddresses() throws Exception {
        assertThat(get("/kiosk-qr/NO_SUCH_RESOURCE.svg").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
