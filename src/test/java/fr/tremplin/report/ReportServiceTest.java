package fr.tremplin.report;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.HELP_CALL;
import static fr.tremplin.core.db.jooq.Tables.PATRON_SESSION;
import static fr.tremplin.core.db.jooq.Tables.SESSION_EVENT;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP;
import static fr.tremplin.core.db.jooq.Tables.WORKSHOP_SEAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.core.db.jooq.enums.HelpCallState;
import fr.tremplin.core.db.jooq.enums.SessionEventType;
import fr.tremplin.core.db.jooq.enums.WorkshopState;
import fr.tremplin.core.domain.Audience;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.report.ShownTable.Cell;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.TremplinTest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The report on generated sessions with known counts, in a year no other test uses: exact tables and totals, small
 * counts hidden, and no hidden count recoverable from a total.
 */
@TremplinTest
class ReportServiceTest {

    private static final ReportPeriod YEAR_2001 = new ReportPeriod(LocalDate.of(2001, 1, 1),
            LocalDate.of(2001, 12, 31), "longwy");

    @Autowired
    ReportService reports;
    @Autowired
    ReportNotes notes;
    @Autowired
    DSLContext dsl;
    private StaffFixtures fixtures;

    @BeforeEach
    void generateSessions() {
        fixtures = new StaffFixtures(dsl);
        if (dsl.fetchCount(PATRON_SESSION, PATRON_SESSION.STARTED_AT.lt(LocalDateTime.of(2002, 1, 1, 0, 0))
                .and(PATRON_SESSION.STARTED_AT.ge(LocalDateTime.of(2001, 1, 1, 0, 0)))) == 0) {
            long branch = dsl.select(BRANCH.ID).from(BRANCH).where(BRANCH.CODE.eq("longwy")).fetchOne(BRANCH.ID);
            generate(branch, Audience.JOB_SEEKER, 12, LocalDateTime.of(2001, 3, 5, 10, 0), 3);
            generate(branch, Audience.FRENCH_LEARNER, 3, LocalDateTime.of(2001, 3, 6, 10, 0), 1);
            generate(branch, Audience.EXAM_CANDIDATE, 7, LocalDateTime.of(2001, 4, 2, 10, 0), 2);
            helpCalls(branch, 6, 30);
            helpCalls(branch, 5, 200);
            helpCalls(branch, 2, 900);
            workshop(branch);
        }
        StaffFixtures.signIn(fixtures.create("report", StaffRole.BRANCH_ADMIN, "longwy"));
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    private void generate(long branch, Audience audience, int count, LocalDateTime at, int satisfaction) {
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            byte[] bytes = ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                    .putLong(id.getLeastSignificantBits()).array();
            dsl.insertInto(PATRON_SESSION).set(PATRON_SESSION.ID, bytes).set(PATRON_SESSION.BRANCH_ID, branch)
                    .set(PATRON_SESSION.STARTED_AT, at.plusMinutes(i)).set(PATRON_SESSION.AUDIENCE, audience)
                    .execute();
            dsl.insertInto(SESSION_EVENT).set(SESSION_EVENT.PATRON_SESSION_ID, bytes)
                    .set(SESSION_EVENT.OCCURRED_AT, at.plusMinutes(i)).set(SESSION_EVENT.TYPE,
                            SessionEventType.SATISFACTION).set(SESSION_EVENT.SCORE, (byte) satisfaction).execute();
        }
    }

    /** Calls of March 2001 that a librarian took after {@code waitSeconds}. */
    private void helpCalls(long branch, int count, int waitSeconds) {
        for (int i = 0; i < count; i++) {
            LocalDateTime at = LocalDateTime.of(2001, 3, 7, 10, 0).plusMinutes(i);
            dsl.insertInto(HELP_CALL).set(HELP_CALL.BRANCH_ID, branch).set(HELP_CALL.CALLED_AT, at)
                    .set(HELP_CALL.STATE, HelpCallState.TAKEN).set(HELP_CALL.TAKEN_AT, at.plusSeconds(waitSeconds))
                    .execute();
        }
    }

    /** A workshop of April 2001 with eight seats taken: six job seekers, two who did not say. */
    private void workshop(long branch) {
        LocalDateTime at = LocalDateTime.of(2001, 4, 10, 14, 0);
        long id = dsl.insertInto(WORKSHOP).set(WORKSHOP.BRANCH_ID, branch).set(WORKSHOP.TITLE, "Atelier 2001")
                .set(WORKSHOP.STARTS_AT, at).set(WORKSHOP.SEATS, 10).set(WORKSHOP.OPENED_AT, at)
                .set(WORKSHOP.STATE, WorkshopState.CLOSED).returningResult(WORKSHOP.ID).fetchOne().value1();
        for (int seat = 1; seat <= 8; seat++) {
            dsl.insertInto(WORKSHOP_SEAT).set(WORKSHOP_SEAT.WORKSHOP_ID, id).set(WORKSHOP_SEAT.SEAT_NUMBER, seat)
                    .set(WORKSHOP_SEAT.JOINED_AT, at.plusMinutes(seat))
                    .set(WORKSHOP_SEAT.AUDIENCE, seat <= 6 ? Audience.JOB_SEEKER : null).execute();
        }
    }

    @Test
    void helpCallsAreCountedByHowLongPatronsWaitedAndWorkshopsByAudience() {
        ShownTable waits = table("help-waits");
        assertThat(waits.rows()).extracting(ShownTable.ShownRow::label, r -> r.cells().get(0).text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("moins de 2 minutes", "6"),
                        org.assertj.core.groups.Tuple.tuple("de 2 à 5 minutes", Cell.PROTECTING),
                        org.assertj.core.groups.Tuple.tuple("plus de 5 minutes", Cell.SMALL));
        assertThat(waits.total().cells().get(0).text()).isEqualTo("13");
        ShownTable workshops = table("workshops");
        assertThat(workshops.rows().get(0).cells()).extracting(c -> c.text()).containsExactly("1", "8");
        ShownTable seats = table("workshop-seats");
        assertThat(seats.rows()).extracting(ShownTable.ShownRow::label, r -> r.cells().get(0).text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("demandeurs d'emploi", Cell.PROTECTING),
                        org.assertj.core.groups.Tuple.tuple("(non précisé)", Cell.SMALL));
        // 6 of 8 would give the 2 who did not say away: both are hidden, the total stays.
        assertThat(seats.total().cells().get(0).text()).isEqualTo("8");
    }

    private ShownTable table(String id) {
        return reports.report(YEAR_2001).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void countsAndTotalsAreExact() {
        ShownTable months = table("sessions-by-month");
        assertThat(months.rows()).extracting(ShownTable.ShownRow::label).containsExactly("2001-03", "2001-04");
        assertThat(months.rows()).extracting(r -> r.cells().get(0).text()).containsExactly("15", "7");
        assertThat(months.total().cells().get(0).text()).isEqualTo("22");
        // None of these sessions was on a registered kiosk, nor chose a detailed need.
        assertThat(table("sessions-by-kiosk").rows()).extracting(r -> r.cells().get(0).text()).containsExactly("22");
        assertThat(table("sessions-by-sub-need").rows()).extracting(ShownTable.ShownRow::label)
                .containsExactly("(non précisé)");
    }

    @Test
    void aSmallCountIsHiddenAndCannotBeWorkedOutFromTheTotal() {
        ShownTable audiences = table("sessions-by-audience");
        assertThat(audiences.rows()).extracting(ShownTable.ShownRow::label, r -> r.cells().get(0).text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("demandeurs d'emploi", "12"),
                        org.assertj.core.groups.Tuple.tuple("candidats à un examen", Cell.PROTECTING),
                        org.assertj.core.groups.Tuple.tuple("apprenants du français", Cell.SMALL));
        assertThat(audiences.total().cells().get(0).text()).isEqualTo("22");
        ShownTable faces = table("satisfaction");
        assertThat(faces.rows()).extracting(r -> r.cells().get(0).text()).containsExactly("12", Cell.PROTECTING,
                Cell.SMALL);
    }

    @Test
    void theCsvShowsWhatTheScreenShowsAndNeverAHiddenValue() throws Exception {
        String csv = new String(reports.csv(YEAR_2001), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("\r\n").contains("apprenants du français;< 5")
                .contains("candidats à un examen;×").contains("demandeurs d'emploi;12")
                .doesNotContain("apprenants du français;3").doesNotContain("candidats à un examen;7");
    }

    @Test
    void theYearlyPdfHoldsTheFiguresAsShownAndTheNotes() throws Exception {
        String note = "Atelier CV avec la Mission locale, 6 personnes";
        notes.write("longwy", java.time.YearMonth.of(2001, 3), note);
        try {
            byte[] pdf = reports.pdf(2001, "longwy");
            String text;
            try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "report-pdf"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "report-pdf", "bilan-2001-longwy.pdf"), pdf);
            assertThat(text).contains("Bilan annuel 2001").contains("Médiathèque de Longwy")
                    .contains("du 1 janvier 2001 au 31 décembre 2001").contains("Sessions par mois")
                    .contains("2001-03 15").contains("2001-04 7").contains("Total 22")
                    .contains("demandeurs d'emploi 12").contains("candidats à un examen ×")
                    .contains("apprenants du français < 5").contains(note)
                    .doesNotContain("apprenants du français 3").doesNotContain("candidats à un examen 7");
        } finally {
            notes.write("longwy", java.time.YearMonth.of(2001, 3), "");
        }
    }

    @Test
    void aUserReadsOnlyItsBranches() {
        StaffFixtures.signIn(fixtures.create("other", StaffRole.LIBRARIAN, "luneville"));
        assertThatThrownBy(() -> reports.report(YEAR_2001)).isInstanceOf(AccessDeniedException.class);
        List<ShownTable> own = reports.report(new ReportPeriod(YEAR_2001.from(), YEAR_2001.to(), null));
        assertThat(own.get(0).rows()).as("luneville had no session in 2001").isEmpty();
    }
}
