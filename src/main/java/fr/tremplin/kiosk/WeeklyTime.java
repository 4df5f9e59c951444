package fr.tremplin.kiosk;

/** How much time a week the patron has for learning. */
public enum WeeklyTime {
    UNDER_1H, FROM_1_TO_3H, OVER_3H
}
