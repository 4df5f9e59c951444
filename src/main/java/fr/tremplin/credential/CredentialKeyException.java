package fr.tremplin.credential;

/** A stored secret cannot be opened: its key is missing or wrong. The message never holds a secret. */
public class CredentialKeyException extends RuntimeException {

    CredentialKeyException(String message) {
        super(message);
    }
}
