package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import fr.tremplin.catalogue.ResourceCard;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.ui.ReadAloud;
import java.util.Map;

/** "How to get in", step by step, for the resource's access mode, then the library's own words about it. */
class AccessSteps extends Composite<Div> {

    /** How many numbered steps each access mode has in the bundles (kiosk.steps.MODE.1 …). */
    static final Map<AccessMode, Integer> STEPS = Map.of(AccessMode.ON_SITE_OPEN, 3, AccessMode.FREE_ONLINE, 3,
            AccessMode.POOL_CODE, 3, AccessMode.SHARED_ACCOUNT, 2, AccessMode.STAFF_ACCOUNT, 3);

    AccessSteps(ResourceCard resource) {
        Div root = getContent();
        root.setId("access-steps");
        root.addClassName("access-steps");
        root.add(ReadAloud.speak(new H2(getTranslation("kiosk.resource.how"))));
        OrderedList steps = new OrderedList();
        for (int i = 1; i <= STEPS.get(resource.accessMode()); i++) {
            steps.add(ReadAloud.speak(new ListItem(getTranslation("kiosk.steps." + resource.accessMode() + "." + i))));
        }
        root.add(steps);
        if (resource.text().howToAccess() != null) {
            Paragraph library = ReadAloud.speak(new Paragraph(resource.text().howToAccess()));
            library.addClassName("library-words");
            root.add(library);
        }
    }
}
