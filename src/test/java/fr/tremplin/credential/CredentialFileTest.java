package fr.tremplin.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.credential.CredentialFileException.Problem;
import fr.tremplin.credential.RejectedLine.Reason;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of a credential import file, line by line. */
class CredentialFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static CredentialFile.Reading read(String text) {
        return CredentialFile.read(text.getBytes(StandardCharsets.UTF_8), TODAY);
    }

    @Test
    void readsSemicolonFileWithFrenchHeaderAndDates() {
        CredentialFile.Reading reading = read("""
                Identifiant;Mot de passe;Valable du;Valable jusqu'au;Remarque
                marie.l;s3cret;01/09/2026;31/08/2027;lot 2026
                ahmed.k;p@ss;2026-09-01;2027-08-31;
                """);
        assertThat(reading.rejected()).isEmpty();
        assertThat(reading.accepted()).extracting(CredentialLine::lineNumber, CredentialLine::login,
                CredentialLine::secret, CredentialLine::validFrom, CredentialLine::validUntil, CredentialLine::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "marie.l", "s3cret", LocalDate.of(2026, 9, 1),
                                LocalDate.of(2027, 8, 31), "lot 2026"),
                        org.assertj.core.groups.Tuple.tuple(3, "ahmed.k", "p@ss", LocalDate.of(2026, 9, 1),
                                LocalDate.of(2027, 8, 31), null));
    }

    @Test
    void readsCommaFileOfCodesOnly() {
        CredentialFile.Reading reading = read("code,valid until\nAB12-CD34,2027-01-31\n\"EF,56\",\n");
        assertThat(reading.rejected()).isEmpty();
        assertThat(reading.accepted()).extracting(CredentialLine::login, CredentialLine::secret, CredentialLine::identity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "AB12-CD34", "AB12-CD34"),
                        org.assertj.core.groups.Tuple.tuple(null, "EF,56", "EF,56"));
    }

    @Test
    void readsLatin1AndUtf8WithBom() {
        byte[] latin1 = "login;password;note\nélodie;mdp;achat médiathèque\n".getBytes(Charset.forName("ISO-8859-1"));
        CredentialFile.Reading fromLatin1 = CredentialFile.read(latin1, TODAY);
        assertThat(fromLatin1.accepted()).extracting(CredentialLine::login, CredentialLine::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("élodie", "achat médiathèque"));
        byte[] bom = "\uFEFFlogin;password\nzoé;x\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CredentialFile.read(bom, TODAY).accepted()).extracting(CredentialLine::login).containsExactly("zoé");
    }

    @Test
    void rejectsEachBadLineWithItsNumberAndReason() {
        CredentialFile.Reading reading = read("""
                login;password;valid from;valid until
                ok.one;pw;;
                ;pw;;
                no.password;;;
                bad.date;pw;31/02/2027;
                reversed;pw;2027-05-01;2027-04-01
                expired;pw;;2026-11-24
                ok.one;other;;

                too;many;;;extra
                """);
        assertThat(reading.accepted()).extracting(CredentialLine::login).containsExactly("ok.one");
        assertThat(reading.rejected()).containsExactly(
                new RejectedLine(3, Reason.MISSING_FIELD, "login"),
                new RejectedLine(4, Reason.MISSING_FIELD, "password"),
                new RejectedLine(5, Reason.BAD_DATE, "valid from", "31/02/2027"),
                new RejectedLine(6, Reason.UNTIL_BEFORE_FROM, "2027-05-01", "2027-04-01"),
                new RejectedLine(7, Reason.ALREADY_EXPIRED, "2026-11-24"),
                new RejectedLine(8, Reason.DUPLICATE_IN_FILE, "2"),
                new RejectedLine(10, Reason.TOO_MANY_FIELDS, "5", "4"));
    }

    @Test
    void lineNumbersCountQuotedLineBreaks() {
        CredentialFile.Reading reading = read("code;note\nA1;\"two\nlines\"\n;\nB2;x\n");
        assertThat(reading.accepted()).extracting(CredentialLine::lineNumber).containsExactly(2, 5);
        assertThat(reading.rejected()).isEmpty();
    }

    @Test
    void rejectsControlCharactersAndOverlongFields() {
        CredentialFile.Reading reading = read("code\n\"A\u0007B\"\n" + "X".repeat(201) + "\n");
        assertThat(reading.rejected()).containsExactly(new RejectedLine(2, Reason.CONTROL_CHARACTER, "code"),
                new RejectedLine(3, Reason.TOO_LONG, "code", "200"));
    }

    @Test
    void refusesFilesThatCannotBeRead() {
        assertProblem("", Problem.EMPTY);
        assertProblem("login;pin\na;1\n", Problem.UNKNOWN_COLUMN, "pin", "2");
        assertProblem("note;valid until\nx;\n", Problem.NO_CREDENTIAL_COLUMN);
        assertProblem("code;password\nx;y\n", Problem.CODE_AND_PASSWORD);
        assertProblem("login;Login\nx;y\n", Problem.DUPLICATE_COLUMN, "Login");
        assertThatThrownBy(() -> CredentialFile.read(new byte[CredentialFile.MAX_BYTES + 1], TODAY))
                .isInstanceOfSatisfying(CredentialFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE));
    }

    @Test
    void neitherLinesNorProblemsShowASecret() {
        CredentialFile.Reading reading = read("login;password\nvisible.login;TopSecret42\n");
        assertThat(reading.accepted().get(0).toString()).doesNotContain("TopSecret42").doesNotContain("visible.login");
        assertThatThrownBy(() -> read("login;password\nx;\"Secret\"unclosed\n"))
                .isInstanceOfSatisfying(CredentialFileException.class,
                        e -> assertThat(e.getMessage() + e.details()).doesNotContain("Secret"));
    }

    @Test
    void tenThousandLinesAreRead() {
        StringBuilder file = new StringBuilder("login;password;valid until\n");
        for (int i = 0; i < 10_000; i++) {
            file.append("user").append(i).append(";pw").append(i).append(";2027-12-31\n");
        }
        CredentialFile.Reading reading = read(file.toString());
        assertThat(reading.accepted()).hasSize(10_000);
        assertThat(reading.accepted().get(9_999).lineNumber()).isEqualTo(10_001);
    }

    private static void assertProblem(String text, Problem problem, String... details) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(CredentialFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.details()).isEqualTo(List.of(details));
        });
    }
}
