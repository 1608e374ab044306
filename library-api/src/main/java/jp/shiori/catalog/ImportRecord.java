package jp.shiori.catalog;

import java.io.Serializable;

/**
 * One record of an import file: either a {@code draft} to store, or a record that cannot be used, with
 * the reason ({@code skipReason}) and its control number when it has one.
 *
 * @param recordNumber 1-based position in the file
 */
public record ImportRecord(int recordNumber, TitleDraft draft, String controlNumber, String skipReason)
        implements Serializable {

    public static ImportRecord read(int recordNumber, TitleDraft draft) {
        return new ImportRecord(recordNumber, draft, draft.sourceId(), null);
    }

    public static ImportRecord skipped(int recordNumber, String controlNumber, String reason) {
        return new ImportRecord(recordNumber, null, controlNumber, reason);
    }

    public boolean isSkipped() {
        return draft == null;
    }
}
