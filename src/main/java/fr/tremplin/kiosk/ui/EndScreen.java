package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import java.util.List;
import java.util.function.IntConsumer;

/** The end: one optional question with three faces, then the kiosk is cleared for the next person. */
class EndScreen extends KioskScreen {

    private static final List<String> FACES = List.of("frown-o", "meh-o", "smiley-o");

    EndScreen(IntConsumer onSatisfaction, Runnable onFinish) {
        super("end-screen");
        question(getTranslation("kiosk.end.question"));
        Div faces = tiles();
        faces.addClassName("faces");
        for (int score = 1; score <= 3; score++) {
            int chosen = score;
            Tile face = new Tile("satisfaction-" + score, FACES.get(score - 1),
                    getTranslation("kiosk.satisfaction." + score));
            ReadAloud.speak(face.label());
            face.addClickListener(e -> onSatisfaction.accept(chosen));
            faces.add(face);
        }
        Paragraph thanks = ReadAloud.speak(new Paragraph(getTranslation("kiosk.end.thanks")));
        Tile finish = new Tile("end-finish", "check", getTranslation("kiosk.end.finish"));
        finish.addClassName("secondary-action");
        finish.addClickListener(e -> onFinish.run());
        getContent().add(thanks, finish);
    }
}
