package fr.tremplin.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.workshop.WorkshopStatus.Command;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The workshop's state machine, command by state. */
class WorkshopStatusTest {

    @ParameterizedTest(name = "{0} in a {1} workshop -> {2}")
    @CsvSource({
        "EDIT, PLANNED, PLANNED", "EDIT, OPEN, -", "EDIT, CLOSED, -",
        "OPEN, PLANNED, OPEN", "OPEN, OPEN, -", "OPEN, RUNNING, -", "OPEN, CLOSED, -",
        "LEAD, PLANNED, -", "LEAD, OPEN, RUNNING", "LEAD, RUNNING, RUNNING", "LEAD, CLOSED, -",
        "RELEASE, OPEN, RUNNING", "RELEASE, CLOSED, -",
        "LOCK, PLANNED, -", "LOCK, RUNNING, RUNNING",
        "HAND_OUT, PLANNED, -", "HAND_OUT, OPEN, RUNNING", "HAND_OUT, CLOSED, -",
        "CLOSE, PLANNED, CLOSED", "CLOSE, OPEN, CLOSED", "CLOSE, RUNNING, CLOSED", "CLOSE, CLOSED, -"})
    void eachCommandIsAllowedOnlyWhereItMakesSense(Command command, WorkshopStatus from, String to) {
        if (to.equals("-")) {
            assertThat(command.allowedIn(from)).isFalse();
            assertThatThrownBy(() -> command.after(from)).isInstanceOf(IllegalStateException.class);
        } else {
            assertThat(command.allowedIn(from)).isTrue();
            assertThat(command.after(from)).isEqualTo(WorkshopStatus.valueOf(to));
        }
    }

    @ParameterizedTest
    @CsvSource({"PLANNED, false", "OPEN, true", "RUNNING, true", "CLOSED, false"})
    void kiosksJoinOnlyAnOpenOrRunningWorkshop(WorkshopStatus status, boolean joinable) {
        assertThat(status.joinable()).isEqualTo(joinable);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"acefh|ACEFH", " AC-EF H |ACEFH", "ACEF|", "ACEFHJ|", "ACEF0|", "ACEFI|",
        "ACEFO|", "|"})
    void joinCodesForgiveCaseSpacesAndDashesButNotLookAlikes(String typed, String code) {
        assertThat(JoinCodes.normalise(typed)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"NEEDS", "RESULTS", "RESOURCE:DUOLINGO"})
    void leadTargetsReadBackAsWritten(String text) {
        assertThat(LeadTarget.parse(text).orElseThrow().text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"RESOURCE:", "ELSEWHERE"})
    void unknownLeadTargetsAreNone(String text) {
        assertThat(LeadTarget.parse(text)).isEmpty();
    }
}
