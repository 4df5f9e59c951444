package fr.tremplin.holdings.availability;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a branch asks for live availability. {@code baseUrl} is the library system's public address (Koha's OPAC,
 * e.g. {@code https://catalogue.example.org}); a URL that already names the service's path is taken as it is.
 */
record AvailabilitySettings(AvailabilityKind kind, URI baseUrl) {

    /** The settings stored for a branch; none when they are missing or not usable (only http and https). */
    static Optional<AvailabilitySettings> of(String kind, String url) {
        if (kind == null || url == null || url.isBlank()) {
            return Optional.empty();
        }
        Optional<AvailabilityKind> known = Arrays.stream(AvailabilityKind.values())
                .filter(k -> k.name().equals(kind.trim().toUpperCase(Locale.ROOT))).findFirst();
        try {
            URI uri = URI.create(url.trim());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? known.map(k -> new AvailabilitySettings(k, uri)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
