package jp.shiori.patron;

import java.io.Serializable;

/**
 * How a card login ended. A wrong password, an unknown card and a locked card are one outcome, so a
 * login never reveals whether a card exists; an expired card or one without a password says so,
 * because the patron must go to the counter either way.
 */
public record LoginOutcome(Result result, Long patronId) implements Serializable {

    public enum Result {
        ACCEPTED,
        REFUSED,
        CARD_EXPIRED,
        NO_PASSWORD
    }

    public static LoginOutcome accepted(long patronId) {
        return new LoginOutcome(Result.ACCEPTED, patronId);
    }

    public static LoginOutcome of(Result result) {
        return new LoginOutcome(result, null);
    }

    public boolean isAccepted() {
        return result == Result.ACCEPTED;
    }
}
