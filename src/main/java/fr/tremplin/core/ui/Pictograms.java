package fr.tremplin.core.ui;

import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Pictograms of needs and resources, named in kiosk-config by their Vaadin icon name ("briefcase",
 * "file-text-o"), so a library can change them without code.
 */
public final class Pictograms {

    private static final VaadinIcon FALLBACK = VaadinIcon.QUESTION_CIRCLE_O;
    /** Built on every kiosk screen: the name is checked with a compiled pattern, not one compiled per icon. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Pictograms() {
    }

    public static boolean isKnown(String name) {
        return find(name).isPresent();
    }

    public static Icon icon(String name) {
        Icon icon = find(name).orElse(FALLBACK).create();
        // Decorative: the tile's word says what it is.
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }

    private static Optional<VaadinIcon> find(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(VaadinIcon.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
