package fr.tremplin.core.db;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tremplin's own {@code db} health check, in place of Boot's (the bean name makes Boot's back off). */
@Configuration(proxyBeanMethods = false)
public class DatabaseHealthConfiguration {

    @Bean
    DatabaseHealthIndicator dbHealthIndicator(DataSource dataSource) {
        return new DatabaseHealthIndicator(dataSource);
    }
}
