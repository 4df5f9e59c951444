package fr.tremplin.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.admin.BranchAdminService;
import fr.tremplin.admin.BranchSettings;
import fr.tremplin.admin.KioskService;
import fr.tremplin.admin.KioskSummary;
import fr.tremplin.admin.NewKiosk;
import fr.tremplin.core.domain.InvalidInputException;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.BranchPicker;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.core.ui.StaffLayout;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** The kiosk PCs of a branch: register one (its link and QR code are shown once), see when each was last seen, revoke. */
@Route(value = StaffPaths.KIOSKS, layout = StaffLayout.class)
@PermitAll
public class KiosksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final KioskService kiosks;
    private final BranchAdminService branches;
    private final StaffAccess access;
    private final VerticalLayout list = new VerticalLayout();
    private final Map<String, BranchSettings> visible = new LinkedHashMap<>();
    private String branchCode;

    public KiosksView(KioskService kiosks, BranchAdminService branches, StaffAccess access) {
        this.kiosks = kiosks;
        this.branches = branches;
        this.access = access;
        setId("kiosks-view");
        list.setId("kiosk-list");
        list.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visible.clear();
        branches.visibleBranches().forEach(b -> visible.put(b.code(), b));
        Map<String, String> names = new LinkedHashMap<>();
        visible.values().forEach(b -> names.put(b.code(), b.name()));
        removeAll();
        add(new H2(getTranslation("staff.kiosks.title")), new Paragraph(getTranslation("staff.kiosks.intro")));
        if (names.isEmpty()) {
            add(new Paragraph(getTranslation("staff.no-branch")));
            return;
        }
        BranchPicker picker = BranchPicker.forAddress(names, event, this::show);
        add(picker, list);
        show(picker.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.kiosks.title");
    }

    private void show(String code) {
        branchCode = code;
        list.removeAll();
        boolean manages = access.current().manages(code);
        if (manages) {
            TextField label = new TextField(getTranslation("staff.kiosks.label"));
            label.setId("kiosk-label");
            label.setHelperText(getTranslation("staff.kiosks.label.help"));
            label.setMaxLength(KioskService.LABEL_MAX_LENGTH);
            Button register = new Button(getTranslation("staff.kiosks.register"), e -> register(label));
            register.setId("kiosk-register");
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            HorizontalLayout form = new HorizontalLayout(label, register);
            form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            list.add(form);
        }
        ZoneId zone = visible.get(code).timeZone();
        for (KioskSummary kiosk : kiosks.kiosks(code)) {
            list.add(row(kiosk, zone, manages));
        }
    }

    private void register(TextField label) {
        if (label.getValue().isBlank()) {
            label.setErrorMessage(getTranslation("staff.validation.required"));
            label.setInvalid(true);
            return;
        }
        try {
            NewKiosk created = kiosks.register(branchCode, label.getValue());
            new NewKioskDialog(created).open();
            show(branchCode);
        } catch (InvalidInputException e) {
            Feedback.invalid(e, Map.of("label", label));
        }
    }

    private HorizontalLayout row(KioskSummary kiosk, ZoneId zone, boolean manages) {
        Span label = new Span(kiosk.label());
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span details = new Span(getTranslation("staff.kiosks.details", when(kiosk.registeredAt(), zone),
                kiosk.registeredBy() == null ? "?" : kiosk.registeredBy(),
                kiosk.lastSeenAt() == null ? getTranslation("staff.kiosks.never") : when(kiosk.lastSeenAt(), zone)));
        details.setId("kiosk-details-" + kiosk.id());
        details.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        Div text = new Div(label, new Div(details));
        HorizontalLayout row = new HorizontalLayout(text);
        row.setId("kiosk-" + kiosk.id());
        row.setWidthFull();
        row.expand(text);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (kiosk.revoked()) {
            Span revoked = new Span(getTranslation("staff.kiosks.revoked", when(kiosk.revokedAt(), zone)));
            revoked.setId("kiosk-revoked-" + kiosk.id());
            revoked.getElement().getThemeList().add("badge error");
            row.add(revoked);
        } else if (manages) {
            Button revoke = new Button(getTranslation("staff.kiosks.revoke"), e -> {
                kiosks.revoke(kiosk.id());
                Feedback.saved();
                show(branchCode);
            });
            revoke.setId("kiosk-revoke-" + kiosk.id());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(revoke);
        }
        return row;
    }

    private static String when(LocalDateTime utc, ZoneId zone) {
        return WHEN.format(utc.atZone(ZoneId.of("UTC")).withZoneSameInstant(zone));
    }
}
