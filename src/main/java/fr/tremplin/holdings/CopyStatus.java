package fr.tremplin.holdings;

/** A copy's state, from the last export or, where a branch has it, the library system's live answer. */
public enum CopyStatus {
    AVAILABLE, ON_LOAN, NOT_FOR_LOAN, LOST, WITHDRAWN;

    /** Whether a patron could take it from the shelf now. */
    public boolean onTheShelf() {
        return this == AVAILABLE;
    }
}
