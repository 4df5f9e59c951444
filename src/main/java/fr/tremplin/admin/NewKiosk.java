package fr.tremplin.admin;

/**
 * A kiosk just registered (its registration link is the public address followed by the registration path), with its secret token: shown once to the admin (as a link and a QR code to open on the
 * kiosk PC), never stored in clear, never shown again.
 */
public record NewKiosk(RegisteredKiosk kiosk, String token, String registrationLink) {

    /** The path, under the server's address, that registers a browser as this kiosk. */
    public String registrationPath() {
        return KioskService.REGISTRATION_PATH + token;
    }

    @Override
    public String toString() {
        return "NewKiosk[" + kiosk + "]";
    }
}
