package fr.tremplin.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Opened once on a kiosk PC (from the link or QR code shown at registration): stores the kiosk's token in a
 * long-lived, HttpOnly, SameSite=Strict cookie and goes on to the branch's kiosk. The same link can be the kiosk
 * browser's start page, so a browser that forgets cookies (incognito) registers again at each start.
 */
@Controller
class KioskRegistrationController {

    private static final Duration COOKIE_LIFETIME = Duration.ofDays(5 * 365);

    private final KioskService kiosks;

    KioskRegistrationController(KioskService kiosks) {
        this.kiosks = kiosks;
    }

    @GetMapping(KioskService.REGISTRATION_PATH + "{token}")
    ResponseEntity<String> register(@PathVariable String token,
            @RequestParam(name = "launcher", required = false) String launcher, HttpServletRequest request) {
        // The kiosk launcher's port (README, "Launch a kiosk PC") goes on to the kiosk; anything else is dropped.
        String query = launcher != null && launcher.matches("[0-9]{4,5}") ? "?launcher=" + launcher : "";
        return kiosks.recognise(token)
                .map(kiosk -> ResponseEntity.status(HttpStatus.FOUND)
                        .header(HttpHeaders.SET_COOKIE, ResponseCookie.from(KioskService.COOKIE, token)
                                .httpOnly(true).secure(request.isSecure()).sameSite("Strict").path("/")
                                .maxAge(COOKIE_LIFETIME).build().toString())
                        .header(HttpHeaders.LOCATION, request.getContextPath() + "/kiosk/" + kiosk.branchCode() + query)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .<String>build())
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .body(INVALID));
    }

    private static final String INVALID = """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Tremplin</title></head>
            <body style="font: 20px/1.5 sans-serif; margin: 2em">
            <h1>Lien d'enregistrement non valable</h1>
            <p>Ce lien d'enregistrement de poste n'est pas (ou plus) valable : il a été révoqué ou mal recopié.
            Demandez un nouveau lien à un administrateur de Tremplin.</p>
            <h1 lang="en">Registration link not valid</h1>
            <p lang="en">This kiosk registration link is not (or no longer) valid: it was revoked or mistyped.
            Ask a Tremplin administrator for a new one.</p>
            </body></html>
            """;
}
