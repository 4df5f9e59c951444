package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.core.ui.Tile;
import java.util.List;
import java.util.function.Consumer;

/** "What do you want to do?": one tile per need the branch offers something for. */
class NeedScreen extends Composite<Div> {

    NeedScreen(List<NeedTile> needs, Consumer<NeedTile> onChoice) {
        Div root = getContent();
        root.setId("need-screen");
        root.addClassName("screen");
        H1 question = new H1(getTranslation("kiosk.need.question"));
        question.setId("screen-question");
        root.add(question);
        if (needs.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("kiosk.need.none"));
            empty.setId("no-needs");
            root.add(empty);
            return;
        }
        Div tiles = new Div();
        tiles.addClassName("tiles");
        for (NeedTile need : needs) {
            Tile tile = new Tile("need-" + need.code(), need.pictogram(), need.label());
            tile.addClickListener(e -> onChoice.accept(need));
            tiles.add(tile);
        }
        root.add(tiles);
    }
}
