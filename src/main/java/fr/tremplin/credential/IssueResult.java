package fr.tremplin.credential;

/**
 * What came of a patron's "get my access".
 *
 * @param credential the credential when {@link Status#ISSUED}, null otherwise
 */
public record IssueResult(Status status, IssuedCredential credential) {

    static IssueResult of(Status status) {
        return new IssueResult(status, null);
    }

    /** Why a patron did or did not get a credential. */
    public enum Status {
        /** Here it is. */
        ISSUED,
        /** The pool has no free credential today: ask a librarian. */
        POOL_EMPTY,
        /** This kiosk PC has handed out its hourly share: ask a librarian. */
        KIOSK_LIMIT,
        /** The pool asks for a library card number first. */
        CARD_NEEDED,
        /** This library card already holds a credential of this resource that is still valid. */
        CARD_HOLDS_ONE,
        /** The branch has no pool for this resource (or the resource is not offered). */
        NO_POOL
    }
}
