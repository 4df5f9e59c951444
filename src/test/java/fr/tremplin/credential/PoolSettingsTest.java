package fr.tremplin.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rules of a pool's settings, and the publisher's login link of its QR codes. */
class PoolSettingsTest {

    @Test
    void aLoginLinkIsAnHttpsAddressWithTheLoginOnce() {
        assertThat(PoolSettings.validLoginLink("https://publisher.example/login?user={login}")).isTrue();
        assertThat(PoolSettings.validLoginLink("http://publisher.example/login?user={login}")).isFalse();
        assertThat(PoolSettings.validLoginLink("https://publisher.example/login")).isFalse();
        assertThat(PoolSettings.validLoginLink("https://{login}")).isFalse();
        assertThat(PoolSettings.validLoginLink("https://p.example/?a={login}&b={login}")).isFalse();
        assertThat(PoolSettings.validLoginLink("https://p.example/ x?u={login}")).isFalse();
        assertThatThrownBy(() -> new PoolSettings(PoolPolicy.SINGLE_USE, null, 5, false, "javascript:{login}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLoginGoesIntoTheLinkEncoded() {
        PoolSettings settings = new PoolSettings(PoolPolicy.SINGLE_USE, null, 5, false,
                " https://publisher.example/login?user={login}&from=library ");
        assertThat(settings.loginLinkFor("marie l&co")).isEqualTo(
                "https://publisher.example/login?user=marie+l%26co&from=library");
        assertThat(settings.loginLinkFor(null)).isNull();
        assertThat(PoolSettings.DEFAULT.loginLinkFor("x")).isNull();
        assertThat(new PoolSettings(PoolPolicy.SINGLE_USE, null, 5, false, "  ").loginLink()).isNull();
    }

    @Test
    void aReusablePoolLendsForADayToAYear() {
        assertThatThrownBy(() -> new PoolSettings(PoolPolicy.REUSABLE_AFTER_EXPIRY, null, 5, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PoolSettings(PoolPolicy.REUSABLE_AFTER_EXPIRY, 367, 5, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PoolSettings(PoolPolicy.SINGLE_USE, 30, 5, false).loanDays()).isNull();
    }
}
