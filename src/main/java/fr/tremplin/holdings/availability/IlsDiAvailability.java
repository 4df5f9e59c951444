package fr.tremplin.holdings.availability;

import fr.tremplin.holdings.availability.LibrarySystemHttp.Answer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ILS-DI {@code GetAvailability} ({@code /cgi-bin/koha/ilsdi.pl?service=GetAvailability&id=1 2 3&id_type=bib}):
 * several records per request, answered in the DLF XML format. A record the library system does not know has no
 * {@code dlf:record} in the answer.
 */
final class IlsDiAvailability implements AvailabilitySource {

    private static final String KOHA_PATH = "/cgi-bin/koha/ilsdi.pl";
    /** Keeps the query string well below the 8 KB most servers accept. */
    private static final int IDS_PER_REQUEST = 50;

    private final String endpoint;
    private final LibrarySystemHttp http;

    IlsDiAvailability(URI baseUrl, LibrarySystemHttp http) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        this.endpoint = base.contains("ilsdi") ? base : base + KOHA_PATH;
        this.http = http;
    }

    @Override
    public Map<String, List<LiveCopy>> copiesOf(Collection<String> recordIds) throws LibrarySystemException {
        List<String> ids = recordIds.stream().filter(id -> !id.isBlank() && !id.contains(" ")).distinct().toList();
        List<URI> uris = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_REQUEST) {
            uris.add(availabilityOf(ids.subList(from, Math.min(ids.size(), from + IDS_PER_REQUEST))));
        }
        var pending = uris.stream().map(uri -> http.get(uri, "text/xml, application/xml")).toList();
        Map<String, List<LiveCopy>> copies = new LinkedHashMap<>();
        for (int i = 0; i < uris.size(); i++) {
            Answer answer = LibrarySystemHttp.await(pending.get(i), uris.get(i));
            if (!answer.ok()) {
                throw new LibrarySystemException("HTTP " + answer.status() + " from " + uris.get(i).getHost());
            }
            copies.putAll(DlfAvailability.read(answer.body()));
        }
        copies.keySet().retainAll(ids);
        return copies;
    }

    private URI availabilityOf(List<String> ids) {
        String query = "service=GetAvailability&id_type=bib&return_type=item&id="
                + URLEncoder.encode(String.join(" ", ids), StandardCharsets.UTF_8);
        return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + query);
    }
}
