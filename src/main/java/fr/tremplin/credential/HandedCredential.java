package fr.tremplin.credential;

/** A credential handed to a workshop seat: its id, to show it again on the seat's kiosk, and its text. */
public record HandedCredential(long credentialId, IssuedCredential credential) {

    @Override
    public String toString() {
        return "HandedCredential[" + credentialId + "]";
    }
}
