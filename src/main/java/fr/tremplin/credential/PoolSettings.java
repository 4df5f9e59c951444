package fr.tremplin.credential;

/**
 * What staff set on a pool.
 *
 * @param loanDays for a reusable pool, how long each patron keeps a credential (1 to 366 days); null for single use
 * @param lowStockThreshold staff are warned when this many credentials or fewer are left
 * @param cardCheck whether a library card number is asked before handing one out
 * @param loginLink where the publisher allows it: its sign-in address with {@value #LOGIN_PLACEHOLDER} where the
 *     login goes, put in the credential's QR code; null for the resource's address
 */
public record PoolSettings(PoolPolicy policy, Integer loanDays, int lowStockThreshold, boolean cardCheck,
        String loginLink) {

    public static final String LOGIN_PLACEHOLDER = "{login}";
    public static final int MAX_LOGIN_LINK_LENGTH = 500;

    public static final PoolSettings DEFAULT = new PoolSettings(PoolPolicy.SINGLE_USE, null, 5, false, null);

    public PoolSettings(PoolPolicy policy, Integer loanDays, int lowStockThreshold, boolean cardCheck) {
        this(policy, loanDays, lowStockThreshold, cardCheck, null);
    }

    public PoolSettings {
        if (policy == PoolPolicy.REUSABLE_AFTER_EXPIRY && (loanDays == null || loanDays < 1 || loanDays > 366)) {
            throw new IllegalArgumentException("A reusable pool lends for 1 to 366 days, not " + loanDays);
        }
        if (policy == PoolPolicy.SINGLE_USE) {
            loanDays = null;
        }
        loginLink = loginLink == null || loginLink.isBlank() ? null : loginLink.strip();
        if (loginLink != null && !validLoginLink(loginLink)) {
            throw new IllegalArgumentException("A login link is an https address with " + LOGIN_PLACEHOLDER
                    + ", at most " + MAX_LOGIN_LINK_LENGTH + " characters");
        }
        if (lowStockThreshold < 0 || lowStockThreshold > 100_000) {
            throw new IllegalArgumentException("The low-stock threshold is 0 to 100000, not " + lowStockThreshold);
        }
    }

    /** An https address of at most 500 characters, with {@value #LOGIN_PLACEHOLDER} once, and no space. */
    public static boolean validLoginLink(String link) {
        return link.length() <= MAX_LOGIN_LINK_LENGTH && link.startsWith("https://") && !link.matches(".*\\s.*")
                && link.indexOf(LOGIN_PLACEHOLDER) > "https://".length()
                && link.indexOf(LOGIN_PLACEHOLDER) == link.lastIndexOf(LOGIN_PLACEHOLDER);
    }

    /** The login link with this login in it (URL-encoded), or null when the pool has none. */
    public String loginLinkFor(String login) {
        return loginLink == null || login == null ? null : loginLink.replace(LOGIN_PLACEHOLDER,
                java.net.URLEncoder.encode(login, java.nio.charset.StandardCharsets.UTF_8));
    }
}
