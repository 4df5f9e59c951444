package fr.tremplin.workshop;

import fr.tremplin.core.domain.Audience;
import java.time.LocalDateTime;

/**
 * A taken seat as the librarian sees it: its number, where its kiosk is in the journey, and the anonymous answers.
 *
 * @param step what the kiosk shows ("NEEDS", "RESULTS", "RESOURCE:<code>", …), or null
 * @param left when the kiosk left the workshop, or null
 */
public record Seat(long id, int number, LocalDateTime joinedAt, LocalDateTime left, String step, Audience audience,
        Integer satisfaction, boolean hasCredential) {
}
