package fr.tremplin.outreach;

/** A generated kit PDF and the file name to download it under. */
public record KitDocument(String fileName, byte[] pdf) {
}
