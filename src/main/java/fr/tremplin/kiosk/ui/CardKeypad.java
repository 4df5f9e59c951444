package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.ui.ReadAloud;
import java.util.function.Consumer;

/**
 * Large on-screen keys for a library card number, so no keyboard is needed. The number stays in this component
 * only until "OK"; it is never stored (the credential service keeps a keyed hash while the credential is valid).
 */
class CardKeypad extends Composite<Div> {

    static final int MAX_DIGITS = 20;

    private final StringBuilder number = new StringBuilder();
    private final Span display = new Span();
    private final NativeButton ok;

    CardKeypad(Consumer<String> entered) {
        Div root = getContent();
        root.setId("card-keypad");
        root.addClassName("card-keypad");
        root.add(ReadAloud.speak(new Paragraph(getTranslation("kiosk.card.question"))));
        display.setId("card-number");
        display.addClassName("card-number");
        display.getElement().setAttribute("dir", "ltr");
        display.getElement().setAttribute("role", "status");
        display.getElement().setAttribute("aria-label", getTranslation("kiosk.card.number"));
        Div keys = new Div();
        keys.addClassName("card-keys");
        for (String digit : new String[] {"1", "2", "3", "4", "5", "6", "7", "8", "9"}) {
            keys.add(key(digit));
        }
        NativeButton erase = button("card-key-erase", getTranslation("kiosk.card.erase"), this::erase);
        ok = button("card-ok", getTranslation("kiosk.card.ok"), () -> entered.accept(number.toString()));
        ok.addClassNames("card-ok", "card-key-word");
        erase.addClassName("card-key-word");
        ok.setEnabled(false);
        keys.add(erase, key("0"), ok);
        keys.getElement().setAttribute("dir", "ltr");
        Paragraph why = ReadAloud.speak(new Paragraph(getTranslation("kiosk.card.why")));
        why.addClassName("card-why");
        root.add(display, keys, why);
    }

    private NativeButton key(String digit) {
        return button("card-key-" + digit, digit, () -> type(digit));
    }

    private NativeButton button(String id, String text, Runnable action) {
        NativeButton button = new NativeButton(text, e -> action.run());
        button.setId(id);
        button.addClassName("card-key");
        return button;
    }

    private void type(String digit) {
        if (number.length() < MAX_DIGITS) {
            number.append(digit);
            show();
        }
    }

    private void erase() {
        if (!number.isEmpty()) {
            number.setLength(number.length() - 1);
            show();
        }
    }

    private void show() {
        display.setText(number.toString());
        ok.setEnabled(number.length() >= 4);
    }
}
