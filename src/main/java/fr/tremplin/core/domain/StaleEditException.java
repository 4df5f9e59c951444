package fr.tremplin.core.domain;

/**
 * Someone else saved the same record since it was opened (its version moved on). Nothing was written; the editor
 * keeps what they typed and can reload the other change before saving again.
 */
public class StaleEditException extends RuntimeException {

    private final String entityKey;

    public StaleEditException(String entityType, String entityKey) {
        super(entityType + " " + entityKey + " was changed by someone else meanwhile");
        this.entityKey = entityKey;
    }

    public String entityKey() {
        return entityKey;
    }
}
