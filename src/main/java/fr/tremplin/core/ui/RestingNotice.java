package fr.tremplin.core.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import fr.tremplin.core.health.DatabaseAvailability;
import fr.tremplin.core.i18n.Language;

/**
 * "Tremplin is resting for a moment": what a patron sees while the database is out of reach, in the screen's
 * language and in French below it (for the librarian who comes). It asks the server every two seconds whether
 * the database answers again, and then calls its {@code onBack}, without a reload.
 */
public class RestingNotice extends Div {

    static final int POLL_MILLIS = 2000;
    private Registration polling;

    public RestingNotice(Language language) {
        setId("resting");
        addClassNames("screen", "resting");
        getElement().setAttribute("role", "alert");
        Icon hourglass = VaadinIcon.HOURGLASS.create();
        hourglass.addClassName("resting-icon");
        hourglass.getElement().setAttribute("aria-hidden", "true");
        H1 title = new H1(getTranslation(language.locale(), "kiosk.resting.title"));
        title.setId("resting-title");
        add(hourglass, title, new Paragraph(getTranslation(language.locale(), "kiosk.resting.text")));
        if (language != Language.FR) {
            Div french = new Div(new H2(getTranslation(Language.FR.locale(), "kiosk.resting.title")),
                    new Paragraph(getTranslation(Language.FR.locale(), "kiosk.resting.text")));
            french.getElement().setAttribute("lang", "fr");
            french.getElement().setAttribute("dir", "ltr");
            french.addClassName("resting-french");
            add(french);
        }
    }

    /** Polls until the database answers, then stops polling and runs {@code onBack} in the UI's thread. */
    public void waitFor(UI ui, DatabaseAvailability availability, Runnable onBack) {
        stop(ui);
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(event -> {
            if (availability.isAvailable()) {
                stop(ui);
                onBack.run();
            }
        });
    }

    private void stop(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
