package fr.tremplin.credential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.credential.CredentialPools;
import java.util.Map;

/** The branch's fair-use limit: how many credentials one kiosk PC may hand out in an hour. */
class CredentialLimitForm extends HorizontalLayout {

    static final int MAX_LIMIT = 1000;

    CredentialLimitForm(CredentialPools pools, String branchCode, int defaultLimit, boolean manages) {
        IntegerField limit = new IntegerField(getTranslation("staff.credentials.limit"));
        limit.setId("credential-limit");
        limit.setHelperText(getTranslation("staff.credentials.limit.help", defaultLimit));
        limit.setValue(pools.perKioskPerHour(branchCode, defaultLimit));
        limit.setReadOnly(!manages);
        limit.setWidth("24em");
        add(limit);
        if (manages) {
            Button save = new Button(getTranslation("staff.save"), e -> {
                Integer value = limit.getValue();
                if (value == null || value < 1 || value > MAX_LIMIT) {
                    limit.setErrorMessage(getTranslation("staff.validation.range", 1, MAX_LIMIT));
                    limit.setInvalid(true);
                    return;
                }
                limit.setInvalid(false);
                Feedback.save(() -> pools.setPerKioskPerHour(branchCode, value), Map.of("perKioskPerHour", limit));
            });
            save.setId("credential-limit-save");
            add(save);
        }
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    }
}
