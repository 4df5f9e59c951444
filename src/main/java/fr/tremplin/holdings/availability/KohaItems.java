package fr.tremplin.holdings.availability;

import fr.tremplin.holdings.CopyStatus;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON array of Koha's item objects (api/v1/swagger/definitions/item.yaml): the public fields
 * {@code item_id}, {@code home_library_id}, {@code callnumber}, {@code checked_out_date}, {@code withdrawn},
 * {@code lost_status}, {@code not_for_loan_status} and {@code effective_not_for_loan_status}.
 */
final class KohaItems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private KohaItems() {
    }

    static List<LiveCopy> read(byte[] body) throws LibrarySystemException {
        JsonNode items;
        try {
            items = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new LibrarySystemException("unreadable JSON", e);
        }
        if (items == null || !items.isArray()) {
            throw new LibrarySystemException("JSON answer is not a list of items");
        }
        List<LiveCopy> copies = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                throw new LibrarySystemException("JSON item is not an object");
            }
            copies.add(new LiveCopy(text(item, "item_id"), text(item, "home_library_id"), text(item, "callnumber"),
                    status(item)));
        }
        return copies;
    }

    /** The most lasting state first: a withdrawn copy that is still marked on loan will not come back. */
    private static CopyStatus status(JsonNode item) {
        if (flagged(item, "withdrawn")) {
            return CopyStatus.WITHDRAWN;
        }
        if (flagged(item, "lost_status")) {
            return CopyStatus.LOST;
        }
        if (text(item, "checked_out_date") != null) {
            return CopyStatus.ON_LOAN;
        }
        if (flagged(item, "not_for_loan_status") || flagged(item, "effective_not_for_loan_status")) {
            return CopyStatus.NOT_FOR_LOAN;
        }
        return CopyStatus.AVAILABLE;
    }

    /** Koha's authorised values: 0 is "no"; any other value (negative ones too, e.g. "on order") is "yes". */
    private static boolean flagged(JsonNode item, String field) {
        JsonNode value = item.path(field);
        if (value.isNumber()) {
            return value.asInt() != 0;
        }
        if (value.isString()) {
            String flag = value.stringValue().trim();
            return !flag.isEmpty() && !flag.equals("0");
        }
        return value.isBoolean() && value.booleanValue();
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.path(field);
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }
}
