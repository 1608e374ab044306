package jp.shiori.holds;

import java.io.Serializable;
import java.util.List;

/**
 * The placement form (screen ⑤) for the selected titles, in the order the patron gave them.
 *
 * @param titleIds         the titles, in order (the order matters for {@link HoldType#ORDERED})
 * @param type             予約種別
 * @param wanted           for {@link HoldType#ANY_N}: how many of the titles the patron wants (N); else ignored
 * @param contact          連絡方法
 * @param pickupBranch     受取館: a branch code ({@code central}, {@code bookmobile}, ...)
 * @param pickupStation    受取ステーション: a station code of that branch; required for branches with stations
 *                         (the central library: counter or hold-shelf room; the bookmobile: one of its stops),
 *                         absent for the others
 * @param confirmationMail 予約内容のメール送信
 * @param language         {@code ja} or {@code en}, for the mails
 */
public record HoldPlacement(
        List<Long> titleIds,
        HoldType type,
        Integer wanted,
        ContactMethod contact,
        String pickupBranch,
        String pickupStation,
        boolean confirmationMail,
        String language)
        implements Serializable {

    /** At most this many titles in one placement (the basket's limit). */
    public static final int MAX_TITLES = 50;

    public HoldPlacement {
        titleIds = titleIds == null ? List.of() : List.copyOf(titleIds);
        type = type == null ? HoldType.NORMAL : type;
        contact = contact == null ? ContactMethod.NONE : contact;
        language = "en".equals(language) ? "en" : "ja";
    }
}
