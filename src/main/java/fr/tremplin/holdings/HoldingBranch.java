package fr.tremplin.holdings;

/** A branch a library code can be mapped to. */
public record HoldingBranch(String code, String name) {
}
