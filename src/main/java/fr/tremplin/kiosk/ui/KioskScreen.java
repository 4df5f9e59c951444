package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import fr.tremplin.core.ui.ReadAloud;

/** A patron screen: one question, read aloud on request, above its tiles or content. */
abstract class KioskScreen extends Composite<Div> {

    KioskScreen(String id) {
        getContent().setId(id);
        getContent().addClassName("screen");
    }

    H1 question(String text) {
        H1 question = ReadAloud.speak(new H1(text));
        question.setId("screen-question");
        getContent().add(question);
        return question;
    }

    /** Adds a part below the screen's own content. */
    void append(com.vaadin.flow.component.Component part) {
        getContent().add(part);
    }

    Div tiles() {
        Div tiles = new Div();
        tiles.addClassName("tiles");
        getContent().add(tiles);
        return tiles;
    }
}
