package fr.tremplin.holdings;

import org.marc4j.marc.Record;

/** The two MARC dialects of library exports: UNIMARC (most French public libraries) and MARC21. */
public enum MarcFormat {
    UNIMARC, MARC21;

    /**
     * The dialect a record looks written in: MARC21 keeps its title in 245, UNIMARC in 200; a record with neither says
     * nothing.
     */
    static MarcFormat guess(Record record) {
        if (record.getVariableField("245") != null) {
            return MARC21;
        }
        if (record.getVariableField("200") != null) {
            return UNIMARC;
        }
        return null;
    }
}
