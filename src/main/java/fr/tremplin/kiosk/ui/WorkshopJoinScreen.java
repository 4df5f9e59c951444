package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.tremplin.core.ui.ReadAloud;
import fr.tremplin.core.ui.Tile;
import fr.tremplin.workshop.JoinCodes;
import java.util.function.Consumer;

/**
 * "Type the code the librarian shows you": large keys for the code's few letters and digits (no look-alikes), and a
 * plain field ({@code workshop-code}) for a keyboard. {@code workshop-code-submit} joins.
 */
class WorkshopJoinScreen extends KioskScreen {

    private final Input code = new Input(ValueChangeMode.EAGER);
    private final Paragraph error = new Paragraph();

    WorkshopJoinScreen(Consumer<String> onSubmit) {
        super("workshop-join-screen");
        question(getTranslation("kiosk.workshop.code.question"));
        code.setId("workshop-code");
        code.addClassName("workshop-code");
        code.getElement().setAttribute("aria-label", getTranslation("kiosk.workshop.code.label"));
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("spellcheck", "false");
        code.getElement().setAttribute("maxlength", "12");
        code.getElement().setAttribute("dir", "ltr");
        code.getElement().addEventListener("keydown", e -> onSubmit.accept(code.getValue()))
                .setFilter("event.key === 'Enter'");
        error.setId("workshop-code-error");
        error.addClassName("workshop-code-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Div keys = new Div();
        keys.addClassName("workshop-keys");
        keys.getElement().setAttribute("dir", "ltr");
        for (char c : JoinCodes.ALPHABET.toCharArray()) {
            String key = String.valueOf(c);
            keys.add(key("workshop-key-" + key, key, () -> type(key)));
        }
        NativeButton delete = key("workshop-key-delete", getTranslation("kiosk.workshop.code.delete"), this::erase);
        delete.addClassName("workshop-key-word");
        keys.add(delete);
        Tile submit = new Tile("workshop-code-submit", "sign-in", getTranslation("kiosk.workshop.code.submit"));
        submit.addClassName("main-action");
        submit.addClickListener(e -> onSubmit.accept(code.getValue()));
        getContent().add(code, error, keys, submit);
    }

    /** Shows what is wrong with the code, in the patron's language, and keeps it for correcting. */
    void refuse(String messageKey) {
        error.setText(getTranslation(messageKey));
        ReadAloud.speak(error);
        error.setVisible(true);
    }

    private void type(String key) {
        if (code.getValue().length() < JoinCodes.LENGTH + 4) {
            code.setValue(code.getValue() + key);
        }
        error.setVisible(false);
    }

    private void erase() {
        String value = code.getValue();
        code.setValue(value.isEmpty() ? "" : value.substring(0, value.length() - 1));
        error.setVisible(false);
    }

    private static NativeButton key(String id, String text, Runnable action) {
        NativeButton button = new NativeButton(text, e -> action.run());
        button.setId(id);
        button.addClassName("workshop-key");
        return button;
    }
}
