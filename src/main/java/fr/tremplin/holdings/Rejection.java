package fr.tremplin.holdings;

/** A record an import could not take: its position in the file (1 = the first record), its id if read, and why. */
public record Rejection(int position, String recordId, String reason) {
}
