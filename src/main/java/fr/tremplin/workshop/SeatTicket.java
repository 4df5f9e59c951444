package fr.tremplin.workshop;

/**
 * A kiosk's seat in a workshop, kept by the kiosk's screen on the server. The token goes to the browser tab too
 * (so a reload can take the seat back); only its hash is stored.
 */
public record SeatTicket(long workshopId, long seatId, int number, String token) {

    @Override
    public String toString() {
        return "SeatTicket[workshop " + workshopId + ", seat " + number + "]";
    }
}
