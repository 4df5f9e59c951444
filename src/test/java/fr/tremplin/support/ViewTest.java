package fr.tremplin.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Base of view tests: Vaadin's browserless UI tests on top of the shared Spring context and database. Components
 * are found by id; like the browser, the lookups see only visible components.
 */
@TremplinTest
public abstract class ViewTest extends SpringBrowserlessTest {

    /** Every visible component of that type with that id (a composite and its content share one). */
    protected <T extends Component> List<T> all(Class<T> type, String id) {
        return $(type).withCondition(c -> c.getId().filter(id::equals).isPresent()).all();
    }

    /** Every visible component of that type. */
    protected <T extends Component> List<T> all(Class<T> type) {
        return $(type).all();
    }

    /** The visible component of that type with that id, failing if there is none. */
    protected <T extends Component> T get(Class<T> type, String id) {
        List<T> found = all(type, id);
        if (found.isEmpty()) {
            throw new AssertionError("No visible " + type.getSimpleName() + " with id " + id);
        }
        return found.get(0);
    }

    /** Clicks (taps) the component with that id, failing if it is hidden, disabled or cannot be clicked. */
    protected void click(String id) {
        Component component = all(Component.class, id).stream().filter(ClickNotifier.class::isInstance)
                .findFirst().orElseThrow(() -> new AssertionError(id + " is not a visible clickable component"));
        test(component).click();
    }
}
