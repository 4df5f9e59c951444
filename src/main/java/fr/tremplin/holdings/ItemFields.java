package fr.tremplin.holdings;

/**
 * Where a record keeps its copies: the item field and its subfields. Koha's exports use 995 in UNIMARC (the French
 * "recommandation 995") and 952 in MARC21; another library system is described in kiosk-config's holdings.yml.
 * A subfield code of {@code 0} (the character NUL) means "not exported".
 *
 * @param library    the code of the branch that owns the copy
 * @param altLibrary the code used when {@code library} is empty (the branch holding it)
 * @param dueDate    set while the copy is on loan
 * @param notForLoan a non-zero value: not for loan
 */
public record ItemFields(String tag, char library, char altLibrary, char location, char shelfMark, char dueDate,
        char notForLoan, char lost, char withdrawn) {

    public static final char NONE = '\0';

    /**
     * Koha UNIMARC: 995$b owner, $c holder, $e location, $k call number, $n due date, $o not for loan, $2 lost, $0
     * withdrawn.
     */
    public static final ItemFields KOHA_UNIMARC = new ItemFields("995", 'b', 'c', 'e', 'k', 'n', 'o', '2', '0');

    /**
     * Koha MARC21: 952$a home library, $b holding library, $c location, $o call number, $q due date, $7 not for loan,
     * $1 lost, $0 withdrawn.
     */
    public static final ItemFields KOHA_MARC21 = new ItemFields("952", 'a', 'b', 'c', 'o', 'q', '7', '1', '0');

    public static ItemFields kohaDefault(MarcFormat format) {
        return format == MarcFormat.UNIMARC ? KOHA_UNIMARC : KOHA_MARC21;
    }
}
