package fr.tremplin.kiosk;

/** Why a patron session ended. */
public enum EndReason {
    /** The patron tapped "I'm done". */
    DONE,
    /** The kiosk was left idle past the branch's timeout and reset itself. */
    IDLE,
    /** The patron tapped "Start again". */
    RESTARTED,
    /** The browser went away (reload, closed window, lost connection). */
    ABANDONED
}
