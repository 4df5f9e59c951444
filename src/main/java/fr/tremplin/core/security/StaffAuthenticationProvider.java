package fr.tremplin.core.security;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * A staff sign-in: first the throttle (too many tries lately from that address or on that account: refused before
 * the password is checked), then the password and the lockout ({@link PasswordSignIn}). Every refusal past the
 * throttle is the same "wrong username or password", so that nobody learns whether an account exists, is locked
 * or is disabled.
 */
@Component
class StaffAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(StaffAuthenticationProvider.class);

    private final SignInThrottle throttle;
    private final PasswordSignIn passwords;

    StaffAuthenticationProvider(SignInThrottle throttle, PasswordSignIn passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = Usernames.normalize(authentication.getName());
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        // Tomcat's remote address: the proxy's X-Forwarded-For once server.forward-headers-strategy is set.
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
        Optional<Duration> wait = throttle.admit(address, username);
        if (wait.isPresent()) {
            log.debug("Sign-in from {} as {} refused for {}: too many tries", address, username, wait.get());
            throw new SignInThrottledException(wait.get());
        }
        SignInAccount user = passwords.attempt(username, password)
                .orElseThrow(() -> new BadCredentialsException("Wrong username or password"));
        throttle.succeeded(address, username);
        log.info("Staff user {} signed in", user.username());
        return UsernamePasswordAuthenticationToken.authenticated(
                new StaffPrincipal(user.id(), user.username(), user.passwordChangedAt()), null,
                List.of(new SimpleGrantedAuthority(user.role().authority())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
