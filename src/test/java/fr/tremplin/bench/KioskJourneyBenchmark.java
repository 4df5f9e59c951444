package fr.tremplin.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import fr.tremplin.support.Chromium;
import jakarta.servlet.Filter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: {@code mvn -Pbench test} opens 50 kiosk sessions in Chromium, walks each one to a resource page and
 * keeps it open, then prints the live heap each open session costs (after a full GC) and the server time of a
 * journey step (one Vaadin round trip), p50 and p95. Goals of issue 3: at most 100 KB a session, p95 under 20 ms.
 */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(KioskJourneyBenchmark.Timing.class)
class KioskJourneyBenchmark {

    private static final int SESSIONS = 50;
    private static final int WARM_UP = 5;
    private static final ConcurrentLinkedQueue<Long> STEP_NANOS = new ConcurrentLinkedQueue<>();

    @LocalServerPort
    int port;

    @Test
    void fiftyOpenKioskSessions() throws InterruptedException {
        Browser browser = Chromium.browser();
        for (int i = 0; i < WARM_UP; i++) {
            BrowserContext context = browser.newContext();
            walk(context.newPage());
            context.close();
        }
        Thread.sleep(2000);
        STEP_NANOS.clear();
        long before = liveHeap();

        List<BrowserContext> open = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            BrowserContext context = browser.newContext();
            walk(context.newPage());
            open.add(context);
        }
        long after = liveHeap();

        List<Long> steps = new ArrayList<>(STEP_NANOS);
        Collections.sort(steps);
        System.out.printf("%n=== Kiosk journey benchmark: %d sessions open, each walked to a resource page ===%n",
                SESSIONS);
        System.out.printf("live heap before: %.1f MB, after: %.1f MB, growth per open session: %.1f KB%n",
                before / 1e6, after / 1e6, (after - before) / 1024.0 / SESSIONS);
        System.out.printf("journey steps measured: %d; server time p50: %.2f ms, p95: %.2f ms, max: %.2f ms%n%n",
                steps.size(), percentile(steps, 50), percentile(steps, 95), steps.get(steps.size() - 1) / 1e6);
        open.forEach(BrowserContext::close);
    }

    private void walk(Page page) {
        page.navigate("http://localhost:" + port + "/kiosk/luneville");
        waitForVaadin(page);
        for (String id : List.of("lang-ar", "need-FRENCH", "subneed-FRENCH_EVERYDAY", "level-A2", "where-BOTH",
                "constraints-done", "resource-card-TV5MONDE_FLE", "qr-home")) {
            page.locator("#" + id).click();
            waitForVaadin(page);
        }
        page.locator("#qr-panel img").waitFor();
    }

    private static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    private static long liveHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** Times every Vaadin round trip (UIDL request) on the server, from filter entry to response written. */
    @TestConfiguration
    static class Timing {
        @Bean
        FilterRegistrationBean<Filter> journeyStepTiming() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                boolean step = "uidl".equals(request.getParameter("v-r"));
                long start = System.nanoTime();
                chain.doFilter(request, response);
                if (step) {
                    STEP_NANOS.add(System.nanoTime() - start);
                }
            });
            registration.addUrlPatterns("/*");
            return registration;
        }
    }
}
