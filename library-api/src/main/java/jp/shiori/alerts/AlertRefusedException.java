package jp.shiori.alerts;

import java.util.List;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;

/** An alert was not registered or changed; {@link #problems()} says every reason. Nothing was stored. */
public class AlertRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final List<AlertProblem> problems;

    public AlertRefusedException(List<AlertProblem> problems) {
        super(
                ErrorCode.ALERT_REFUSED,
                "The alert was not stored: "
                        + problems.stream().map(AlertProblem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<AlertProblem> problems() {
        return problems;
    }
}
