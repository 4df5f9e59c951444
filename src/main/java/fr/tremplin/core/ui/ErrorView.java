package fr.tremplin.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.tremplin.core.health.DatabaseAvailability;
import fr.tremplin.core.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Instead of Vaadin's English error page, whatever the screen: while the database is out of reach, the resting
 * notice in the screen's language, which comes back to the asked page by itself; for any other failure, a short
 * apology in that language and a way to start again.
 */
@AnonymousAllowed
public class ErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final DatabaseAvailability availability;

    ErrorView(DatabaseAvailability availability) {
        this.availability = availability;
        setId("error-view");
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        UI ui = event.getUI();
        Language language = Language.of(ui.getLocale());
        PageLanguage.apply(ui, language);
        removeAll();
        if (availability.reportFailure(parameter.getCaughtException())) {
            RestingNotice notice = new RestingNotice(language);
            add(notice);
            notice.waitFor(ui, availability, () -> ui.refreshCurrentRoute(true));
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        log.error("Could not show {}", event.getLocation().getPath(), parameter.getCaughtException());
        String path = "/" + event.getLocation().getPathWithQueryParameters();
        H1 title = new H1(getTranslation("kiosk.error.title"));
        Button again = new Button(getTranslation("kiosk.start-again"), e -> ui.getPage().setLocation(path));
        again.setId("error-start-again");
        again.addClassName("main-action");
        Div box = new Div(title, new Paragraph(getTranslation("kiosk.error.text")), again);
        box.addClassName("screen");
        add(box);
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
