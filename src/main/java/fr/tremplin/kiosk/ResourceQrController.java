package fr.tremplin.kiosk;

import fr.tremplin.catalogue.CatalogueService;
import fr.tremplin.core.qr.QrCodes;
import fr.tremplin.core.security.SecurityConfiguration;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The QR code of a resource's web address, as an SVG image: what a patron photographs to go on at home. Served
 * apart from the kiosk screen so the image costs no memory in the patron's session and browsers can cache it;
 * only addresses of the catalogue are encoded.
 */
@Controller
class ResourceQrController {

    private final CatalogueService catalogue;

    ResourceQrController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping(SecurityConfiguration.KIOSK_QR_PATH + "{resourceCode}.svg")
    ResponseEntity<String> qrCode(@PathVariable String resourceCode) {
        return catalogue.resourceUrl(resourceCode)
                .map(url -> ResponseEntity.ok()
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                        .body(QrCodes.svg(url)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
