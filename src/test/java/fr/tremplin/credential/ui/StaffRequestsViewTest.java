package fr.tremplin.credential.ui;

import static fr.tremplin.core.db.jooq.Tables.BRANCH;
import static fr.tremplin.core.db.jooq.Tables.STAFF_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import fr.tremplin.core.db.jooq.enums.StaffRequestState;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.credential.StaffRequests;
import fr.tremplin.support.StaffViewTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The librarians' list of open requests for a personal publisher account. */
class StaffRequestsViewTest extends StaffViewTest {

    @Autowired
    StaffRequests requests;
    private final List<Long> made = new ArrayList<>();

    @AfterEach
    void removeRequests() {
        dsl.deleteFrom(STAFF_REQUEST).where(STAFF_REQUEST.ID.in(made)).execute();
    }

    @Test
    void aLibrarianSeesTheTicketsOfItsBranchAndClosesThem() {
        long handedOver = file("longwy");
        long cancelled = file("longwy");
        long elsewhere = file("nancy-plateau-de-haye");
        signIn(fixtures.create("lib", StaffRole.LIBRARIAN, "longwy"));
        UI.getCurrent().navigate("staff/requests");

        assertThat(get(Span.class, "request-" + handedOver + "-ticket").getText()).matches("\\d{4}");
        assertThat(all(HorizontalLayout.class, "request-" + cancelled)).hasSize(1);
        assertThat(all(HorizontalLayout.class, "request-" + elsewhere)).as("not its branch").isEmpty();

        click("request-" + handedOver + "-done");
        click("request-" + cancelled + "-cancel");

        assertThat(all(HorizontalLayout.class, "request-" + handedOver)).isEmpty();
        assertThat(all(HorizontalLayout.class, "request-" + cancelled)).isEmpty();
        assertThat(state(handedOver)).isEqualTo(StaffRequestState.DONE);
        assertThat(state(cancelled)).isEqualTo(StaffRequestState.CANCELLED);
        assertThat(state(elsewhere)).isEqualTo(StaffRequestState.OPEN);
    }

    private long file(String branch) {
        String ticket = requests.file(branch, "DAEU_PREP", null);
        // A ticket is unique among the open requests of its branch.
        long id = dsl.select(STAFF_REQUEST.ID).from(STAFF_REQUEST).join(BRANCH).on(BRANCH.ID.eq(STAFF_REQUEST.BRANCH_ID))
                .where(BRANCH.CODE.eq(branch)).and(STAFF_REQUEST.TICKET_NUMBER.eq(ticket))
                .and(STAFF_REQUEST.STATE.eq(StaffRequestState.OPEN)).fetchOne(STAFF_REQUEST.ID);
        made.add(id);
        return id;
    }

    private StaffRequestState state(long id) {
        return dsl.select(STAFF_REQUEST.STATE).from(STAFF_REQUEST).where(STAFF_REQUEST.ID.eq(id))
                .fetchOne(STAFF_REQUEST.STATE);
    }
}
