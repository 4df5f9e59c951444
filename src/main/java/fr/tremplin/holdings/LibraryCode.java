package fr.tremplin.holdings;

/**
 * A library system's code as staff map it: the branch it stands for (null when none matches) and how much of the
 * shelves depends on it.
 *
 * @param records live records with at least one copy under this code
 * @param copies  copies of live records under this code
 */
public record LibraryCode(String code, String branchCode, String branchName, int records, int copies) {

    public boolean mapped() {
        return branchCode != null;
    }
}
