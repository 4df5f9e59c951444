package fr.tremplin.kiosk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.annotation.SpringComponent;
import fr.tremplin.holdings.CatalogueSearch;
import fr.tremplin.kiosk.PatronProfile;
import fr.tremplin.holdings.ShelfItem;
import fr.tremplin.holdings.availability.LiveAvailability;
import fr.tremplin.holdings.availability.RecordAvailability;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the "also on the shelves here" panels of a branch's kiosk. The statuses of the last export show at once;
 * where the branch's library system answers live, they are redrawn when it does, so a slow library system never
 * holds up a patron's screen.
 */
@SpringComponent
class KioskShelves {

    static final int SHOWN = 4;
    private static final ExecutorService LIVE = Executors.newVirtualThreadPerTaskExecutor();

    private final CatalogueSearch search;
    private final LiveAvailability availability;

    KioskShelves(CatalogueSearch search, LiveAvailability availability) {
        this.search = search;
        this.availability = availability;
    }

    /** The results, with the branch's books for the need chosen (at the level chosen) below them. */
    KioskScreen underResults(KioskScreen results, String branchCode, PatronProfile profile) {
        results.append(live(branchCode, search.onShelves(branchCode, List.of(profile.chosenNeed()), profile.level(),
                SHOWN)));
        return results;
    }

    /** A resource page, with the branch's books for the same needs below it. */
    KioskScreen underResource(KioskScreen page, String branchCode, String resourceCode) {
        page.append(live(branchCode, search.onShelvesFor(branchCode, resourceCode, SHOWN)));
        return page;
    }

    /** A panel of these items, whose statuses the library system updates when it answers. */
    ShelfPanel live(String branchCode, List<ShelfItem> items) {
        ShelfPanel panel = new ShelfPanel(items);
        whenLive(branchCode, items, UI.getCurrent(), answer -> panel.show(answer, true));
        return panel;
    }

    /** Asks the branch's library system in the background; each live answer is given to the UI when it comes. */
    void whenLive(String branchCode, List<ShelfItem> items, UI ui, Consumer<RecordAvailability> onAnswer) {
        if (items.isEmpty() || ui == null) {
            return;
        }
        CompletableFuture.supplyAsync(() -> availability.forItems(branchCode, items), LIVE)
                .thenAccept(answers -> {
                    // Nothing to redraw, nothing to push: most branches have no live library system.
                    List<RecordAvailability> live = answers.values().stream()
                            .filter(a -> a.source() != RecordAvailability.Source.EXPORT).toList();
                    if (!live.isEmpty()) {
                        ui.access(() -> live.forEach(onAnswer));
                    }
                });
    }
}
