package fr.tremplin.support;

import fr.tremplin.support.StaffFixtures.Staff;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of staff view tests: signing in puts the Authentication in Spring Security's context, which both the
 * services and Vaadin's navigation access control (through the browserless Spring request) read.
 */
public abstract class StaffViewTest extends ViewTest {

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
    }
}
