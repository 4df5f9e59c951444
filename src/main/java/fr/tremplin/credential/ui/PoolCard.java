package fr.tremplin.credential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.core.ui.StaffLabels;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.PoolPolicy;
import fr.tremplin.credential.PoolStock;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;

/** One pool of a branch: its settings, its counts, a low-stock badge, and what staff may do with it. */
class PoolCard extends Div {

    private final String id;

    PoolCard(CredentialPools pools, PoolStock pool, ZoneId zone, boolean manages, Runnable onChanged) {
        id = "pool-" + pool.resourceCode();
        setId(id);
        setWidthFull();
        addClassNames(LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10, LumoUtility.Padding.SMALL);
        Span title = new Span(pool.resourceTitle());
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        HorizontalLayout heading = new HorizontalLayout(title);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (pool.low()) {
            Span badge = new Span(pool.empty() ? getTranslation("staff.credentials.empty")
                    : getTranslation("staff.credentials.low"));
            badge.setId(id + "-low");
            badge.getElement().getThemeList().add(pool.empty() ? "badge error primary" : "badge error");
            heading.add(badge);
        }
        Span details = new Span(details(pool));
        details.setId(id + "-details");
        details.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        FlexLayout counts = new FlexLayout(
                count("available", pool.available(), getTranslation("staff.credentials.count.available")),
                count("waiting", pool.waiting(), getTranslation("staff.credentials.count.waiting")),
                count("issued", pool.issued(), getTranslation("staff.credentials.count.issued")),
                count("expired", pool.expired(), getTranslation("staff.credentials.count.expired")),
                count("revoked", pool.revoked(), getTranslation("staff.credentials.count.revoked")));
        counts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counts.addClassNames(LumoUtility.Gap.LARGE, LumoUtility.Margin.Vertical.SMALL);
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassNames(LumoUtility.Gap.SMALL);
        if (manages) {
            actions.add(button("import", "staff.credentials.import", () -> new CredentialImportDialog(pools, pool,
                    onChanged).open()));
            actions.add(button("settings", "staff.credentials.settings", () -> new PoolSettingsDialog(pools, pool,
                    onChanged).open()));
            actions.add(button("credentials", "staff.credentials.list", () -> new PoolCredentialsDialog(pools, pool,
                    zone, onChanged).open()));
        }
        actions.add(export(pools, pool));
        add(heading, new Div(details), counts, actions);
    }

    private Span count(String what, int value, String label) {
        Span number = new Span(String.valueOf(value));
        number.setId(id + "-" + what);
        number.addClassNames(LumoUtility.FontWeight.BOLD, LumoUtility.FontSize.XLARGE);
        return new Span(number, new Span(" " + label));
    }

    private Button button(String action, String key, Runnable open) {
        Button button = new Button(getTranslation(key), e -> open.run());
        button.setId(id + "-" + action);
        return button;
    }

    /** Built at each download, under the signed-in user's security context, so the service checks who asks. */
    private Anchor export(CredentialPools pools, PoolStock pool) {
        String fileName = pool.branchCode() + "-" + pool.resourceCode() + "-pool.csv";
        DownloadHandler csv = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pools.export(pool.poolId());
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv", bytes.length);
        });
        Anchor export = new Anchor(csv, getTranslation("staff.credentials.export"));
        export.setId(id + "-export");
        export.getElement().setAttribute("download", true);
        export.addClassNames(LumoUtility.Padding.SMALL);
        return export;
    }

    private String details(PoolStock pool) {
        StringBuilder text = new StringBuilder(StaffLabels.accessMode(pool.accessMode()));
        text.append(" · ").append(CredentialLabels.policy(pool.settings().policy()));
        if (pool.settings().policy() == PoolPolicy.REUSABLE_AFTER_EXPIRY) {
            text.append(" · ").append(getTranslation("staff.credentials.loan-days.value", pool.settings().loanDays()));
        }
        if (pool.settings().cardCheck()) {
            text.append(" · ").append(getTranslation("staff.credentials.card-check.on"));
        }
        text.append(" · ").append(getTranslation("staff.credentials.threshold.value",
                pool.settings().lowStockThreshold()));
        return text.toString();
    }
}
