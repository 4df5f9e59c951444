package fr.tremplin.core.domain;

/** Who a patron session serves, derived from the top-level need; reported anonymously. */
public enum Audience {
    JOB_SEEKER, FRENCH_LEARNER, EXAM_CANDIDATE, OTHER
}
