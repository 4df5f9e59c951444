package fr.tremplin.core.security;

import fr.tremplin.core.security.ui.LoginView;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /login}, where people type it, redirects to the staff login view. It runs before Spring Security, which
 * would otherwise remember {@code /login} as the page to return to after signing in (a page that does not exist).
 */
@Configuration(proxyBeanMethods = false)
class LoginPathAlias {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> loginPathAliasFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                            FilterChain chain) throws ServletException, IOException {
                        response.sendRedirect(request.getContextPath() + "/" + LoginView.PATH);
                    }
                });
        registration.addUrlPatterns("/login");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
