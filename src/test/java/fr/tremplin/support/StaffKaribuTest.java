package fr.tremplin.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import fr.tremplin.support.StaffFixtures.Staff;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of staff view tests: Karibu-Testing 2.4 has no Spring Security support, so signing in puts the
 * Authentication in the SecurityContextHolder (what the services check) and the principal and roles on Karibu's
 * fake request (what Vaadin's navigation access control checks).
 */
public abstract class StaffKaribuTest extends KaribuTest {

    @Autowired
    protected DSLContext dsl;
    protected StaffFixtures fixtures;

    @BeforeEach
    void staffFixtures() {
        fixtures = new StaffFixtures(dsl);
    }

    @AfterEach
    void removeStaff() {
        fixtures.cleanUp();
    }

    protected static void signIn(Staff staff) {
        StaffFixtures.signIn(staff);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> role.equals(staff.role().name()));
    }
}
