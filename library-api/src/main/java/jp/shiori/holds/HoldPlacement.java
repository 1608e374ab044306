package jp.shiori.holds;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * The placement form (screen ⑤) for the selected titles, in the order the patron gave them. Its constraints are
 * checked by the container on {@link Holds#place}; the library's own rules ({@link HoldRules#refusals}) then
 * answer with the refusals a patron reads.
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
        @Size(max = HoldPlacement.MAX_TITLES) List<@NotNull @Positive Long> titleIds,
        HoldType type,
        @Positive @Max(HoldPlacement.MAX_TITLES) Integer wanted,
        ContactMethod contact,
        @Size(max = 32) String pickupBranch,
        @Size(max = 32) String pickupStation,
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
