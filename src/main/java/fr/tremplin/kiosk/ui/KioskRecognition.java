package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.UI;
import fr.tremplin.admin.KioskService;
import fr.tremplin.core.health.DatabaseAvailability;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Which registered kiosk PC a browser is: at once when a kiosk page opens, in the background between patrons. */
@Component
class KioskRecognition {

    private final KioskService kiosks;
    private final DatabaseAvailability availability;
    private final Executor background;

    KioskRecognition(KioskService kiosks, DatabaseAvailability availability,
            @Qualifier("applicationTaskExecutor") Executor background) {
        this.kiosks = kiosks;
        this.availability = availability;
        this.background = background;
    }

    /** The kiosk id of this browser for {@code branchCode}, or null when it is not one of its registered PCs. */
    Long now(String branchCode) {
        return KioskCookie.kioskId(kiosks, branchCode);
    }

    /**
     * Checks again in the background (a kiosk revoked during the day stops counting as registered), so that a slow
     * database never holds up the screen; {@code apply} then runs in the UI's thread. During a database outage
     * nothing is applied: the kiosk keeps the registration it had.
     */
    void later(String branchCode, Consumer<Long> apply) {
        Optional<String> token = KioskCookie.token();
        UI ui = UI.getCurrent();
        background.execute(() -> {
            try {
                Long kioskId = KioskCookie.kioskId(kiosks, token, branchCode);
                ui.access(() -> apply.accept(kioskId));
            } catch (RuntimeException e) {
                if (!availability.reportFailure(e)) {
                    throw e;
                }
            }
        });
    }
}
