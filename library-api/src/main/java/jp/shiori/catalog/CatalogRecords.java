package jp.shiori.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Getting records into the catalog: titles (from MARC, the demo loader, staff) and their copies. */
public interface CatalogRecords {

    /** Creates the title, or revises the one with the same source and source id. */
    StoredTitle store(@NotNull TitleDraft draft);

    /**
     * Adds a copy to a title.
     *
     * @throws jp.shiori.common.RefusedException NOT_FOUND for an unknown title or branch, CONFLICT for a
     *         barcode already in use
     */
    void addItem(long titleId, @NotNull @Valid NewItem item);
}
