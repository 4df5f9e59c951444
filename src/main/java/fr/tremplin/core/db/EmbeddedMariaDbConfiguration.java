package fr.tremplin.core.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * With no {@code spring.datasource.url}, Tremplin starts its own MariaDB. Boot's DataSource then backs off and
 * Flyway and jOOQ use this one. With the URL set, none of this exists and the external server is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMariaDbConfiguration.NoDataSourceUrl.class)
public class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.start(properties.directory(), properties.port(), properties.database());
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb server, EmbeddedMariaDbProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        // Short timeouts: an unreachable or frozen server fails a request in seconds instead of holding a tap.
        dataSource.setJdbcUrl(server.jdbcUrl(properties.database()) + "?connectTimeout=3000&socketTimeout=10000");
        dataSource.setConnectionTimeout(3000);
        dataSource.setUsername("root");
        dataSource.setPassword("");
        dataSource.setPoolName("tremplin-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
