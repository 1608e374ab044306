package jp.shiori.catalog.internal.marc;

import jp.shiori.catalog.TitleDraft;

/** What became of one record of a MARC file: read into a draft, or skipped with the reason. */
public sealed interface MarcReadResult {

    /** Position of the record in the file, from 1; bytes skipped between records count as one. */
    int recordNumber();

    record Read(int recordNumber, TitleDraft draft) implements MarcReadResult {}

    /**
     * @param controlNumber the record's 001 when it could be read, else null
     * @param reason        for the librarian who looks at the import log
     */
    record Skipped(int recordNumber, String controlNumber, String reason) implements MarcReadResult {}
}
