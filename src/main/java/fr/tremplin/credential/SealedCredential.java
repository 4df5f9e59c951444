package fr.tremplin.credential;

import java.time.LocalDate;

/** A credential ready to be stored: its secrets encrypted, its identity as a keyed digest. */
record SealedCredential(byte[] loginDigest, byte[] loginCipher, byte[] secretCipher, LocalDate validFrom,
        LocalDate validUntil, String note) {
}
