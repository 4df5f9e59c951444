package fr.tremplin.core.domain;

/** What loading one kind of configured row did: re-loading an unchanged file gives only {@code unchanged}. */
public record SyncCounts(int inserted, int updated, int retired, int unchanged) {

    public static final SyncCounts NONE = new SyncCounts(0, 0, 0, 0);

    public SyncCounts plus(SyncCounts other) {
        return new SyncCounts(inserted + other.inserted, updated + other.updated, retired + other.retired,
                unchanged + other.unchanged);
    }

    public boolean changedAnything() {
        return inserted + updated + retired > 0;
    }

    @Override
    public String toString() {
        return inserted + " new, " + updated + " updated, " + retired + " retired, " + unchanged + " unchanged";
    }
}
