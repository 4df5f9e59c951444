package fr.tremplin.core.ui;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;

/**
 * A large touch tile: a pictogram above a short word. A native button, so it works with touch, mouse, keyboard
 * and screen readers alike, and the theme can size it freely.
 */
public class Tile extends NativeButton {

    private final Span label = new Span();

    public Tile(String id, String pictogram, String text) {
        setId(id);
        addClassName("tile");
        if (pictogram != null) {
            add(Pictograms.icon(pictogram));
        }
        label.addClassName("tile-label");
        label.setText(text);
        add(label);
    }

    public Span label() {
        return label;
    }
}
