package fr.tremplin.holdings;

/** A need a record can be tagged with, labelled in French for the staff screens. */
public record NeedChoice(String code, String label) {
}
