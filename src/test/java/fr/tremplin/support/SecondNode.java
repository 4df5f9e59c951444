package fr.tremplin.support;

import com.zaxxer.hikari.HikariDataSource;
import fr.tremplin.Application;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second application node in the same JVM, on the first node's database (the shared test context's embedded
 * MariaDB): its own web server, Vaadin, caches and live-signal poller, as a second server behind a load balancer
 * would have. For the tests of what must work across nodes.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a node on the database of {@code first}. */
    public static SecondNode on(ApplicationContext first) {
        HikariDataSource database = (HikariDataSource) first.getBean(DataSource.class);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                // Arguments, not default properties: application.yml's server.port (8080) would win over those.
                .run("--server.port=0",
                        "--spring.datasource.url=" + database.getJdbcUrl(),
                        "--spring.datasource.username=" + database.getUsername(),
                        "--spring.datasource.password=" + database.getPassword(),
                        "--spring.datasource.hikari.maximum-pool-size=5");
        return new SecondNode(context);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
