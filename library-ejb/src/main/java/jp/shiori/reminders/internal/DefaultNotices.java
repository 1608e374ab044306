package jp.shiori.reminders.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.circulation.DueLoans;
import jp.shiori.circulation.LoanView;
import jp.shiori.common.LibraryClock;
import jp.shiori.notify.MailMessage;
import jp.shiori.notify.MailOutbox;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import jp.shiori.patron.PatronReminders;
import jp.shiori.reminders.NoticeKind;
import jp.shiori.reminders.NoticeRules;
import jp.shiori.reminders.Notices;

/**
 * Reminders and notices, one patron per transaction: the loans or the card are read, the ledger says what was
 * told already, and the mail and its ledger rows are written together. A second call for the same day finds the
 * ledger rows and writes nothing; the ledger's unique keys refuse a race between two instances.
 */
@ValidateOnExecution
@Stateless
@Local(Notices.class)
public class DefaultNotices implements Notices {

    private static final String LANGUAGE = "ja"; // patrons have no stored language; the library writes Japanese

    @PersistenceContext
    private EntityManager em;

    @EJB
    private PatronAccounts accounts;

    @EJB
    private PatronReminders reminders;

    @EJB
    private DueLoans dueLoans;

    @EJB
    private BranchDirectory branches;

    @EJB
    private MailOutbox outbox;

    @Inject
    private LibraryClock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindOfDueLoans(long patronId, LocalDate today, int daysBefore) {
        Optional<PatronProfile> found = accounts.profile(patronId);
        if (found.isEmpty() || !mailable(found.get())) {
            return 0;
        }
        PatronProfile patron = found.get();
        boolean wantsReminders = reminders.wantsDueDateMail(patronId); // overdue notices go regardless
        Map<NoticeKind, List<LoanView>> byKind = new EnumMap<>(NoticeKind.class);
        for (LoanView loan : dueLoans.loansDue(patronId, today.minusYears(100), today.plusDays(daysBefore))) {
            NoticeRules.forLoan(loan.dueOn(), today, daysBefore)
                    .filter(kind -> kind != NoticeKind.DUE_SOON || wantsReminders)
                    .ifPresent(kind ->
                            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(loan));
        }
        int mails = 0;
        for (Map.Entry<NoticeKind, List<LoanView>> group : byKind.entrySet()) {
            List<LoanView> untold = untold(patronId, group.getKey(), group.getValue());
            if (untold.isEmpty()) {
                continue;
            }
            long mail = outbox.enqueue(new MailMessage(
                    patron.email(),
                    LANGUAGE,
                    template(group.getKey()),
                    Map.of(
                            "libraryName",
                            libraryName(),
                            "patronName",
                            patron.name(),
                            "loans",
                            NoticeTexts.loanLines(untold, group.getKey(), today, publicUrl()),
                            "myPage",
                            publicUrl() + "my/")));
            for (LoanView loan : untold) {
                em.persist(NoticeLedgerEntry.loanMailed(
                        group.getKey(), patronId, loan.id(), loan.dueOn(), mail, clock.now()));
            }
            mails++;
        }
        em.flush(); // a duplicate key (another instance told the patron meanwhile) fails here, with the mail
        return mails;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remindOfCardRenewal(long patronId, LocalDate today) {
        Optional<PatronProfile> found = accounts.profile(patronId);
        if (found.isEmpty() || found.get().cardRenewalDate().isBefore(today)) {
            return false;
        }
        PatronProfile patron = found.get();
        if (em.createNamedQuery(NoticeLedgerEntry.CARD_NOTIFIED, Long.class)
                        .setParameter("patron", patronId)
                        .setParameter("renewalDate", patron.cardRenewalDate())
                        .getSingleResult()
                > 0) {
            return false;
        }
        Long mail = null;
        if (mailable(patron)) {
            mail = outbox.enqueue(new MailMessage(
                    patron.email(),
                    LANGUAGE,
                    "card-renewal-reminder",
                    Map.of(
                            "libraryName",
                            libraryName(),
                            "patronName",
                            patron.name(),
                            "renewalDate",
                            NoticeTexts.date(patron.cardRenewalDate()),
                            "branches",
                            NoticeTexts.branchLines(branches.branches()))));
        }
        em.persist(NoticeLedgerEntry.cardRenewal(patronId, patron.cardRenewalDate(), mail, clock.now()));
        em.flush();
        return true;
    }

    @Override
    public List<CounterNotice> counterList(LocalDate today) {
        List<CounterNotice> lines = new ArrayList<>();
        for (NoticeLedgerEntry entry : em.createNamedQuery(NoticeLedgerEntry.COUNTER_LIST, NoticeLedgerEntry.class)
                .setParameter("today", today)
                .getResultList()) {
            accounts.profile(entry.patronId())
                    .filter(p -> p.cardRenewalDate().equals(entry.renewalDate())) // renewed since: no longer to tell
                    .ifPresent(
                            p -> lines.add(new CounterNotice(p.id(), p.cardNumber(), p.name(), entry.renewalDate())));
        }
        return lines;
    }

    private List<LoanView> untold(long patronId, NoticeKind kind, List<LoanView> loans) {
        List<LoanView> untold = new ArrayList<>();
        Map<LocalDate, List<LoanView>> byDue = new java.util.TreeMap<>();
        loans.forEach(
                l -> byDue.computeIfAbsent(l.dueOn(), d -> new ArrayList<>()).add(l));
        for (Map.Entry<LocalDate, List<LoanView>> due : byDue.entrySet()) {
            Set<Long> told = new HashSet<>(em.createNamedQuery(NoticeLedgerEntry.LOANS_NOTIFIED, Long.class)
                    .setParameter("patron", patronId)
                    .setParameter("kind", kind)
                    .setParameter(
                            "loans", due.getValue().stream().map(LoanView::id).toList())
                    .setParameter("dueOn", due.getKey())
                    .getResultList());
            due.getValue().stream().filter(l -> !told.contains(l.id())).forEach(untold::add);
        }
        return untold;
    }

    private static boolean mailable(PatronProfile patron) {
        return patron.email() != null && !patron.email().isBlank() && patron.emailVerified();
    }

    private static String template(NoticeKind kind) {
        return switch (kind) {
            case DUE_SOON -> "due-date-reminder";
            case OVERDUE_FIRST -> "overdue-notice";
            case OVERDUE_SECOND -> "overdue-notice-second";
            case CARD_RENEWAL -> "card-renewal-reminder";
        };
    }

    private String libraryName() {
        return branches.libraryName().in(Locale.JAPANESE);
    }

    /** Where mailed links point: LIBRARY_PUBLIC_URL, or the local demo's address. */
    static String publicUrl() {
        String url = System.getenv("LIBRARY_PUBLIC_URL");
        if (url == null || url.isBlank()) {
            url = System.getProperty("shiori.public.url", "http://localhost:8080/");
        }
        return url.endsWith("/") ? url : url + "/";
    }
}
