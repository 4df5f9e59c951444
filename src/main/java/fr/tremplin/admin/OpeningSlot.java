package fr.tremplin.admin;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One opening period of a branch on one day of the week. */
public record OpeningSlot(DayOfWeek day, LocalTime opens, LocalTime closes) implements Comparable<OpeningSlot> {

    public OpeningSlot {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("An opening slot must close after it opens: " + opens + "-" + closes);
        }
    }

    @Override
    public int compareTo(OpeningSlot other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : opens.compareTo(other.opens);
    }
}
