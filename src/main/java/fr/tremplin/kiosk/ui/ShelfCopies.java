package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.holdings.CopyStatus;
import fr.tremplin.holdings.ShelfCopy;
import java.util.List;
import java.util.Locale;

/** The lines of a book's copies: the number on its shelf, where it is, and whether it is there now. */
final class ShelfCopies {

    private ShelfCopies() {
    }

    static void add(Div into, List<ShelfCopy> copies, boolean live) {
        for (ShelfCopy copy : copies) {
            into.add(line(into, copy));
        }
        Span source = new Span(into.getTranslation(live ? "kiosk.shelf.live" : "kiosk.shelf.as-of-export"));
        source.addClassName("shelf-source");
        into.add(source);
    }

    /** A shelf mark keeps its own order inside a right-to-left sentence ("448.24 EDI", not "EDI 448.24"). */
    static String isolated(String text) {
        return "\u2068" + text + "\u2069";
    }

    private static Div line(Div i18n, ShelfCopy copy) {
        Div line = new Div();
        line.addClassName("shelf-copy");
        if (copy.shelfMark() != null) {
            String text = i18n.getTranslation("kiosk.shelf.shelf-mark", isolated(copy.shelfMark()));
            Span mark = ReadAloud.speak(new Span(text));
            mark.addClassName("shelf-mark");
            line.add(mark);
        }
        if (copy.location() != null) {
            line.add(new Span(i18n.getTranslation("kiosk.shelf.location", isolated(copy.location()))));
        }
        // A lost or withdrawn copy is, for a patron, simply not there.
        CopyStatus state = copy.status() == CopyStatus.LOST || copy.status() == CopyStatus.WITHDRAWN
                ? CopyStatus.ON_LOAN : copy.status();
        Span badge = ReadAloud.speak(new Span(i18n.getTranslation("kiosk.shelf." + state.name())));
        badge.addClassName("copy-status");
        badge.addClassName("copy-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        line.add(badge);
        return line;
    }
}
