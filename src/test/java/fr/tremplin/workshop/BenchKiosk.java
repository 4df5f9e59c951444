package fr.tremplin.workshop;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import fr.tremplin.support.Chromium;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One kiosk of the workshop benchmark: a Chromium page joined to a workshop, watched through the DevTools protocol.
 * When each screen update's push reaches the browser is read from the browser's own network events, whose
 * timestamps are on the machine's monotonic clock, the one {@link System#nanoTime()} reads; when a screen appears in
 * the page is recorded by the page itself ({@code Date.now()}, the machine's wall clock).
 */
final class BenchKiosk implements AutoCloseable {

    /** A screen update of the kiosk's UI is 14–22 KB; heartbeats and small updates are below this. */
    private static final int SCREEN_PUSH_CHARS = 4000;

    /** Records in the page when each watched screen appears. */
    private static final String WATCH = """
            () => {
              window.__shown = {};
              const ids = ['need-screen', 'resource-screen'];
              const look = () => ids.forEach(id => {
                if (document.getElementById(id)) { window.__shown[id] = window.__shown[id] || Date.now(); }
                else { delete window.__shown[id]; }
              });
              new MutationObserver(look).observe(document.body, { subtree: true, childList: true });
              look();
            }""";

    private final BrowserContext context;
    private final Page page;
    private final CDPSession probe;
    private final List<Long> pushes = new CopyOnWriteArrayList<>();

    private BenchKiosk(BrowserContext context, Page page, CDPSession probe) {
        this.context = context;
        this.page = page;
        this.probe = probe;
    }

    /** A kiosk page joined with the workshop's code, showing the needs. */
    static BenchKiosk join(String server, String branch, String code) {
        BrowserContext context = Chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1080, 1400).setLocale("fr-FR"));
        Page page = context.newPage();
        CDPSession probe = context.newCDPSession(page);
        BenchKiosk kiosk = new BenchKiosk(context, page, probe);
        // Before the page opens its push connection: the network domain only reports sockets opened after this.
        probe.send("Network.enable");
        probe.send("Performance.enable");
        probe.on("Network.webSocketFrameReceived", event -> {
            if (event.getAsJsonObject("response").get("payloadData").getAsString().length() > SCREEN_PUSH_CHARS) {
                kiosk.pushes.add(Math.round(event.get("timestamp").getAsDouble() * 1e9));
            }
        });
        page.navigate(server + "/kiosk/" + branch + "?workshop=" + code);
        page.locator("#workshop-start").click();
        page.locator("#need-screen").waitFor();
        page.evaluate(WATCH);
        return kiosk;
    }

    /** Waits until the page shows the screen; its wall-clock time in milliseconds. */
    long shownAt(String screenId) {
        page.waitForFunction("id => window.__shown[id]", screenId);
        return ((Number) page.evaluate("id => window.__shown[id]", screenId)).longValue();
    }

    /** When the first screen update after {@code sinceNanos} reached the browser ({@code nanoTime} clock), or -1. */
    long pushReachedAfter(long sinceNanos) {
        return pushes.stream().filter(t -> t >= sinceNanos).findFirst().orElse(-1L);
    }

    /** The page's main-thread busy time so far (Chromium's TaskDuration), in milliseconds. */
    double mainThreadMillis() {
        for (var metric : probe.send("Performance.getMetrics").getAsJsonArray("metrics")) {
            JsonObject m = metric.getAsJsonObject();
            if ("TaskDuration".equals(m.get("name").getAsString())) {
                return m.get("value").getAsDouble() * 1000;
            }
        }
        throw new IllegalStateException("Chromium gave no TaskDuration");
    }

    @Override
    public void close() {
        context.close();
    }
}
