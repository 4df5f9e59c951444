package fr.tremplin.core.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, Tremplin starts its own MariaDB ({@link EmbeddedMariaDbInitializer}, before
 * the beans) and this pool on it. Boot's DataSource then backs off and Flyway and jOOQ use this one. With the URL set,
 * none of this exists and the external server is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMariaDbConfiguration.NoDataSourceUrl.class)
public class EmbeddedMariaDbConfiguration {

    /** Waits for the server started in the background ({@link EmbeddedMariaDbStartup} closes it). */
    @Bean(destroyMethod = "")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbStartup startup) {
        return startup.await();
    }

    @Bean
    EmbeddedMariaDbWatchdog embeddedMariaDbWatchdog(EmbeddedMariaDb server) {
        return new EmbeddedMariaDbWatchdog(server);
    }

    @Bean
    EmbeddedMariaDbHealthIndicator embeddedDbHealthIndicator(EmbeddedMariaDb server) {
        return new EmbeddedMariaDbHealthIndicator(server);
    }

    /** Bound to {@code spring.datasource.hikari} like Boot's own pool: the same timeouts as for an external server. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server, EmbeddedMariaDbProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()));
        dataSource.setUsername(server.credentials().user());
        dataSource.setPassword(server.credentials().password());
        dataSource.setPoolName("tremplin-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static boolean isEmbedded(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isEmbedded(context.getEnvironment());
        }
    }
}
