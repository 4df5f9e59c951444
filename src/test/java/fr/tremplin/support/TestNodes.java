package fr.tremplin.support;

import fr.tremplin.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Application nodes a test starts on a database of its own: a free port, quiet logs, and the one credentials key
 * every node of a deployment shares (README, "Running several nodes"), so no node writes a key file of its own.
 *
 * <p>Nodes of one test JVM share one logging system. Two nodes starting at the same moment would each reset and
 * configure it at once, and the loser's configuration fails ("Unable to find Spring Environment in logger
 * context": the other node's reset took it away). Their logging steps therefore take turns; nothing else does.
 */
public final class TestNodes {

    public static final String CREDENTIALS_KEY = "dGVzdC1rZXktb2YtdGhpcnR5LXR3by1ieXRlcy0tLS0=";

    private TestNodes() {
    }

    /** @param more further settings as arguments, {@code --name=value} */
    public static ConfigurableApplicationContext start(String jdbcUrl, String user, String password, String... more) {
        // Arguments, not default properties: application.yml's server.port (8080) would win over those.
        List<String> arguments = new ArrayList<>(List.of(settings(jdbcUrl, user, password, more)));
        arguments.add("--server.port=0");
        SpringApplication application = new SpringApplication(Application.class);
        List<ApplicationListener<?>> listeners = new ArrayList<>(application.getListeners());
        listeners.replaceAll(listener -> listener instanceof LoggingApplicationListener ? new LoggingInTurn() : listener);
        application.setListeners(listeners);
        return application.run(arguments.toArray(String[]::new));
    }

    /**
     * A node's settings, as arguments, for a node of its own in this JVM or in another ({@link ChildApplication}):
     * the database, the deployment's credentials key, quiet logs, and {@code more}; not the port.
     */
    public static String[] settings(String jdbcUrl, String user, String password, String... more) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--tremplin.credentials.key=" + CREDENTIALS_KEY, "--logging.level.root=warn"));
        arguments.addAll(List.of(more));
        return arguments.toArray(String[]::new);
    }

    /** Starts {@code count} nodes at the same moment, as a service manager starting a deployment would. */
    public static List<ConfigurableApplicationContext> startTogether(int count,
            Callable<ConfigurableApplicationContext> node) throws Exception {
        ExecutorService starters = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                starting.add(starters.submit(() -> {
                    go.await();
                    return node.call();
                }));
            }
            go.countDown();
            List<ConfigurableApplicationContext> started = new ArrayList<>();
            for (Future<ConfigurableApplicationContext> each : starting) {
                started.add(each.get(3, TimeUnit.MINUTES));
            }
            return started;
        } finally {
            starters.shutdownNow();
        }
    }

    /** Boot's logging set-up, one node at a time. */
    private static final class LoggingInTurn extends LoggingApplicationListener {

        private static final Object TURN = new Object();

        @Override
        public void onApplicationEvent(ApplicationEvent event) {
            synchronized (TURN) {
                super.onApplicationEvent(event);
            }
        }
    }
}
