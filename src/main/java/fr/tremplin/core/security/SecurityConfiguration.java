package fr.tremplin.core.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import fr.tremplin.Application;
import fr.tremplin.core.security.ui.LoginView;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Staff sign-in with Spring Security and Vaadin's integration. Patron screens (/ and /kiosk/...) carry
 * {@code @AnonymousAllowed}; staff screens under /staff carry {@code @RolesAllowed} or {@code @PermitAll}, and Vaadin's
 * navigation access control sends a visitor without the role to the login view. Services check again
 * ({@link StaffAccess}): the views are not the only guard.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration {

    /** Where a registration link sets a kiosk's cookie (see fr.tremplin.admin.KioskRegistrationController). */
    public static final String KIOSK_REGISTRATION_PATH = "/kiosk-registration/";
    /** QR codes of resources' addresses, shown on patron screens (see fr.tremplin.kiosk.ResourceQrController). */
    public static final String KIOSK_QR_PATH = "/kiosk-qr/";
    /** Actuator's health (liveness, readiness), the only Actuator endpoint exposed; status only when anonymous. */
    public static final String HEALTH_PATH = "/actuator/health";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, StaffSecurityProperties properties, Clock clock,
            StaffSessions sessions, RequestUtil vaadinRequests, SecurityContextHolderStrategy contexts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(KIOSK_REGISTRATION_PATH + "**"))
                .permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(KIOSK_QR_PATH + "**"))
                .permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(Application.STYLES_PATH + "**"))
                .permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HEALTH_PATH))
                .permitAll()
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HEALTH_PATH + "/**"))
                .permitAll());
        // Set in full here: Vaadin's configurer adds its own success handler; the page, the POST and the failures are ours.
        http.formLogin(form -> form.loginPage("/" + LoginView.PATH).loginProcessingUrl("/" + LoginView.PATH)
                .failureHandler(new SignInFailureHandler(LoginView.PATH)).permitAll());
        SecurityHeaders.apply(http);
        // Vaadin's configurer exempts the login POST from CSRF; here only Vaadin's own requests are (its token).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.exceptionHandling(exceptions -> exceptions.defaultAccessDeniedHandlerFor(
                new ExpiredSignInPage(LoginView.PATH),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/" + LoginView.PATH)));
        http.addFilterAfter(new StaffSessionCheckFilter(sessions), SecurityContextHolderFilter.class);
        http.addFilterAfter(new StaffSessionTimeoutFilter(properties.sessionTimeout(), clock, contexts),
                SecurityContextHolderFilter.class);
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).defaultSuccessUrl("/" + StaffPaths.HOME)
                .enableCsrfConfiguration(false)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
