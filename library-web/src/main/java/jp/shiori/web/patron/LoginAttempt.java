package jp.shiori.web.patron;

import jakarta.enterprise.context.RequestScoped;
import jp.shiori.patron.LoginOutcome;

/** The outcome of this request's login, kept for the login screen to say why it was refused. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public LoginOutcome outcome() {
        return outcome;
    }
}
