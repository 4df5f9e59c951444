package fr.tremplin.core.ui;

/** A view that has its own way of telling that the database is out of reach (the kiosk's resting screen). */
public interface OutageAware {

    /** Called in the UI's thread when an action of this view met a database outage. */
    void databaseOutage();
}
