package fr.tremplin.support;

import fr.tremplin.Application;
import java.util.ArrayList;
import java.util.List;
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
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--server.port=0", "--tremplin.credentials.key=" + CREDENTIALS_KEY, "--logging.level.root=warn"));
        arguments.addAll(List.of(more));
        SpringApplication application = new SpringApplication(Application.class);
        List<ApplicationListener<?>> listeners = new ArrayList<>(application.getListeners());
        listeners.replaceAll(listener -> listener instanceof LoggingApplicationListener ? new LoggingInTurn() : listener);
        application.setListeners(listeners);
        return application.run(arguments.toArray(String[]::new));
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
