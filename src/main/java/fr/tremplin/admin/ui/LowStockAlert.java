package fr.tremplin.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import fr.tremplin.core.security.StaffPaths;
import fr.tremplin.credential.PoolStock;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** On the staff home: the credential pools at or under their low-stock threshold, each linked to its branch's pools. */
class LowStockAlert extends Div {

    LowStockAlert(List<PoolStock> low) {
        setId("low-stock-alert");
        getElement().setAttribute("role", "alert");
        addClassNames(LumoUtility.Background.ERROR_10, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Padding.MEDIUM);
        H3 title = new H3(getTranslation("staff.home.low-stock"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.Top.NONE);
        UnorderedList pools = new UnorderedList();
        for (PoolStock pool : low) {
            String text = pool.empty()
                    ? getTranslation("staff.home.low-stock.empty", pool.branchName(), pool.resourceTitle())
                    : getTranslation("staff.home.low-stock.left", pool.branchName(), pool.resourceTitle(),
                            pool.available());
            Anchor link = new Anchor("/" + StaffPaths.CREDENTIALS + "?branch="
                    + URLEncoder.encode(pool.branchCode(), StandardCharsets.UTF_8), text);
            link.setId("low-stock-" + pool.branchCode() + "-" + pool.resourceCode());
            pools.add(new ListItem(link));
        }
        add(title, pools);
    }
}
