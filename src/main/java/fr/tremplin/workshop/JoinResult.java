package fr.tremplin.workshop;

/** What came of typing a join code on a kiosk. */
public record JoinResult(Status status, SeatTicket ticket) {

    public enum Status { JOINED, UNKNOWN_CODE, FULL }

    static JoinResult of(Status status) {
        return new JoinResult(status, null);
    }
}
