package fr.tremplin.credential.ui;

import com.vaadin.flow.component.UI;
import fr.tremplin.credential.CredentialFileException;
import fr.tremplin.credential.CredentialRow.CredentialState;
import fr.tremplin.credential.PoolPolicy;
import fr.tremplin.credential.RejectedLine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** Labels of the credential screens whose keys are built from enum values (checked by CredentialBundleTest). */
final class CredentialLabels {

    static final String POLICY = "staff.credentials.policy.";
    static final String STATE = "staff.credentials.state.";
    static final String COLUMN = "staff.credentials.column.";
    /** The column names a rejected line's details may hold (CredentialFile's labels), shown in the staff's words. */
    static final Set<String> COLUMNS = Set.of("login", "code", "password", "valid from", "valid until", "note");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CredentialLabels() {
    }

    static String policy(PoolPolicy policy) {
        return translate(POLICY + policy.name());
    }

    static String state(CredentialState state) {
        return translate(STATE + state.name());
    }

    /** Why a line of an import file is rejected, without its line number (shown in a column of its own). */
    static String rejected(RejectedLine line) {
        Object[] details = line.details().stream()
                .map(d -> COLUMNS.contains(d) ? translate(COLUMN + d.replace(' ', '-')) : d).toArray();
        return translate(line.reason().messageKey(), details);
    }

    /** What is wrong with an import file as a whole. */
    static String problem(CredentialFileException e) {
        return translate(e.problem().messageKey(), e.details().toArray());
    }

    /** A time stored in UTC, shown in the branch's time zone. */
    static String when(LocalDateTime utc, ZoneId zone) {
        return utc == null ? "" : WHEN.format(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
    }

    static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String translate(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }
}
