package fr.tremplin.credential.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.tremplin.core.security.StaffAccess;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.core.ui.BranchPicker;
import fr.tremplin.core.ui.StaffLayout;
import fr.tremplin.credential.CredentialPools;
import fr.tremplin.credential.CredentialProperties;
import fr.tremplin.credential.PoolCandidate;
import fr.tremplin.credential.PoolStock;
import fr.tremplin.credential.StaffBranch;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credential pools of a branch: stock and low-stock warnings for every role; import, settings, revocation and
 * new pools for those who manage the branch; an export without secrets for all.
 */
@Route(value = StaffPaths.CREDENTIALS, layout = StaffLayout.class)
@PermitAll
public class CredentialPoolsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CredentialPools pools;
    private final StaffAccess access;
    private final int defaultLimit;
    private final VerticalLayout list = new VerticalLayout();
    private final Map<String, StaffBranch> visible = new LinkedHashMap<>();
    private String branchCode;

    public CredentialPoolsView(CredentialPools pools, StaffAccess access, CredentialProperties properties) {
        this.pools = pools;
        this.access = access;
        this.defaultLimit = properties.perKioskPerHour();
        setId("credential-pools-view");
        list.setId("pool-list");
        list.setPadding(false);
        list.setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        visible.clear();
        pools.branches().forEach(b -> visible.put(b.code(), b));
        Map<String, String> names = new LinkedHashMap<>();
        visible.values().forEach(b -> names.put(b.code(), b.name()));
        removeAll();
        add(new H2(getTranslation("staff.credentials.title")), new Paragraph(getTranslation("staff.credentials.intro")));
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
        return getTranslation("staff.credentials.title");
    }

    private void show(String code) {
        branchCode = code;
        list.removeAll();
        boolean manages = access.current().manages(code);
        List<PoolStock> stock = pools.stock(code);
        if (stock.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("staff.credentials.none"));
            none.setId("pool-none");
            list.add(none);
        }
        for (PoolStock pool : stock) {
            list.add(new PoolCard(pools, pool, visible.get(code).timeZone(), manages, this::refresh));
        }
        if (manages) {
            List<PoolCandidate> candidates = pools.offersWithoutPool(code);
            if (!candidates.isEmpty()) {
                Button create = new Button(getTranslation("staff.credentials.new"),
                        e -> new NewPoolDialog(pools, code, candidates, this::refresh).open());
                create.setId("pool-new");
                list.add(create);
            }
        }
        list.add(new H3(getTranslation("staff.credentials.limit.title")),
                new CredentialLimitForm(pools, code, defaultLimit, manages));
    }

    private void refresh() {
        show(branchCode);
    }
}
