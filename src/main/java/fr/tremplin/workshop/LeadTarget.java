package fr.tremplin.workshop;

import java.util.Optional;

/**
 * The screen a librarian leads the kiosks to: the choice of needs, the results for the workshop's need, or one
 * resource's page. Stored as text: {@code NEEDS}, {@code RESULTS}, {@code RESOURCE:<code>}.
 *
 * @param resourceCode the resource of a RESOURCE target, else null
 */
public record LeadTarget(Screen screen, String resourceCode) {

    public enum Screen { NEEDS, RESULTS, RESOURCE }

    private static final String RESOURCE_PREFIX = "RESOURCE:";

    public LeadTarget {
        if ((screen == Screen.RESOURCE) != (resourceCode != null)) {
            throw new IllegalArgumentException("A resource target, and only it, names a resource");
        }
    }

    public static LeadTarget needs() {
        return new LeadTarget(Screen.NEEDS, null);
    }

    public static LeadTarget results() {
        return new LeadTarget(Screen.RESULTS, null);
    }

    public static LeadTarget resource(String code) {
        return new LeadTarget(Screen.RESOURCE, code);
    }

    public String text() {
        return screen == Screen.RESOURCE ? RESOURCE_PREFIX + resourceCode : screen.name();
    }

    public static Optional<LeadTarget> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.startsWith(RESOURCE_PREFIX) && text.length() > RESOURCE_PREFIX.length()) {
            return Optional.of(resource(text.substring(RESOURCE_PREFIX.length())));
        }
        return switch (text) {
            case "NEEDS" -> Optional.of(needs());
            case "RESULTS" -> Optional.of(results());
            default -> Optional.empty();
        };
    }
}
