package fr.tremplin.holdings.availability;

import fr.tremplin.holdings.availability.LibrarySystemHttp.Answer;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Koha's public REST API: {@code GET /api/v1/public/biblios/{biblio_id}/items}, one request per record, all sent at
 * once. A 404 is a record Koha does not know (or hides from the OPAC); any other error fails the whole question.
 */
final class KohaRestAvailability implements AvailabilitySource {

    private static final String API = "/api/v1";
    /** Koha pages lists (20 by default); a record with more copies than this is not a shelf a kiosk shows. */
    private static final int PER_PAGE = 100;
    /** Biblionumbers are digits; anything else is not put into a URL path. */
    private static final Pattern RECORD_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final URI api;
    private final LibrarySystemHttp http;

    KohaRestAvailability(URI baseUrl, LibrarySystemHttp http) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        this.api = URI.create(base.endsWith(API) ? base : base + API);
        this.http = http;
    }

    @Override
    public Map<String, List<LiveCopy>> copiesOf(Collection<String> recordIds) throws LibrarySystemException {
        Map<String, URI> uris = new LinkedHashMap<>();
        recordIds.stream().filter(id -> RECORD_ID.matcher(id).matches()).distinct()
                .forEach(id -> uris.put(id, itemsOf(id)));
        Map<String, CompletableFuture<Answer>> pending = new LinkedHashMap<>();
        uris.forEach((id, uri) -> pending.put(id, http.get(uri, "application/json")));
        Map<String, List<LiveCopy>> copies = new LinkedHashMap<>();
        for (var entry : pending.entrySet()) {
            URI uri = uris.get(entry.getKey());
            Answer answer = LibrarySystemHttp.await(entry.getValue(), uri);
            if (answer.status() == 404) {
                continue;
            }
            if (!answer.ok()) {
                throw new LibrarySystemException("HTTP " + answer.status() + " from " + uri.getHost());
            }
            copies.put(entry.getKey(), KohaItems.read(answer.body()));
        }
        return copies;
    }

    private URI itemsOf(String recordId) {
        return URI.create(api + "/public/biblios/" + recordId + "/items?_per_page=" + PER_PAGE);
    }
}
