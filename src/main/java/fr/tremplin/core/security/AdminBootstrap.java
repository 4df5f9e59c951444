package fr.tremplin.core.security;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * While no staff user exists, creates the department admin {@code admin}: with the password of the environment
 * variable {@code TREMPLIN_ADMIN_PASSWORD}, or else with a generated one, written once to the log. There is no
 * default password anywhere.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = "TREMPLIN_ADMIN_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final StaffAccountDao accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final Environment environment;
    private final Clock clock;

    AdminBootstrap(StaffAccountDao accounts, PasswordEncoder encoder, TransactionTemplate transaction,
            Environment environment, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.transaction = transaction;
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String given = environment.getProperty(PASSWORD_VARIABLE);
        if (given != null && !given.isEmpty() && Passwords.problem(given).isPresent()) {
            throw new IllegalStateException(PASSWORD_VARIABLE + " is set but too weak: at least "
                    + Passwords.MIN_LENGTH + " characters (and at most " + Passwords.MAX_BYTES + " bytes) are needed");
        }
        boolean generated = given == null || given.isEmpty();
        String password = generated ? Passwords.generate() : given;
        Boolean created;
        try {
            created = transaction.execute(status -> {
                if (accounts.count() > 0) {
                    return false;
                }
                accounts.insertDepartmentAdmin(USERNAME, encoder.encode(password), LocalDateTime.now(clock));
                return true;
            });
        } catch (DuplicateKeyException e) {
            // Another node starting at the same moment created the first admin: there is one, as wanted.
            created = false;
        }
        if (Boolean.TRUE.equals(created)) {
            if (generated) {
                // The one place a password is ever written out: there is no other way to hand it over.
                log.warn("No staff user existed: created the department admin '{}' with the generated password {}"
                        + " (shown only this once; sign in at /staff and change it)", USERNAME, password);
            } else {
                log.warn("No staff user existed: created the department admin '{}' with the password of {}",
                        USERNAME, PASSWORD_VARIABLE);
            }
        }
    }
}
