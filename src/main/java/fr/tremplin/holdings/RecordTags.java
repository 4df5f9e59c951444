package fr.tremplin.holdings;

/**
 * A record's needs and levels as staff see them before correcting them.
 *
 * @param byStaff staff set these tags: the linking rules leave them alone until staff send the record back to them
 */
public record RecordTags(String recordId, String title, HoldingTags tags, boolean byStaff, boolean retired) {
}
