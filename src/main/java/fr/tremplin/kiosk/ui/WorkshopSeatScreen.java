package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.domain.Audience;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The kiosk has joined: its seat number, big, and one optional question (who the patron is, counted anonymously
 * for the report), then "Start".
 */
class WorkshopSeatScreen extends KioskScreen {

    private static final Map<Audience, String> PICTOGRAMS = Map.of(Audience.JOB_SEEKER, "briefcase",
            Audience.FRENCH_LEARNER, "comments-o", Audience.EXAM_CANDIDATE, "academy-cap", Audience.OTHER, "ellipsis-h");

    WorkshopSeatScreen(String title, int seatNumber, Consumer<Audience> onAudience, Runnable onStart) {
        super("workshop-seat-screen");
        question(getTranslation("kiosk.workshop.seat.title"));
        Paragraph name = new Paragraph(title);
        name.addClassName("workshop-seat-title");
        Span number = new Span(getTranslation("kiosk.workshop.seat.number", seatNumber));
        number.setId("workshop-seat-number");
        number.addClassName("workshop-seat-number");
        ReadAloud.speak(number);
        Paragraph ask = ReadAloud.speak(new Paragraph(getTranslation("kiosk.workshop.audience.question")));
        getContent().add(name, number, ask);
        Div tiles = tiles();
        for (Audience audience : Audience.values()) {
            Tile tile = new Tile("workshop-audience-" + audience.name(), PICTOGRAMS.get(audience),
                    getTranslation("kiosk.workshop.audience." + audience.name()));
            ReadAloud.speak(tile.label());
            tile.addClickListener(e -> {
                tiles.getChildren().forEach(c -> c.getElement().getClassList().remove("chosen"));
                tile.addClassName("chosen");
                tile.getElement().setAttribute("aria-pressed", "true");
                onAudience.accept(audience);
            });
            tiles.add(tile);
        }
        Tile start = new Tile("workshop-start", "arrow-right", getTranslation("kiosk.workshop.start"));
        start.addClassName("main-action");
        start.addClickListener(e -> onStart.run());
        getContent().add(start);
    }
}
