package jp.shiori.reminders.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import jp.shiori.reminders.NoticeKind;

/**
 * A row of {@code notice_ledger}: a notice the library gave, unique per (loan, kind, due date) or (patron,
 * renewal date). Written in the transaction that writes the mail to the outbox, so a notice exists exactly when
 * its mail does.
 */
@Entity
@Table(name = "notice_ledger")
@NamedQuery(
        name = NoticeLedgerEntry.LOANS_NOTIFIED,
        query = "select n.loanId from NoticeLedgerEntry n"
                + " where n.patronId = :patron and n.kind = :kind and n.loanId in :loans and n.dueOn = :dueOn")
@NamedQuery(
        name = NoticeLedgerEntry.CARD_NOTIFIED,
        query = "select count(n) from NoticeLedgerEntry n"
                + " where n.patronId = :patron and n.kind = jp.shiori.reminders.NoticeKind.CARD_RENEWAL"
                + " and n.renewalDate = :renewalDate")
@NamedQuery(
        name = NoticeLedgerEntry.COUNTER_LIST,
        query = "select n from NoticeLedgerEntry n"
                + " where n.channel = 'COUNTER' and n.renewalDate >= :today order by n.renewalDate, n.patronId")
public class NoticeLedgerEntry {

    static final String LOANS_NOTIFIED = "NoticeLedgerEntry.loansNotified";
    static final String CARD_NOTIFIED = "NoticeLedgerEntry.cardNotified";
    static final String COUNTER_LIST = "NoticeLedgerEntry.counterList";

    /** How the notice reached the patron. */
    enum Channel {
        MAIL,
        COUNTER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeKind kind;

    @Column(name = "patron_id", nullable = false)
    private long patronId;

    @Column(name = "loan_id")
    private Long loanId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "renewal_date")
    private LocalDate renewalDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Channel channel;

    @Column(name = "outbox_id")
    private Long outboxId;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NoticeLedgerEntry() {
        // for JPA
    }

    private NoticeLedgerEntry(
            NoticeKind kind,
            long patronId,
            Long loanId,
            LocalDate dueOn,
            LocalDate renewalDate,
            Channel channel,
            Long outboxId,
            Instant recordedAt) {
        this.kind = Objects.requireNonNull(kind);
        this.patronId = patronId;
        this.loanId = loanId;
        this.dueOn = dueOn;
        this.renewalDate = renewalDate;
        this.channel = Objects.requireNonNull(channel);
        this.outboxId = outboxId;
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    static NoticeLedgerEntry loanMailed(
            NoticeKind kind, long patronId, long loanId, LocalDate dueOn, long outboxId, Instant at) {
        if (kind == NoticeKind.CARD_RENEWAL) {
            throw new IllegalArgumentException("a card renewal notice is not about a loan");
        }
        return new NoticeLedgerEntry(
                kind, patronId, loanId, Objects.requireNonNull(dueOn), null, Channel.MAIL, outboxId, at);
    }

    static NoticeLedgerEntry cardRenewal(long patronId, LocalDate renewalDate, Long outboxId, Instant at) {
        return new NoticeLedgerEntry(
                NoticeKind.CARD_RENEWAL,
                patronId,
                null,
                null,
                Objects.requireNonNull(renewalDate),
                outboxId == null ? Channel.COUNTER : Channel.MAIL,
                outboxId,
                at);
    }

    long patronId() {
        return patronId;
    }

    LocalDate renewalDate() {
        return renewalDate;
    }
}
