package fr.tremplin.kiosk;

/** Where the patron wants to learn. */
public enum Place {
    HERE, HOME, BOTH;

    public boolean needsHomeAccess() {
        return this != HERE;
    }
}
