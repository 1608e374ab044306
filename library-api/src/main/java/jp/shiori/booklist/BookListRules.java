package jp.shiori.booklist;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of the book list (ブックリスト管理), each testable alone: the nickname of the first use, the versioned
 * terms, the opt-in boundary of 自動登録, one entry per loan, and the limits of memo, rating and categories.
 */
public final class BookListRules {

    /** 読書推進サービス利用規約: the version in force. A patron who accepted an older one is asked again. */
    public static final int TERMS_VERSION = 1;
    /** A nickname has 1 to 20 characters (after NFKC). */
    public static final int NICKNAME_MAX = 20;
    /** The patron's memo on an entry. */
    public static final int MEMO_MAX = 400;
    /** At most this many categories per patron. */
    public static final int CATEGORY_LIMIT = 50;
    /** A category's name has 1 to 30 characters. */
    public static final int CATEGORY_NAME_MAX = 30;

    public static final int RATING_MIN = 1;
    public static final int RATING_MAX = 5;

    private BookListRules() {}

    /** The nickname as it is kept: NFKC (full-width letters become half-width, half-width kana full-width), trimmed. */
    public static String nickname(String typed) {
        return typed == null
                ? ""
                : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
    }

    /** What is wrong with a nickname (as {@link #nickname} keeps it), if anything. */
    public static Optional<BookListRefusal> nicknameProblem(String nickname) {
        if (nickname == null || nickname.isEmpty()) {
            return Optional.of(BookListRefusal.NICKNAME_EMPTY);
        }
        if (hasControl(nickname)) {
            return Optional.of(BookListRefusal.NICKNAME_CONTROL);
        }
        if (nickname.codePointCount(0, nickname.length()) > NICKNAME_MAX) {
            return Optional.of(BookListRefusal.NICKNAME_TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * The key that makes nicknames unique: two nicknames that differ only in case or width (ＴＡＲＯ, taro, Taro)
     * have the same key.
     */
    public static String nicknameKey(String nickname) {
        String folded =
                Normalizer.normalize(nickname(nickname), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    /** Whether the patron must (again) accept the terms: never accepted, or an older version. */
    public static boolean termsNeeded(Integer acceptedVersion) {
        return acceptedVersion == null || acceptedVersion < TERMS_VERSION;
    }

    /** The category name as kept: NFKC, trimmed. */
    public static String categoryName(String typed) {
        return nickname(typed);
    }

    public static Optional<BookListRefusal> categoryNameProblem(String name) {
        boolean bad = name == null
                || name.isEmpty()
                || hasControl(name)
                || name.codePointCount(0, name.length()) > CATEGORY_NAME_MAX;
        return bad ? Optional.of(BookListRefusal.CATEGORY_NAME) : Optional.empty();
    }

    /** Category names are unique per patron in any case and width. */
    public static String categoryKey(String name) {
        return nicknameKey(name);
    }

    /** Whether one more category may be made when the patron has {@code existing}. */
    public static boolean categoryAllowed(long existing) {
        return existing < CATEGORY_LIMIT;
    }

    /** What is wrong with a memo or a rating of an entry, if anything. */
    public static Optional<BookListRefusal> entryProblem(String memo, Integer rating) {
        if (memo != null && memo.codePointCount(0, memo.length()) > MEMO_MAX) {
            return Optional.of(BookListRefusal.MEMO_TOO_LONG);
        }
        if (rating != null && (rating < RATING_MIN || rating > RATING_MAX)) {
            return Optional.of(BookListRefusal.RATING_RANGE);
        }
        return Optional.empty();
    }

    /** What a committed loan does to the book list. */
    public enum LoanArrival {
        /** 自動登録 is off, or the loan began before it was turned on: not added. */
        IGNORE,
        /** The loan is in the list already (a renewal, a repeated notice): it stays one entry. */
        KEEP,
        /** The title is in the list without a loan (読みたい本): that entry now records the loan. */
        ATTACH,
        /** A new entry. */
        ADD
    }

    /**
     * 自動登録: from the moment it is turned on, every loan is added when it is checked out; turning it off stops
     * adding; a loan is one entry however often it is renewed.
     *
     * @param since when 自動登録 was turned on (null: never, or turned off)
     * @param loanAt when the loan began
     */
    public static LoanArrival loanArrival(
            boolean autoRegister,
            Instant since,
            Instant loanAt,
            boolean loanRecorded,
            boolean titleWaitingWithoutLoan) {
        if (loanRecorded) {
            return LoanArrival.KEEP;
        }
        if (!autoRegister || since == null || loanAt.isBefore(since)) {
            return LoanArrival.IGNORE;
        }
        return titleWaitingWithoutLoan ? LoanArrival.ATTACH : LoanArrival.ADD;
    }

    /**
     * Turning 自動登録 on also takes the loans the patron has now; those returned before are not added
     * (ブックリスト設定前に返却された資料については、履歴に残りません).
     */
    public static boolean takenAtOptIn(Instant returnedAt) {
        return returnedAt == null;
    }

    private static boolean hasControl(String text) {
        return text.codePoints().anyMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE,
                    Character.SURROGATE -> true;
            default -> false;
        });
    }
}
