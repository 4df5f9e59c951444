package fr.tremplin.credential.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.tremplin.core.ui.Feedback;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.CredentialRow;
import fr.tremplin.credential.CredentialRow.CredentialState;
import fr.tremplin.credential.PoolStock;
import java.time.ZoneId;

/** The credentials of a pool, a page at a time, never with a login or secret; each can be revoked. */
class PoolCredentialsDialog extends Dialog {

    private final CredentialPools pools;
    private final PoolStock pool;
    private final Runnable onChanged;
    private final Grid<CredentialRow> grid = new Grid<>();

    PoolCredentialsDialog(CredentialPools pools, PoolStock pool, ZoneId zone, Runnable onChanged) {
        this.pools = pools;
        this.pool = pool;
        this.onChanged = onChanged;
        setId("pool-credentials-dialog");
        setHeaderTitle(getTranslation("staff.credentials.list.title", pool.resourceTitle()));
        grid.setId("pool-credentials-grid");
        grid.addColumn(CredentialRow::id).setHeader("#").setKey("id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> CredentialLabels.state(r.state())).setHeader(getTranslation("staff.credentials.state"))
                .setKey("state").setAutoWidth(true);
        grid.addColumn(r -> CredentialLabels.day(r.validFrom())).setHeader(getTranslation("staff.credentials.valid-from"))
                .setKey("from").setAutoWidth(true);
        grid.addColumn(r -> CredentialLabels.day(r.validUntil()))
                .setHeader(getTranslation("staff.credentials.valid-until")).setKey("until").setAutoWidth(true);
        grid.addColumn(r -> CredentialLabels.when(r.issuedAt(), zone))
                .setHeader(getTranslation("staff.credentials.issued-at")).setKey("issued").setAutoWidth(true);
        grid.addColumn(r -> CredentialLabels.when(r.lentUntil(), zone))
                .setHeader(getTranslation("staff.credentials.lent-until")).setKey("lent").setAutoWidth(true);
        grid.addColumn(CredentialRow::note).setHeader(getTranslation("staff.credentials.note")).setKey("note");
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> pools.credentials(pool.poolId(), query.getOffset(), query.getLimit()).stream(),
                query -> pools.countCredentials(pool.poolId()));
        grid.setHeight("28em");
        Button close = new Button(getTranslation("staff.close"), e -> close());
        close.setId("pool-credentials-close");
        add(new Paragraph(getTranslation("staff.credentials.list.text")), grid);
        getFooter().add(close);
        setWidth("min(75em, 95vw)");
    }

    private Component revokeButton(CredentialRow row) {
        if (row.state() == CredentialState.REVOKED) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("staff.credentials.revoke"),
                e -> new RevokeDialog(row.id(), () -> revoke(row)).open());
        revoke.setId("revoke-" + row.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return revoke;
    }

    private void revoke(CredentialRow row) {
        pools.revoke(pool.poolId(), row.id());
        Feedback.saved(getTranslation("staff.credentials.revoked", String.valueOf(row.id())));
        grid.getDataProvider().refreshAll();
        onChanged.run();
    }
}
