package jp.shiori.alerts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ②の登録内容: the mail title the patron chooses (the subject of every mail of this alert) and the conditions.
 */
public record AlertDraft(
        @Size(max = AlertConditions.MAX_INPUT) String mailTitle,
        @NotNull @Valid AlertConditions conditions) implements Serializable {

    private static final long serialVersionUID = 1L;

    public AlertDraft {
        mailTitle = AlertConditions.clean(mailTitle);
    }

    /** Every rule the draft breaks, the mail title's first; {@code branches} are the codes that exist. */
    public List<AlertProblem> problems(Set<String> branches) {
        List<AlertProblem> problems = new ArrayList<>();
        if (mailTitle == null) {
            problems.add(AlertProblem.MAIL_TITLE_MISSING);
        } else if (mailTitle.length() > AlertConditions.MAX_MAIL_TITLE) {
            problems.add(AlertProblem.MAIL_TITLE_TOO_LONG);
        }
        List<AlertProblem> ofConditions =
                conditions == null ? List.of(AlertProblem.NO_CONDITION) : conditions.problems(branches);
        // A line break in the mail title would end up in a mail header.
        if (AlertConditions.hasControlCharacters(mailTitle)
                && !ofConditions.contains(AlertProblem.CONTROL_CHARACTERS)) {
            problems.add(AlertProblem.CONTROL_CHARACTERS);
        }
        problems.addAll(ofConditions);
        return problems;
    }
}
