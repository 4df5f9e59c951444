package fr.tremplin.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.workshop.WorkshopChoices;
import fr.tremplin.workshop.Workshops.SeatCredential;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

/**
 * The librarian's sheet of slips after a hand-out: one slip per seat (seat number, resource, login and code, valid
 * until), to cut and hand over. On paper only the sheet prints ({@code print-sheet}, A4, see the stylesheet).
 */
class WorkshopSlips extends Div {

    WorkshopSlips(String workshopTitle, String resourceCode, List<SeatCredential> slips, WorkshopChoices choices) {
        setId("workshop-slips");
        addClassName("workshop-slips");
        Button print = new Button(getTranslation("staff.workshop.slips.print"),
                e -> getElement().executeJs("window.print()"));
        print.setId("workshop-slips-print");
        Div sheet = new Div();
        sheet.addClassNames("print-sheet", "workshop-slip-sheet");
        sheet.add(new H3(getTranslation("staff.workshop.slips.title", workshopTitle)));
        String resource = choices.resourceName(resourceCode);
        for (SeatCredential slip : slips) {
            Div card = new Div(new Span(getTranslation("staff.workshop.seat", slip.seatNumber())),
                    new Span(resource));
            card.setId("workshop-slip-" + slip.seatNumber());
            card.addClassName("workshop-slip");
            if (slip.credential().login() != null) {
                card.add(value("staff.workshop.slips.login", slip.credential().login()));
            }
            if (slip.credential().secret() != null) {
                card.add(value("staff.workshop.slips.code", slip.credential().secret()));
            }
            if (slip.credential().validUntil() != null) {
                card.add(new Span(getTranslation("staff.workshop.slips.until", slip.credential().validUntil()
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())))));
            }
            sheet.add(card);
        }
        if (slips.isEmpty()) {
            sheet.add(new Paragraph(getTranslation("staff.workshop.slips.none")));
        }
        add(print, sheet);
    }

    private Div value(String labelKey, String value) {
        Span text = new Span(value);
        text.addClassName("workshop-slip-value");
        return new Div(new Span(getTranslation(labelKey) + " "), text);
    }
}
