package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.ui.Pictograms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bar on top of every patron screen, always in the same place: back and start again at the start side; help
 * and "I'm done" at the end side; French, read-aloud, larger text and high contrast in between.
 */
class KioskHeader extends Composite<Header> {

    final NativeButton back;
    final NativeButton startAgain;
    final NativeButton french;
    final NativeButton readAloud;
    final NativeButton textSize;
    final NativeButton highContrast;
    final NativeButton help;
    final NativeButton end;
    private final Map<NativeButton, String> labelKeys = new LinkedHashMap<>();
    private final Map<NativeButton, Span> labels = new LinkedHashMap<>();

    KioskHeader(String branchName, Actions actions) {
        back = button("back", "arrow-left", "kiosk.back", actions::back);
        back.addClassName("mirror-rtl");
        startAgain = button("start-again", "refresh", "kiosk.start-again", actions::startAgain);
        french = button("lang-switch-fr", "globe", null, actions::french);
        french.getElement().setAttribute("lang", "fr");
        readAloud = button("read-aloud", "volume-up", "kiosk.read-aloud", actions::readAloud);
        readAloud.setVisible(false);
        textSize = toggle("text-size", "text-height", "kiosk.text-size", actions::textSize);
        highContrast = toggle("high-contrast", "adjust", "kiosk.high-contrast", actions::highContrast);
        help = button("help-call", "lifebuoy", "kiosk.help", actions::help);
        help.addClassName("help");
        end = button("end-session", "sign-out", "kiosk.end", actions::end);
        Span branch = new Span(branchName);
        branch.addClassName("branch-name");
        Div start = new Div(back, startAgain);
        Div middle = new Div(branch, french, readAloud, textSize, highContrast);
        Div finish = new Div(help, end);
        start.addClassName("bar-group");
        middle.addClassName("bar-group");
        finish.addClassName("bar-group");
        getContent().addClassName("kiosk-bar");
        getContent().add(start, middle, finish);
    }

    /** Labels everything in the patron's language; hides what has no use on the current screen. */
    void update(Language language, boolean onLanguageScreen, boolean sessionStarted) {
        back.setVisible(!onLanguageScreen);
        startAgain.setVisible(sessionStarted);
        end.setVisible(sessionStarted);
        french.setVisible(!onLanguageScreen && language != Language.FR);
        labels.get(french).setText(Language.FR.nativeName());
        labelKeys.forEach((button, key) -> labels.get(button).setText(getTranslation(key)));
    }

    static void pressed(NativeButton toggle, boolean on) {
        toggle.getElement().setAttribute("aria-pressed", String.valueOf(on));
    }

    private NativeButton toggle(String id, String pictogram, String labelKey, Runnable action) {
        NativeButton toggle = button(id, pictogram, labelKey, action);
        pressed(toggle, false);
        return toggle;
    }

    private NativeButton button(String id, String pictogram, String labelKey, Runnable action) {
        NativeButton button = new NativeButton();
        button.setId(id);
        button.addClassName("pill");
        Span label = new Span();
        labels.put(button, label);
        if (labelKey != null) {
            labelKeys.put(button, labelKey);
        }
        button.add(Pictograms.icon(pictogram), label);
        button.addClickListener(e -> action.run());
        return button;
    }

    interface Actions {
        void back();

        void startAgain();

        void french();

        void readAloud();

        void textSize();

        void highContrast();

        void help();

        void end();
    }
}
