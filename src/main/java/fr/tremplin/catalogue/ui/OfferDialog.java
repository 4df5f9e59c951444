package fr.tremplin.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import fr.tremplin.catalogue.OfferAdminService;
import fr.tremplin.catalogue.OfferLine;
import fr.tremplin.core.domain.AccessMode;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.StaffLabels;
import java.math.BigDecimal;
import java.util.Map;

/** Edits one offer: on or off, licences bought, yearly cost, and the branch's own access mode. */
class OfferDialog extends Dialog {

    /** What the form edits. */
    static final class Draft {
        boolean enabled;
        Integer licences;
        BigDecimal cost;
        AccessMode mode;
    }

    OfferDialog(OfferAdminService offers, String branchCode, OfferLine line, Runnable onSaved) {
        setId("offer-dialog");
        setHeaderTitle(line.title());
        Checkbox enabled = new Checkbox(getTranslation("staff.offers.enabled"));
        enabled.setId("offer-enabled");
        IntegerField licences = new IntegerField(getTranslation("staff.offers.licences"));
        licences.setId("offer-licences");
        BigDecimalField cost = new BigDecimalField(getTranslation("staff.offers.cost"));
        cost.setId("offer-cost");
        Select<AccessMode> mode = new Select<>();
        mode.setId("offer-access-mode");
        mode.setLabel(getTranslation("staff.offers.access-mode"));
        mode.setItems(AccessMode.values());
        mode.setEmptySelectionAllowed(true);
        mode.setEmptySelectionCaption(getTranslation("staff.offers.access-mode.default",
                StaffLabels.accessMode(line.accessMode())));
        mode.setItemLabelGenerator(m -> m == null ? "" : StaffLabels.accessMode(m));

        Binder<Draft> binder = new Binder<>();
        binder.forField(enabled).bind(d -> d.enabled, (d, v) -> d.enabled = v);
        binder.forField(licences)
                .withValidator(v -> v == null || v >= 0 && v <= OfferAdminService.MAX_LICENCES,
                        getTranslation("staff.validation.range", 0, OfferAdminService.MAX_LICENCES))
                .bind(d -> d.licences, (d, v) -> d.licences = v);
        binder.forField(cost)
                .withValidator(v -> v == null || v.signum() >= 0 && v.compareTo(OfferAdminService.MAX_YEARLY_COST) <= 0,
                        getTranslation("staff.validation.range", 0, OfferAdminService.MAX_YEARLY_COST))
                .withValidator(v -> v == null || v.stripTrailingZeros().scale() <= 2,
                        getTranslation("staff.offers.cost.cents"))
                .bind(d -> d.cost, (d, v) -> d.cost = v);
        binder.forField(mode).bind(d -> d.mode, (d, v) -> d.mode = v);
        Draft draft = new Draft();
        draft.enabled = line.enabled();
        draft.licences = line.licencesBought();
        draft.cost = line.yearlyCost();
        draft.mode = line.accessModeOverride();
        binder.readBean(draft);

        Button save = new Button(getTranslation("staff.save"), e -> {
            if (!binder.writeBeanIfValid(draft)) {
                return;
            }
            if (Feedback.save(() -> offers.update(branchCode, line.resourceCode(), draft.enabled, draft.licences,
                    draft.cost, draft.mode, line.version()), Map.of("licencesBought", licences, "yearlyCost", cost))) {
                close();
                onSaved.run();
            }
        });
        save.setId("offer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("offer-cancel");
        add(new FormLayout(enabled, licences, cost, mode));
        getFooter().add(cancel, save);
    }
}
