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
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getCookies() == null) {
            return null;
        }
        Optional<String> token = Arrays.stream(request.getCookies())
                .filter(c -> KioskService.COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst();
        return token.flatMap(kiosks::recognise).filter(k -> k.branchCode().equals(branchCode))
                .map(RegisteredKiosk::id).orElse(null);
    }
}
