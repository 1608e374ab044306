package jp.shiori.catalog;

import java.io.Serializable;

/** The outcome of storing a {@link TitleDraft}: its id, and whether it was new or revised an existing record. */
public record StoredTitle(long id, boolean created) implements Serializable {}
