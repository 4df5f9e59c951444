package fr.tremplin.workshop;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import fr.tremplin.core.i18n.Language;
import fr.tremplin.core.security.StaffRole;
import fr.tremplin.kiosk.HelpCallService;
import fr.tremplin.support.Chromium;
import fr.tremplin.support.SecondNode;
import fr.tremplin.support.StaffFixtures;
import fr.tremplin.support.StaffFixtures.Staff;
import fr.tremplin.support.TremplinTest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Not a test: {@code ./mvnw -Pproduction,bench test -Dtest=WorkshopLiveBenchmark} joins 30 kiosks (30 Chromium
 * pages, drawn at 1080×1400) to a workshop and times "follow me", after {@code bench.warmup} rounds that are not
 * counted: from the librarian's command to each kiosk's push reaching its browser (the browser's own network event,
 * stamped on the monotonic clock {@link System#nanoTime()} reads), to each page showing the screen and to all 30
 * showing it; first with the kiosks on the librarian's server, then on a second application node on the same
 * database. It also prints the server's own time (the {@code tremplin.workshop.kiosk.reached} timer: from the change
 * reaching the kiosks' node to each kiosk's screen pushed), the CPU the 30 pages and this JVM use per round, and the
 * desk's ring time after a help call. Goals of issue 11: p95 under 200 ms on one server, under 1.5 s across two.
 *
 * <p>On a library's network each kiosk draws on its own PC. Here the 30 pages share the server's CPUs, so Chromium
 * runs under SCHED_IDLE (it never holds the server up), and the time until the last page shows the screen is bound
 * by the CPU the pages need per round, which is printed. {@code -Dbench.kiosks=N}, {@code -Dbench.rounds=N},
 * {@code -Dbench.warmup=N} change the load.
 */
@Tag("bench")
@TremplinTest
class WorkshopLiveBenchmark {

    private static final int KIOSKS = Integer.getInteger("bench.kiosks", 30);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 15);
    private static final int RINGS = Integer.getInteger("bench.rings", 10);
    private static final long PUSH_TIMEOUT_NANOS = 10_000_000_000L;
    private static final String BRANCH = "moselle-et-madon";
    private static final String RESOURCE = "CODECLIC";

    @Autowired
    Workshops workshops;
    @Autowired
    HelpCallService helpCalls;
    @Autowired
    DSLContext dsl;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void followMeAndTheDeskBell() throws Exception {
        StaffFixtures fixtures = new StaffFixtures(dsl);
        Staff librarian = fixtures.create("bench", StaffRole.LIBRARIAN, BRANCH);
        try (SecondNode second = SecondNode.on(context)) {
            StaffFixtures.signIn(librarian);
            String here = "http://localhost:" + port;
            System.out.println();
            System.out.printf("=== Workshop and desk, live (%d kiosks, %d rounds after %d not counted) ===%n", KIOSKS,
                    ROUNDS, WARMUP);
            followMe("one server", here, context.getBean(MeterRegistry.class));
            followMe("across two nodes", second.url(""), second.bean(MeterRegistry.class));
            ring(librarian, here, "one server", helpCalls);
            ring(librarian, here, "across two nodes", second.bean(HelpCallService.class));
        } finally {
            fixtures.cleanUp();
        }
    }

    private void followMe(String label, String kioskServer, MeterRegistry kioskNode) throws InterruptedException {
        long id = workshops.plan(new WorkshopPlan(BRANCH, "Bench " + label, null, List.of(RESOURCE),
                LocalDateTime.now().plusHours(1), KIOSKS, Language.FR, null));
        String code = workshops.open(id);
        List<BenchKiosk> kiosks = new ArrayList<>();
        CDPSession browser = Chromium.browser().newBrowserCDPSession();
        try {
            for (int i = 0; i < KIOSKS; i++) {
                kiosks.add(BenchKiosk.join(kioskServer, BRANCH, code));
            }
            MachineCpu.chromiumLast();
            Round round = new Round(id, kiosks, browser);
            for (int i = 0; i < WARMUP; i++) {
                round.allDrawing(i);
            }
            allDrawing(label, round, kioskNode);
        } finally {
            workshops.close(id);
            kiosks.forEach(BenchKiosk::close);
            browser.detach();
        }
    }

    private void allDrawing(String label, Round round, MeterRegistry kioskNode) throws InterruptedException {
        List<Long> reached = new ArrayList<>();
        List<Long> shown = new ArrayList<>();
        List<Long> allShown = new ArrayList<>();
        double[] mainThreadBefore = round.kiosks.stream().mapToDouble(BenchKiosk::mainThreadMillis).toArray();
        long chromiumBefore = MachineCpu.chromiumMillis();
        long jvmBefore = MachineCpu.jvmMillis();
        for (int i = 0; i < ROUNDS; i++) {
            Round.Times times = round.allDrawing(i);
            reached.addAll(times.reached());
            shown.addAll(times.shown());
            allShown.add(Collections.max(times.shown()));
        }
        long chromium = (MachineCpu.chromiumMillis() - chromiumBefore) / ROUNDS;
        long jvm = (MachineCpu.jvmMillis() - jvmBefore) / ROUNDS;
        List<Long> mainThread = new ArrayList<>();
        for (int k = 0; k < round.kiosks.size(); k++) {
            mainThread.add(Math.round((round.kiosks.get(k).mainThreadMillis() - mainThreadBefore[k]) / ROUNDS));
        }
        HistogramSnapshot server = kioskNode.get(LiveWorkshops.REACHED).timer().takeSnapshot();
        System.out.printf("follow me, %s: push reached each kiosk's browser p50 %d ms, p95 %d ms; screen shown on"
                + " each p50 %d ms, p95 %d ms; on all %d p50 %d ms, p95 %d ms, max %d ms%n", label,
                percentile(reached, 50), percentile(reached, 95), percentile(shown, 50), percentile(shown, 95),
                KIOSKS, percentile(allShown, 50), percentile(allShown, 95), Collections.max(allShown));
        System.out.printf("  in the kiosks' server, change → each screen pushed: p50 %.0f ms, p95 %.0f ms, max %.0f ms"
                + " (the timer's last two minutes or so)%n", server.percentileValues()[0].value(TimeUnit.MILLISECONDS),
                server.percentileValues()[1].value(TimeUnit.MILLISECONDS), server.max(TimeUnit.MILLISECONDS));
        System.out.printf("  CPU per round: the %d pages %d ms (all Chromium processes: %d ms for each of the"
                + " machine's %d CPUs), this JVM %d ms (both nodes and the benchmark's client); a page's main thread"
                + " busy p50 %d ms (waits for a CPU included)%n", KIOSKS, chromium,
                chromium / Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().availableProcessors(),
                jvm, percentile(mainThread, 50));
    }

    /** One "follow me" after another, alternating between a resource page and the needs. */
    private final class Round {
        private final long workshopId;
        private final List<BenchKiosk> kiosks;
        private final CDPSession browser;

        Round(long workshopId, List<BenchKiosk> kiosks, CDPSession browser) {
            this.workshopId = workshopId;
            this.kiosks = kiosks;
            this.browser = browser;
        }

        /** Milliseconds from the command to each kiosk's push reaching its browser, and to screens shown. */
        record Times(List<Long> reached, List<Long> shown) {
        }

        Times allDrawing(int n) throws InterruptedException {
            boolean toResource = n % 2 == 0;
            String screen = toResource ? "resource-screen" : "need-screen";
            long startMillis = System.currentTimeMillis();
            long startNanos = System.nanoTime();
            workshops.lead(workshopId, toResource ? LeadTarget.resource(RESOURCE) : LeadTarget.needs());
            List<Long> shown = new ArrayList<>();
            for (BenchKiosk kiosk : kiosks) {
                shown.add(kiosk.shownAt(screen) - startMillis);
            }
            Times times = new Times(reached(startNanos), shown);
            Thread.sleep(300);
            return times;
        }

        /** Waits for every kiosk's browser to have had the push (the DevTools events come in order). */
        private List<Long> reached(long startNanos) throws InterruptedException {
            long deadline = System.nanoTime() + PUSH_TIMEOUT_NANOS;
            while (true) {
                browser.send("Browser.getVersion");
                List<Long> times = kiosks.stream().map(k -> k.pushReachedAfter(startNanos)).toList();
                if (!times.contains(-1L)) {
                    return times.stream().map(t -> (t - startNanos) / 1_000_000).toList();
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("A kiosk's browser had no push 10 s after 'follow me'");
                }
                Thread.sleep(5);
            }
        }
    }

    private void ring(Staff librarian, String deskServer, String label, HelpCallService caller)
            throws InterruptedException {
        BrowserContext deskContext = Chromium.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768).setLocale("fr-FR"));
        try {
            Page desk = deskContext.newPage();
            desk.navigate(deskServer + "/staff/desk?branch=" + BRANCH);
            desk.locator("#login-username input").fill(librarian.username());
            desk.locator("#login-password input").fill(StaffFixtures.PASSWORD);
            desk.locator("#login-submit").click();
            desk.locator("#desk-view").waitFor();
            Function<Page, Number> rings = page -> (Number) page.evaluate(
                    "() => window.tremplinDesk ? window.tremplinDesk.rings : 0");
            desk.evaluate("""
                    () => { window.__rang = []; const desk = window.tremplinDesk; const ring = desk.ring;
                            desk.ring = () => { window.__rang.push(Date.now()); ring(); }; }""");
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RINGS; i++) {
                int before = ((Number) desk.evaluate("() => window.__rang.length")).intValue();
                long start = System.currentTimeMillis();
                caller.callLibrarian(BRANCH, null, null);
                desk.waitForFunction("n => window.__rang.length > n", before);
                times.add(((Number) desk.evaluate("() => window.__rang[window.__rang.length - 1]")).longValue()
                        - start);
                desk.locator(".desk-call [id^=desk-call-ack-]").first().click();
                Thread.sleep(500);
            }
            System.out.printf("desk rings after a help call, %s: p50 %d ms, p95 %d ms, max %d ms (%s rings)%n",
                    label, percentile(times, 50), percentile(times, 95), Collections.max(times), rings.apply(desk));
        } finally {
            deskContext.close();
        }
    }

    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
