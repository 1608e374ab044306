package jp.shiori.web.notify;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shiori.notify.MailOutbox;
import jp.shiori.notify.OutboxMail;
import jp.shiori.notify.OutboxState;

/**
 * メール送信状況: pending, dead and sent mail of the outbox with recipient, subject, times and body (so the demo's
 * verification, hold and reminder mail can be read); dead mail can be sent again.
 */
@Named
@ViewScoped
public class MailPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    @Inject
    transient MailOutbox outbox;

    /** Dead mail first: it is what staff must act on. */
    private static final List<OutboxState> ORDER = List.of(OutboxState.DEAD, OutboxState.PENDING, OutboxState.SENT);

    private List<Section> sections;

    /** The mail of one state, as a table of the page. */
    public record Section(OutboxState state, List<OutboxMail> mails) implements Serializable {
        public boolean isDead() {
            return state == OutboxState.DEAD;
        }

        public boolean isSent() {
            return state == OutboxState.SENT;
        }
    }

    @PostConstruct
    void load() {
        sections = ORDER.stream()
                .map(state -> new Section(state, outbox.recent(state, SHOWN)))
                .toList();
    }

    public void resend(long id) {
        outbox.resend(id);
        load();
    }

    public List<Section> getSections() {
        return sections;
    }
}
