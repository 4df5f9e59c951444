package fr.tremplin.kiosk;

/** What a patron did during a session, counted anonymously for the report. */
public enum SessionEvent {
    RESULTS_SHOWN, RESOURCE_OPENED, QR_SHOWN, ACCESS_TAKEN, HELP_ASKED, SATISFACTION
}
