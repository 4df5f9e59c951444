package fr.tremplin.kiosk;

/** How the patron's level was found: picked on the level screen, or placed by the quick check. */
public enum LevelSource {
    CHOSEN, CHECK
}
