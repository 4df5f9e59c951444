package fr.tremplin.workshop;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a workshop. PLANNED: shown on the kiosks, no code yet. OPEN: the librarian opened it, kiosks join
 * with its code and browse. RUNNING: the librarian has led, locked or handed out at least once; kiosks still join.
 * CLOSED: the kiosks went back to the start; nothing changes any more.
 */
public enum WorkshopStatus {
    PLANNED, OPEN, RUNNING, CLOSED;

    /** The librarian's commands, and the states each is allowed in. */
    public enum Command {
        EDIT(EnumSet.of(PLANNED)),
        OPEN(EnumSet.of(PLANNED)),
        LEAD(EnumSet.of(WorkshopStatus.OPEN, RUNNING)),
        RELEASE(EnumSet.of(WorkshopStatus.OPEN, RUNNING)),
        LOCK(EnumSet.of(WorkshopStatus.OPEN, RUNNING)),
        HAND_OUT(EnumSet.of(WorkshopStatus.OPEN, RUNNING)),
        CLOSE(EnumSet.of(PLANNED, WorkshopStatus.OPEN, RUNNING));

        private final Set<WorkshopStatus> allowedIn;

        Command(Set<WorkshopStatus> allowedIn) {
            this.allowedIn = allowedIn;
        }

        public boolean allowedIn(WorkshopStatus status) {
            return allowedIn.contains(status);
        }

        /** The state after the command. */
        public WorkshopStatus after(WorkshopStatus status) {
            if (!allowedIn(status)) {
                throw new IllegalStateException(name() + " is not possible in a " + status + " workshop");
            }
            return switch (this) {
                case EDIT -> PLANNED;
                case OPEN -> WorkshopStatus.OPEN;
                case LEAD, RELEASE, LOCK, HAND_OUT -> RUNNING;
                case CLOSE -> CLOSED;
            };
        }
    }

    /** Whether kiosks may take a seat. */
    public boolean joinable() {
        return this == OPEN || this == RUNNING;
    }
}
