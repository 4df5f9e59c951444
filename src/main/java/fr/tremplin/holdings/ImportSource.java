package fr.tremplin.holdings;

/** Where an import's file came from: uploaded by staff, or picked up from the watched folder. */
public enum ImportSource {
    UPLOAD, FOLDER
}
