package fr.tremplin.outreach;

import java.time.YearMonth;

/**
 * The sessions started from a partner's slips in one month. Counts from 1 to 4 are never shown: {@link #shown()}
 * says "< 5", so that no single patron's visit can be told apart.
 */
public record MonthlyReferrals(YearMonth month, int sessions) {

    public static final int SMALLEST_SHOWN = 5;

    public String shown() {
        return sessions > 0 && sessions < SMALLEST_SHOWN ? "< " + SMALLEST_SHOWN : String.valueOf(sessions);
    }
}
