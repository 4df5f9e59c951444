package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A login or code as patrons must copy it: left to right even inside a right-to-left page, in a monospace face
 * with a slashed zero, digits in another colour than letters, so that 0 and O, 1, l and I cannot be mistaken.
 * Screen readers and read-aloud get it spelled out, one character at a time.
 */
final class CredentialText {

    private CredentialText() {
    }

    static Span of(String id, String value) {
        Span text = new Span();
        if (id != null) {
            text.setId(id);
        }
        text.addClassName("credential-value");
        text.getElement().setAttribute("dir", "ltr");
        text.getElement().setAttribute("translate", "no");
        text.getElement().setAttribute("aria-label", String.join(" ", value.split("")));
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            Span character = new Span(String.valueOf(c));
            character.addClassName(Character.isDigit(c) ? "credential-digit"
                    : Character.isLetter(c) ? (Character.isUpperCase(c) ? "credential-upper" : "credential-lower")
                    : "credential-sign");
            text.add(character);
        }
        return text;
    }
}
