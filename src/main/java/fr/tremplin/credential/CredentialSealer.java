package fr.tremplin.credential;

import fr.tremplin.credential.CredentialCipher.Column;
import org.springframework.stereotype.Component;

/** Turns a line of clear text into what is stored: secrets encrypted for their pool, identity as a keyed digest. */
@Component
class CredentialSealer {

    private final CredentialCipher cipher;

    CredentialSealer(CredentialCipher cipher) {
        this.cipher = cipher;
    }

    byte[] digest(CredentialLine line) {
        return cipher.loginDigest(line.identity());
    }

    SealedCredential seal(long poolId, CredentialLine line) {
        return new SealedCredential(digest(line),
                line.login() == null ? null : cipher.encrypt(line.login(), poolId, Column.LOGIN),
                line.secret() == null ? null : cipher.encrypt(line.secret(), poolId, Column.SECRET),
                line.validFrom(), line.validUntil(), line.note());
    }
}
