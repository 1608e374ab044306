package jp.shiori.booklist;

/** One of the patron's categories (カテゴリ) and how many entries it holds. */
public record CategoryView(long id, String name, long entries) {}
