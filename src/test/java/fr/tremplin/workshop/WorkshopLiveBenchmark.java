package fr.tremplin.workshop;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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
import java.util.function.Function;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Not a test: {@code ./mvnw -Pbench test -Dtest=WorkshopLiveBenchmark} joins 30 kiosks (30 Chromium pages) to a
 * workshop and prints, for "follow me", the time from the librarian's command to each kiosk showing the screen and
 * to every kiosk showing it (p50, p95), first with the kiosks on the librarian's server, then on a second
 * application node on the same database; and the desk's ring time after a help call, on one node and across two.
 * Goals of issue 11: p95 under 200 ms on one server, under 1.5 s across two. {@code -Dbench.kiosks=N},
 * {@code -Dbench.rounds=N} change the load.
 */
@Tag("bench")
@TremplinTest
class WorkshopLiveBenchmark {

    private static final int KIOSKS = Integer.getInteger("bench.kiosks", 30);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int RINGS = Integer.getInteger("bench.rings", 10);
    private static final String BRANCH = "moselle-et-madon";
    private static final String RESOURCE = "CODECLIC";
    /** Records in each kiosk page when each watched screen appears (Date.now(), the machine's clock). */
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
            System.out.println("=== Workshop and desk, live (" + KIOSKS + " kiosks, " + ROUNDS + " rounds) ===");
            followMe("one server", here);
            followMe("across two nodes", second.url(""));
            ring(librarian, here, "one server", helpCalls);
            ring(librarian, here, "across two nodes", second.bean(HelpCallService.class));
        } finally {
            fixtures.cleanUp();
        }
    }

    private void followMe(String label, String kioskServer) {
        long id = workshops.plan(new WorkshopPlan(BRANCH, "Bench " + label, null, List.of(RESOURCE),
                LocalDateTime.now().plusHours(1), KIOSKS, Language.FR, null));
        String code = workshops.open(id);
        List<BrowserContext> contexts = new ArrayList<>();
        List<Page> kiosks = new ArrayList<>();
        try {
            for (int i = 0; i < KIOSKS; i++) {
                BrowserContext kioskContext = Chromium.browser().newContext(new Browser.NewContextOptions()
                        .setViewportSize(1080, 1400).setLocale("fr-FR"));
                contexts.add(kioskContext);
                Page kiosk = kioskContext.newPage();
                kiosk.navigate(kioskServer + "/kiosk/" + BRANCH + "?workshop=" + code);
                kiosk.locator("#workshop-start").click();
                kiosk.locator("#need-screen").waitFor();
                kiosk.evaluate(WATCH);
                kiosks.add(kiosk);
            }
            List<Long> each = new ArrayList<>();
            List<Long> all = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                boolean toResource = round % 2 == 0;
                String screen = toResource ? "resource-screen" : "need-screen";
                long start = System.currentTimeMillis();
                workshops.lead(id, toResource ? LeadTarget.resource(RESOURCE) : LeadTarget.needs());
                long last = 0;
                for (Page kiosk : kiosks) {
                    kiosk.waitForFunction("id => window.__shown[id]", screen);
                    long shown = ((Number) kiosk.evaluate("id => window.__shown[id]", screen)).longValue() - start;
                    each.add(shown);
                    last = Math.max(last, shown);
                }
                all.add(last);
                Thread.sleep(300);
            }
            System.out.printf("follow me, %s: each kiosk p50 %d ms, p95 %d ms; all %d kiosks p50 %d ms, p95 %d ms,"
                    + " max %d ms%n", label, percentile(each, 50), percentile(each, 95), KIOSKS,
                    percentile(all, 50), percentile(all, 95), Collections.max(all));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            workshops.close(id);
            contexts.forEach(BrowserContext::close);
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
