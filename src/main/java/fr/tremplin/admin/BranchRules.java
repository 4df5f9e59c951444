package fr.tremplin.admin;

import fr.tremplin.core.domain.InvalidInputException;
import java.util.HashSet;
import java.util.List;

/** What a branch's settings must respect, the same for the branches file and the branches screen. */
public final class BranchRules {

    public static final int NAME_MAX_LENGTH = 200;
    public static final int ADDRESS_MAX_LENGTH = 300;
    public static final int IDLE_MIN_SECONDS = 30;
    public static final int IDLE_MAX_SECONDS = 3600;
    public static final String EMAIL_PATTERN = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    public static final String PHONE_PATTERN = "[+0-9 ().-]{6,40}";

    private BranchRules() {
    }

    /** @throws InvalidInputException on the first field that is wrong */
    public static void check(BranchSettings branch) {
        if (branch.name() == null || branch.name().isBlank()) {
            throw new InvalidInputException("name", "staff.validation.required");
        }
        if (branch.name().length() > NAME_MAX_LENGTH) {
            throw new InvalidInputException("name", "staff.validation.too-long", NAME_MAX_LENGTH);
        }
        if (branch.idleTimeoutSeconds() < IDLE_MIN_SECONDS || branch.idleTimeoutSeconds() > IDLE_MAX_SECONDS) {
            throw new InvalidInputException("idleTimeoutSeconds", "staff.validation.range", IDLE_MIN_SECONDS,
                    IDLE_MAX_SECONDS);
        }
        if (branch.languages().isEmpty()) {
            throw new InvalidInputException("languages", "staff.branch.languages.none");
        }
        if (new HashSet<>(branch.languages()).size() != branch.languages().size()) {
            throw new InvalidInputException("languages", "staff.branch.languages.twice");
        }
        if (branch.contactEmail() != null && !branch.contactEmail().matches(EMAIL_PATTERN)) {
            throw new InvalidInputException("contactEmail", "staff.validation.email");
        }
        if (branch.contactPhone() != null && !branch.contactPhone().matches(PHONE_PATTERN)) {
            throw new InvalidInputException("contactPhone", "staff.validation.phone");
        }
        if (branch.address() != null && branch.address().length() > ADDRESS_MAX_LENGTH) {
            throw new InvalidInputException("address", "staff.validation.too-long", ADDRESS_MAX_LENGTH);
        }
        checkNoOverlap(branch.openingHours());
    }

    /** Opening slots of one day must not overlap. */
    public static void checkNoOverlap(List<OpeningSlot> slots) {
        for (int i = 0; i < slots.size(); i++) {
            for (int j = i + 1; j < slots.size(); j++) {
                OpeningSlot a = slots.get(i);
                OpeningSlot b = slots.get(j);
                if (a.day() == b.day() && a.opens().isBefore(b.closes()) && b.opens().isBefore(a.closes())) {
                    throw new InvalidInputException("openingHours." + a.day().name().toLowerCase(java.util.Locale.ROOT),
                            "staff.branch.hours.overlap", a.opens() + "-" + a.closes(), b.opens() + "-" + b.closes());
                }
            }
        }
    }
}
