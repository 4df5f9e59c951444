package fr.tremplin.catalogue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.admin.BranchAdminService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.catalogue.OfferAdminService;
import fr.tremplin.catalogue.OfferLine;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.BranchPicker;
import fr.tremplin.core.ui.StaffLabels;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.StaffLayout;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/** The offers of a branch: switch each resource on or off for its kiosks, and set licences, cost and access mode. */
@Route(value = StaffPaths.OFFERS, layout = StaffLayout.class)
@PermitAll
public class OffersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final OfferAdminService offers;
    private final BranchAdminService branches;
    private final StaffAccess access;
    private final VerticalLayout list = new VerticalLayout();
    private String branchCode;

    public OffersView(OfferAdminService offers, BranchAdminService branches, StaffAccess access) {
        this.offers = offers;
        this.branches = branches;
        this.access = access;
        setId("offers-view");
        list.setId("offer-list");
        list.setPadding(false);
        list.setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, String> visible = new LinkedHashMap<>();
        for (BranchSettings branch : branches.visibleBranches()) {
            visible.put(branch.code(), branch.name());
        }
        removeAll();
        add(new H2(getTranslation("staff.offers.title")));
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("staff.no-branch")));
            return;
        }
        BranchPicker picker = BranchPicker.forAddress(visible, event, this::show);
        add(picker, new Paragraph(getTranslation("staff.offers.intro")), list);
        show(picker.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.offers.title");
    }

    private void show(String code) {
        branchCode = code;
        boolean manages = access.current().manages(code);
        list.removeAll();
        for (OfferLine line : offers.offers(code, Language.of(getLocale()))) {
            list.add(row(line, manages));
        }
    }

    private HorizontalLayout row(OfferLine line, boolean manages) {
        Checkbox toggle = new Checkbox(line.title(), line.enabled());
        toggle.setId("offer-toggle-" + line.resourceCode());
        toggle.setReadOnly(!manages);
        toggle.getElement().setAttribute("aria-label", getTranslation("staff.offers.toggle", line.title()));
        toggle.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                toggle(line, e.getValue());
            }
        });
        Span details = new Span(details(line));
        details.setId("offer-details-" + line.resourceCode());
        details.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div text = new Div(toggle, new Div(details));
        HorizontalLayout row = new HorizontalLayout(text);
        row.setId("offer-" + line.resourceCode());
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.SMALL);
        row.expand(text);
        if (manages) {
            Button edit = new Button(getTranslation("staff.edit"), e -> new OfferDialog(offers, branchCode, line,
                    () -> show(branchCode)).open());
            edit.setId("offer-edit-" + line.resourceCode());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(edit);
        }
        return row;
    }

    private void toggle(OfferLine line, boolean enabled) {
        Feedback.save(() -> offers.setEnabled(branchCode, line.resourceCode(), enabled, line.version()), Map.of());
        show(branchCode);
    }

    private String details(OfferLine line) {
        StringBuilder text = new StringBuilder();
        text.append(line.resourceCode());
        if (line.publisher() != null) {
            text.append(" · ").append(line.publisher());
        }
        text.append(" · ").append(StaffLabels.accessMode(line.accessModeOverride() == null
                ? line.accessMode() : line.accessModeOverride()));
        if (line.licencesBought() != null) {
            text.append(" · ").append(getTranslation("staff.offers.licences.value", line.licencesBought()));
        }
        if (line.yearlyCost() != null) {
            text.append(" · ").append(getTranslation("staff.offers.cost.value", line.yearlyCost().toPlainString()));
        }
        return text.toString();
    }
}
