package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import fr.tremplin.catalogue.NeedTile;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import java.util.List;
import java.util.function.Consumer;

/** "What do you want to do?" (needs) or "What exactly?" (sub-needs): one tile per choice that leads somewhere. */
class NeedScreen extends KioskScreen {

    private NeedScreen(String id, String question, String idPrefix, List<NeedTile> needs,
            Consumer<NeedTile> onChoice) {
        super(id);
        question(question);
        if (needs.isEmpty()) {
            Paragraph empty = ReadAloud.speak(new Paragraph(getTranslation("kiosk.need.none")));
            empty.setId("no-needs");
            getContent().add(empty);
            return;
        }
        Div tiles = tiles();
        for (NeedTile need : needs) {
            Tile tile = new Tile(idPrefix + need.code(), need.pictogram(), need.label());
            ReadAloud.speak(tile.label());
            tile.addClickListener(e -> onChoice.accept(need));
            tiles.add(tile);
        }
    }

    static NeedScreen needs(List<NeedTile> needs, String question, Consumer<NeedTile> onChoice) {
        return new NeedScreen("need-screen", question, "need-", needs, onChoice);
    }

    static NeedScreen subNeeds(List<NeedTile> subNeeds, String question, Consumer<NeedTile> onChoice) {
        return new NeedScreen("subneed-screen", question, "subneed-", subNeeds, onChoice);
    }
}
