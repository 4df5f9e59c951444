package fr.tremplin.bench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Benchmark only (never on in the product): the server's own time for each Vaadin round trip, measured around the
 * whole filter chain (security included), written as "step, microseconds, CPU microseconds of the thread" lines to the file named by
 * {@code tremplin.bench.timings-file}. The benchmark names the step in the {@code X-Bench-Step} request header.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("tremplin.bench.timings-file")
class ServerTimings {

    static final String STEP_HEADER = "X-Bench-Step";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Bean
    FilterRegistrationBean<Filter> benchServerTimings(@Value("${tremplin.bench.timings-file}") Path file)
            throws IOException {
        PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), true);
        Filter filter = (ServletRequest request, ServletResponse response, FilterChain chain) -> {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            try {
                chain.doFilter(request, response);
            } finally {
                long micros = (System.nanoTime() - start) / 1000;
                long cpuMicros = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1000;
                String step = ((HttpServletRequest) request).getHeader(STEP_HEADER);
                String query = ((HttpServletRequest) request).getQueryString();
                if (step != null && query != null && query.contains("v-r=uidl")) {
                    synchronized (out) {
                        out.println(step + "\t" + micros + "\t" + cpuMicros);
                    }
                }
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
