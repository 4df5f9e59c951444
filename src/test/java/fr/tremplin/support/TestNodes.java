package fr.tremplin.support;

import fr.tremplin.Application;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Application nodes a test starts on a database of its own: a free port, quiet logs, and the one credentials key
 * every node of a deployment shares (README, "Running several nodes"), so no node writes a key file of its own.
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
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }
}
