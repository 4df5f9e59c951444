package fr.tremplin.holdings.availability;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** A library system that tells which copies of a record are on the shelf now. */
interface AvailabilitySource {

    /**
     * The copies of each record, by record id. A record the library system does not know is left out of the map
     * (it is no failure); any failure to ask or to read the answer is a {@link LibrarySystemException}.
     */
    Map<String, List<LiveCopy>> copiesOf(Collection<String> recordIds) throws LibrarySystemException;
}
