package fr.tremplin.holdings.availability;

/** How a branch's library system tells live availability; stored in {@code branch.availability_kind}. */
enum AvailabilityKind {
    /** Koha's public REST API, one request per record. */
    KOHA_REST,
    /** ILS-DI GetAvailability (Koha and others), several records per request. */
    ILS_DI
}
