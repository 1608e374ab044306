package jp.shiori.web.holds;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldType;

/**
 * What the patron chose on the placement form (screen ⑤), exactly as submitted: read again from the request at
 * every post, never from hidden fields. A value no form offers (an unknown hold type, a count that is not a
 * number) is kept as typed and reported; everything else — which station belongs to which branch, whether the
 * e-mail is verified, whether the titles exist — is the holds service's to decide.
 */
public record PlacementChoices(
        String type, String wanted, String contact, String branch, String station, String confirmationMail)
        implements Serializable {

    /** The form's parameter names (plain HTML inputs, so that JSF does not judge a value before the service). */
    public static final String TYPE = "type";

    public static final String WANTED = "wanted";
    public static final String CONTACT = "contact";
    public static final String BRANCH = "branch";
    public static final String STATION = "station";
    public static final String MAIL = "mail";

    /** A value the form cannot have sent. */
    public enum Problem {
        /** The hold type is none of 通常, 順番予約, いずれか予約, or いずれか予約's N is not a number. */
        TYPE,
        /** 連絡方法 or 予約内容のメール送信 is none of the offered values. */
        OTHER
    }

    /** The first form: a normal hold, no contact, no mail, the given branch, no station yet. */
    public static PlacementChoices initial(String branch) {
        return new PlacementChoices(HoldType.NORMAL.name(), "1", ContactMethod.NONE.name(), branch, "", "no");
    }

    /** The choices in the submitted parameters (a missing one counts as empty). */
    public static PlacementChoices from(Function<String, String> parameter) {
        return new PlacementChoices(
                text(parameter.apply(TYPE)),
                text(parameter.apply(WANTED)),
                text(parameter.apply(CONTACT)),
                text(parameter.apply(BRANCH)),
                text(parameter.apply(STATION)),
                text(parameter.apply(MAIL)));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public Optional<HoldType> holdType() {
        return Arrays.stream(HoldType.values())
                .filter(t -> t.name().equals(type))
                .findFirst();
    }

    /** N of いずれか予約, or null when it is not a number. */
    public Integer wantedCount() {
        return wanted.matches("\\d{1,3}") ? Integer.valueOf(wanted) : null;
    }

    public Optional<ContactMethod> contactMethod() {
        return Arrays.stream(ContactMethod.values())
                .filter(c -> c.name().equals(contact))
                .findFirst();
    }

    public boolean mailWanted() {
        return "yes".equals(confirmationMail);
    }

    /** Values no form offers; the placement is not sent while there is any. */
    public List<Problem> problems() {
        Optional<HoldType> holdType = holdType();
        boolean typeWrong = holdType.isEmpty() || holdType.get() == HoldType.ANY_N && wantedCount() == null;
        boolean otherWrong = contactMethod().isEmpty() || !List.of("yes", "no").contains(confirmationMail);
        return Arrays.stream(Problem.values())
                .filter(p -> p == Problem.TYPE ? typeWrong : otherWrong)
                .toList();
    }

    /** The placement to send, for choices without {@link #problems()}. */
    public HoldPlacement placement(List<Long> titleIds, String language) {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("choices with problems: " + problems());
        }
        HoldType holdType = holdType().orElseThrow();
        return new HoldPlacement(
                titleIds,
                holdType,
                holdType == HoldType.ANY_N ? wantedCount() : null,
                contactMethod().orElseThrow(),
                branch.isEmpty() ? null : branch,
                station.isEmpty() ? null : station,
                mailWanted(),
                language);
    }

    public boolean isType(String name) {
        return name.equals(type);
    }
}
