package fr.tremplin.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import fr.tremplin.core.health.DatabaseAvailability;
import org.springframework.stereotype.Component;

/**
 * A tap or a save that meets a database outage: a kiosk shows its resting screen, a staff screen says that
 * nothing was saved. Any other error goes to Vaadin's usual handling (logged, no English page for patrons).
 */
@Component
class OutageErrorHandling implements VaadinServiceInitListener {

    private final DatabaseAvailability availability;
    private final DefaultErrorHandler fallback = new DefaultErrorHandler();

    OutageErrorHandling(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null || !availability.reportFailure(event.getThrowable())) {
            fallback.error(event);
            return;
        }
        if (ui.getCurrentView() instanceof OutageAware view) {
            view.databaseOutage();
        } else {
            Notification notice = Notification.show(ui.getTranslation("staff.database.unavailable"), 8000,
                    Notification.Position.MIDDLE);
            notice.setId("database-unavailable");
        }
    }
}
