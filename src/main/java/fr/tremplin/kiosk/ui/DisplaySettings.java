package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.html.NativeButton;

/**
 * Larger text and high contrast, as one patron switched them: shown on the header's toggles and as classes of
 * the whole document; cleared for the next patron.
 */
final class DisplaySettings {

    private final KioskHeader header;
    private boolean largeText;
    private boolean highContrast;

    DisplaySettings(KioskHeader header) {
        this.header = header;
    }

    boolean anyOn() {
        return largeText || highContrast;
    }

    void toggleLargeText() {
        largeText = !largeText;
        apply(header.textSize, "large-text", largeText);
    }

    void toggleHighContrast() {
        highContrast = !highContrast;
        apply(header.highContrast, "high-contrast", highContrast);
    }

    void clear() {
        largeText = false;
        highContrast = false;
        apply(header.textSize, "large-text", false);
        apply(header.highContrast, "high-contrast", false);
    }

    private static void apply(NativeButton toggle, String documentClass, boolean on) {
        KioskHeader.pressed(toggle, on);
        toggle.getElement().executeJs("document.documentElement.classList.toggle($0, $1)", documentClass, on);
    }
}
