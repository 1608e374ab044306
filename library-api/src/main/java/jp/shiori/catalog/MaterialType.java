package jp.shiori.catalog;

/** 資料種別: what kind of thing a title is. Facet values and MARC leader mapping use these names. */
public enum MaterialType {
    BOOK,
    MAGAZINE,
    CD,
    DVD,
    MAP,
    KAMISHIBAI,
    ELECTRONIC,
    OTHER
}
