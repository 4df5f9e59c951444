package fr.tremplin.outreach;

/** What kind of insertion partner sends people to the library. */
public enum PartnerKind {
    RSA_REFERENT, INSERTION_REFERENT, FRANCE_TRAVAIL, ASSOCIATION, CCAS, OTHER
}
