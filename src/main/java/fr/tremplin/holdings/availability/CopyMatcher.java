package fr.tremplin.holdings.availability;

import fr.tremplin.holdings.CopyStatus;
import fr.tremplin.holdings.ShelfCopy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts the library system's live statuses on the exported copies. Copies are matched by library code and shelf mark
 * (by shelf mark alone when the live answer has no library codes). Copies sharing both are the same to a patron,
 * so a group takes the live statuses in order when the live answer has as many copies in it, or when all of them
 * say the same; otherwise the group keeps its exported statuses rather than guess (a shelf mark may be shared by
 * other libraries of the network).
 */
final class CopyMatcher {

    private CopyMatcher() {
    }

    static Matched match(List<ShelfCopy> exported, List<LiveCopy> live) {
        boolean liveHasCodes = live.stream().anyMatch(copy -> copy.libraryCode() != null);
        Map<Key, List<CopyStatus>> liveGroups = new LinkedHashMap<>();
        for (LiveCopy copy : live) {
            Key key = new Key(liveHasCodes ? code(copy.libraryCode()) : null, mark(copy.shelfMark()));
            liveGroups.computeIfAbsent(key, k -> new ArrayList<>()).add(copy.status());
        }
        Map<Key, List<Integer>> exportedGroups = new LinkedHashMap<>();
        for (int i = 0; i < exported.size(); i++) {
            ShelfCopy copy = exported.get(i);
            Key key = new Key(liveHasCodes ? code(copy.libraryCode()) : null, mark(copy.shelfMark()));
            exportedGroups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<ShelfCopy> copies = new ArrayList<>(exported);
        int matched = 0;
        for (var group : exportedGroups.entrySet()) {
            List<CopyStatus> statuses = liveGroups.getOrDefault(group.getKey(), List.of());
            List<Integer> positions = group.getValue();
            boolean sameCount = statuses.size() == positions.size();
            boolean oneStatus = !statuses.isEmpty() && statuses.stream().distinct().count() == 1;
            if (!sameCount && !oneStatus) {
                continue;
            }
            for (int i = 0; i < positions.size(); i++) {
                int position = positions.get(i);
                copies.set(position, withStatus(exported.get(position), statuses.get(sameCount ? i : 0)));
                matched++;
            }
        }
        return new Matched(copies, matched);
    }

    private static ShelfCopy withStatus(ShelfCopy copy, CopyStatus status) {
        return new ShelfCopy(copy.libraryCode(), copy.branchCode(), copy.location(), copy.shelfMark(), status);
    }

    private static String code(String libraryCode) {
        return libraryCode == null ? "" : libraryCode.trim().toUpperCase(Locale.ROOT);
    }

    /** Shelf marks are typed by hand in two systems: case and runs of spaces are not a difference. */
    private static String mark(String shelfMark) {
        return shelfMark == null ? "" : shelfMark.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private record Key(String libraryCode, String shelfMark) {
    }

    /** The copies with their statuses, and how many of them took a live one. */
    record Matched(List<ShelfCopy> copies, int live) {
    }
}
