package fr.tremplin.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.tremplin.credential.CredentialCipher.Column;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-GCM at rest: what a ciphertext holds, what it is bound to, and where the key comes from. */
class CredentialCipherTest {

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void aSecretOpensOnlyForItsPoolAndColumnAndNeverShowsInClear() {
        CredentialCipher cipher = new CredentialCipher(CredentialKeys.of(key(), List.of()));
        byte[] sealed = cipher.encrypt("TopSecret-42", 7, Column.SECRET);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("TopSecret");
        assertThat(cipher.encrypt("TopSecret-42", 7, Column.SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.decrypt(sealed, 7, Column.SECRET)).isEqualTo("TopSecret-42");
        assertThatThrownBy(() -> cipher.decrypt(sealed, 8, Column.SECRET)).isInstanceOf(CredentialKeyException.class)
                .hasMessageNotContaining("TopSecret");
        assertThatThrownBy(() -> cipher.decrypt(sealed, 7, Column.LOGIN)).isInstanceOf(CredentialKeyException.class);
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(tampered, 7, Column.SECRET)).isInstanceOf(CredentialKeyException.class);
    }

    @Test
    void aPreviousKeyStillOpensWhatItSealedAndAnUnknownKeyIsReported() {
        byte[] old = key();
        byte[] current = key();
        byte[] sealedUnderOld = new CredentialCipher(CredentialKeys.of(old, List.of())).encrypt("x", 1, Column.LOGIN);
        CredentialCipher rotated = new CredentialCipher(CredentialKeys.of(current, List.of(old)));
        assertThat(rotated.needsReencryption(sealedUnderOld)).isTrue();
        assertThat(rotated.decrypt(sealedUnderOld, 1, Column.LOGIN)).isEqualTo("x");
        assertThat(rotated.needsReencryption(rotated.encrypt("x", 1, Column.LOGIN))).isFalse();
        CredentialCipher lost = new CredentialCipher(CredentialKeys.of(current, List.of()));
        assertThatThrownBy(() -> lost.decrypt(sealedUnderOld, 1, Column.LOGIN))
                .isInstanceOf(CredentialKeyException.class).hasMessageContaining("not configured");
    }

    @Test
    void digestsAreKeyedAndIgnoreHowACardIsTyped() {
        CredentialCipher one = new CredentialCipher(CredentialKeys.of(key(), List.of()));
        CredentialCipher other = new CredentialCipher(CredentialKeys.of(key(), List.of()));
        assertThat(one.loginDigest("marie")).isEqualTo(one.loginDigest(" marie ")).isNotEqualTo(other.loginDigest("marie"));
        assertThat(one.cardDigest("0123 456-789ab")).isEqualTo(one.cardDigest("0123456789AB"))
                .isNotEqualTo(one.loginDigest("0123456789AB"));
    }

    @Test
    void withoutAConfiguredKeyOneIsGeneratedOnceIntoAPrivateFile(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("data").resolve("credentials.key");
        CredentialProperties properties = new CredentialProperties(null, null, file, 0, null);
        byte[] sealed = new CredentialCipher(CredentialKeys.load(properties)).encrypt("x", 1, Column.LOGIN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new CredentialCipher(CredentialKeys.load(properties)).decrypt(sealed, 1, Column.LOGIN))
                .as("the next start reads the same key").isEqualTo("x");
    }

    @Test
    void aConfiguredKeyMustBe32BytesOfBase64() {
        assertThatThrownBy(() -> CredentialKeys.load(new CredentialProperties("not base64!", null, null, 0, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> CredentialKeys.load(new CredentialProperties("AAAA", null, null, 0, null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }
}
