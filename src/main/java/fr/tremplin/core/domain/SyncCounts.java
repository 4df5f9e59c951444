package fr.tremplin.core.domain;

/**
 * What loading one kind of configured row did: re-loading an unchanged file gives only {@code unchanged}.
 * {@code kept} counts rows a staff user edited in the admin screens that the file would have changed: they are left
 * as the staff user made them.
 */
public record SyncCounts(int inserted, int updated, int retired, int unchanged, int kept) {

    public static final SyncCounts NONE = new SyncCounts(0, 0, 0, 0, 0);

    public SyncCounts(int inserted, int updated, int retired, int unchanged) {
        this(inserted, updated, retired, unchanged, 0);
    }

    public SyncCounts plus(SyncCounts other) {
        return new SyncCounts(inserted + other.inserted, updated + other.updated, retired + other.retired,
                unchanged + other.unchanged, kept + other.kept);
    }

    public boolean changedAnything() {
        return inserted + updated + retired > 0;
    }

    @Override
    public String toString() {
        return inserted + " new, " + updated + " updated, " + retired + " retired, " + unchanged + " unchanged"
                + (kept == 0 ? "" : ", " + kept + " staff edits kept");
    }
}
