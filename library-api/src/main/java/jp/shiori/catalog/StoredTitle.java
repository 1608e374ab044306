package jp.shiori.catalog;

/** The outcome of storing a {@link TitleDraft}: its id, and whether it was new or revised an existing record. */
public record StoredTitle(long id, boolean created) {
}
