package fr.tremplin.holdings.availability;

import fr.tremplin.holdings.ShelfCopy;
import java.time.Instant;
import java.util.List;

/**
 * A record's copies in a branch with the freshest status Tremplin has. {@code source} and {@code asOf} let a screen
 * say "live at 10:42" or "as of the last export"; {@code inLibrarySystem} counts every copy the library system told
 * of (all its libraries), for when the branch's copies could not be told apart in its answer.
 *
 * @param copies          the exported copies, in their order, each with its live status where it could be matched
 * @param source          where the statuses come from
 * @param asOf            when the library system answered; null when it gave no answer for this record
 * @param inLibrarySystem the library system's count for the whole record; null without a live answer
 */
public record RecordAvailability(String recordId, List<ShelfCopy> copies, Source source, Instant asOf,
        Count inLibrarySystem) {

    public RecordAvailability {
        copies = List.copyOf(copies);
    }

    /** Every status from the last export: no live answer for this branch or this record. */
    public static RecordAvailability fromExport(String recordId, List<ShelfCopy> copies) {
        return new RecordAvailability(recordId, copies, Source.EXPORT, null, null);
    }

    public boolean availableNow() {
        return copies.stream().anyMatch(copy -> copy.status().onTheShelf());
    }

    public long availableCount() {
        return copies.stream().filter(copy -> copy.status().onTheShelf()).count();
    }

    public enum Source {
        /** Every copy's status is the library system's answer. */
        LIVE,
        /** Some copies matched the library system's answer; the others keep their exported status. */
        PARTLY_LIVE,
        /** Every copy's status is from the last export. */
        EXPORT
    }

    /** Copies on the shelf out of all the copies, as the library system counts them. */
    public record Count(int available, int total) {
    }
}
