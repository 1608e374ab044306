package jp.shiori.booklist;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ブックリスト管理, always of one patron, who must have chosen a nickname and accepted the current terms before
 * anything else works ({@link BookListRefusal#NOT_STARTED}). An entry or category of another patron answers as if
 * it did not exist. Every refusal is a {@link BookListRefusedException} and changes nothing.
 */
public interface BookList {

    /** The patron's settings; empty before the first use. */
    Optional<BookListProfile> profile(long patronId);

    /**
     * 〔チェック〕: whether the nickname is free (the patron's own counts as free).
     *
     * @throws BookListRefusedException NICKNAME_EMPTY, NICKNAME_TOO_LONG, NICKNAME_CONTROL for a nickname that
     *         could never be used
     */
    boolean nicknameAvailable(long patronId, String nickname);

    /**
     * The first use: nickname and the terms, both at once; also the acceptance of a new version of the terms
     * (the nickname may then change as well).
     */
    BookListProfile start(long patronId, @NotNull BookListStart start);

    /** ブックリスト設定: 自動登録 on (the patron's open loans are taken at once) or off. */
    BookListProfile autoRegister(long patronId, boolean on);

    /** 登録資料: one page of entries. */
    EntryPage entries(long patronId, @NotNull @Valid EntryQuery query);

    EntryView entry(long patronId, long entryId);

    /** Every entry, newest first, for the export and the printable 読書記録. */
    List<EntryView> all(long patronId);

    /**
     * What the list says of these titles (result rows): titles in the list with the status of their newest entry.
     * Empty for a patron whose book list is not started.
     */
    Map<Long, EntryStatus> statusesOf(long patronId, @NotNull Collection<Long> titleIds);

    /**
     * 〔読了〕〔読みたい本〕〔ブックリストに登録〕 from the OPAC: the newest entry of the title takes the status (NONE keeps
     * what it had), or a new entry is made.
     */
    EntryView mark(long patronId, long titleId, @NotNull EntryStatus status);

    EntryView change(long patronId, long entryId, @NotNull @Valid EntryChange change);

    void delete(long patronId, long entryId);

    /** Deletes every entry; nickname, settings and categories stay. The number deleted. */
    int deleteHistory(long patronId);

    /** Ends the book list: entries, categories, nickname and settings are deleted. */
    void close(long patronId);

    List<CategoryView> categories(long patronId);

    CategoryView createCategory(long patronId, String name);

    CategoryView renameCategory(long patronId, long categoryId, String name);

    /** Deletes the category; its entries stay, uncategorised. */
    void deleteCategory(long patronId, long categoryId);
}
