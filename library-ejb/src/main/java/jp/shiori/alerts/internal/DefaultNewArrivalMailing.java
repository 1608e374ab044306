package jp.shiori.alerts.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import jp.shiori.alerts.AlertRules;
import jp.shiori.alerts.NewArrivalMailing;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.InvalidSearchException;
import jp.shiori.catalog.NewArrival;
import jp.shiori.catalog.NewArrivals;
import jp.shiori.common.LibraryClock;
import jp.shiori.notify.MailMessage;
import jp.shiori.notify.MailOutbox;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/**
 * The daily mailing. A title counts from the moment its first copy arrived; an alert from the moment it was
 * registered; the windows are {@link RunWindows}'. The ledger keeps each title to one mail per alert.
 */
@ValidateOnExecution
@Stateless
public class DefaultNewArrivalMailing implements NewArrivalMailing {

    private static final Logger LOG = Logger.getLogger(DefaultNewArrivalMailing.class.getName());
    private static final String LANGUAGE = "ja";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryClock clock;

    @Inject
    private PatronAccounts patrons;

    @Inject
    private CatalogSearch catalog;

    @Inject
    private BranchDirectory branches;

    @Inject
    private MailOutbox outbox;

    @Override
    public Run open(long jobInstanceId) {
        Optional<AlertRun> existing = em.createNamedQuery(AlertRun.OF_INSTANCE, AlertRun.class)
                .setParameter("instance", jobInstanceId)
                .getResultStream()
                .findFirst();
        if (existing.isPresent()) {
            return existing.get().view();
        }
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        Instant lastEnd = em.createNamedQuery(AlertRun.LAST_COMPLETED_END, Instant.class)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
        AlertRun run = new AlertRun(jobInstanceId, RunWindows.from(lastEnd, now), now, now);
        em.persist(run);
        em.flush();
        return run.view();
    }

    @Override
    public long activeAlertCount() {
        return em.createNamedQuery(Alert.ACTIVE_COUNT, Long.class).getSingleResult();
    }

    @Override
    public List<Long> activeAlertsAfter(long afterId, int limit) {
        return em.createNamedQuery(Alert.ACTIVE_AFTER, Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public int mail(long runId, List<Long> alertIds, String linkBase) {
        if (alertIds.isEmpty()) {
            return 0;
        }
        AlertRun run = em.find(AlertRun.class, runId);
        Run window = run.view();
        AlertPolicy policy = DefaultNewArrivalAlerts.policy(em);
        UnsubscribeSignature signature = new UnsubscribeSignature(policy.signingKey());
        // Locked, so a second instance mailing the same alerts waits here and then finds the ledger filled.
        List<Alert> alerts = em.createNamedQuery(Alert.BY_IDS, Alert.class)
                .setParameter("ids", alertIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        Map<Long, Set<Long>> mailed = mailedSince(alertIds, window.from());
        Map<Long, PatronProfile> profiles =
                patrons.profiles(alerts.stream().map(Alert::patronId).distinct().toList());
        Map<String, String> branchNames = branchNames();
        String libraryName = branches.libraryName().in(Locale.JAPANESE);
        int mails = 0;
        int titles = 0;
        for (Alert alert : alerts) {
            if (!alert.active()) {
                continue;
            }
            Optional<PatronProfile> patron = Optional.ofNullable(profiles.get(alert.patronId()));
            if (patron.isEmpty() || !AlertRules.receivesMail(patron.get())) {
                continue;
            }
            Instant since = RunWindows.since(window.from(), alert.createdAt());
            if (!since.isBefore(window.to())) {
                continue;
            }
            NewArrivals arrivals;
            try {
                arrivals = catalog.newArrivals(
                        alert.conditions().toSearch(1, policy.maxTitlesPerMail()),
                        since,
                        window.to(),
                        mailed.getOrDefault(alert.id(), Set.of()));
            } catch (InvalidSearchException e) {
                // A branch closed since the alert was registered, say: the alert waits for its patron to change it.
                LOG.warning(() -> "New-arrival alert " + alert.id() + " cannot be searched: " + e.getMessage());
                continue;
            }
            if (arrivals.titles().isEmpty()) {
                continue;
            }
            String unsubscribe = linkBase + "alerts/unsubscribe.xhtml?alert=" + alert.id() + "&sig="
                    + URLEncoder.encode(signature.sign(alert.id()), StandardCharsets.UTF_8);
            String oneClick = linkBase + "api/v1/alerts/" + alert.id() + "/unsubscribe?sig="
                    + URLEncoder.encode(signature.sign(alert.id()), StandardCharsets.UTF_8);
            Map<String, String> parameters = NewArrivalMail.parameters(
                    LANGUAGE,
                    patron.get().name(),
                    libraryName,
                    alert.mailTitle(),
                    alert.conditions(),
                    arrivals,
                    c -> branchNames.getOrDefault(c, c),
                    linkBase,
                    unsubscribe);
            long outboxId = outbox.enqueue(new MailMessage(
                    patron.get().email(),
                    LANGUAGE,
                    NewArrivalMail.TEMPLATE,
                    parameters,
                    Map.of(
                            "List-Unsubscribe",
                            "<" + oneClick + ">",
                            "List-Unsubscribe-Post",
                            "List-Unsubscribe=One-Click")));
            Instant now = clock.now();
            for (NewArrival a : arrivals.titles()) {
                em.persist(new AlertSent(alert.id(), a.title().id(), runId, outboxId, now));
            }
            mails++;
            titles += arrivals.titles().size();
        }
        em.flush();
        run.mailed(mails, titles);
        return mails;
    }

    @Override
    public void complete(long runId) {
        AlertRun run = em.find(AlertRun.class, runId);
        if (run != null) {
            run.complete(clock.now());
        }
    }

    /** Titles each alert mailed since {@code since}: every earlier mailing of a title newer than that is among them. */
    private Map<Long, Set<Long>> mailedSince(List<Long> alertIds, Instant since) {
        Map<Long, Set<Long>> mailed = new HashMap<>();
        for (Object[] row : em.createNamedQuery(AlertSent.SINCE, Object[].class)
                .setParameter("alertIds", alertIds)
                .setParameter("since", since)
                .getResultList()) {
            mailed.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        return mailed;
    }

    private Map<String, String> branchNames() {
        Map<String, String> names = new HashMap<>();
        for (BranchView b : branches.branches()) {
            names.put(b.code(), b.name().in(Locale.JAPANESE));
        }
        return names;
    }
}
