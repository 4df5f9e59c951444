package fr.tremplin.catalogue;

/** The patron-facing texts of a resource in one language. Only the title is required. */
public record ResourceText(String title, String summary, String learn, String howToAccess) {
}
