package fr.tremplin.kiosk.ui;

import com.vaadin.flow.server.VaadinRequest;
import fr.tremplin.admin.KioskService;
import fr.tremplin.admin.RegisteredKiosk;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;

/** Which registered kiosk PC this browser is, from the token its registration link left in a cookie. */
final class KioskCookie {

    private KioskCookie() {
    }

    /** The kiosk id when this browser is a registered kiosk of {@code branchCode}; otherwise unregistered. */
    static Long kioskId(KioskService kiosks, String branchCode) {
        return kioskId(kiosks, token(), branchCode);
    }

    /** The same, for a token read earlier from the request (so it can be checked outside the request). */
    static Long kioskId(KioskService kiosks, Optional<String> token, String branchCode) {
        return token.flatMap(kiosks::recognise).filter(k -> k.branchCode().equals(branchCode))
                .map(RegisteredKiosk::id).orElse(null);
    }

    /** The registration token in the current request's cookies, if any. */
    static Optional<String> token() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> KioskService.COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }
}
