package jp.shiori.alerts.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.shiori.alerts.AlertConditions;
import jp.shiori.alerts.AlertDraft;
import jp.shiori.alerts.AlertProblem;
import jp.shiori.alerts.AlertRefusedException;
import jp.shiori.alerts.AlertRules;
import jp.shiori.alerts.AlertView;
import jp.shiori.alerts.NewArrivalAlerts;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.NewArrivals;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.notify.MailOutbox;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/** 新着案内配信サービス for the patron: thin transaction scripts around {@link Alert} and the rules. */
@ValidateOnExecution
@Stateless
public class DefaultNewArrivalAlerts implements NewArrivalAlerts {

    private static final SecureRandom RANDOM = new SecureRandom();

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
    public List<AlertView> alertsOf(long patronId) {
        return em.createNamedQuery(Alert.OF_PATRON, Alert.class)
                .setParameter("patronId", patronId)
                .getResultStream()
                .map(Alert::view)
                .toList();
    }

    @Override
    public Optional<AlertView> alert(long patronId, long alertId) {
        return owned(patronId, alertId).map(Alert::view);
    }

    @Override
    public int limit() {
        return policy(em).maxAlerts();
    }

    @Override
    public AlertView register(long patronId, AlertDraft draft) {
        PatronProfile patron = patrons.profile(patronId)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No patron " + patronId + "."));
        long existing = em.createNamedQuery(Alert.COUNT_OF_PATRON, Long.class)
                .setParameter("patronId", patronId)
                .getSingleResult();
        List<AlertProblem> problems = new ArrayList<>(AlertRules.mayRegister(patron, existing, limit()));
        problems.addAll(draft.problems(branchCodes()));
        if (!problems.isEmpty()) {
            throw new AlertRefusedException(problems);
        }
        Alert alert = new Alert(patronId, draft, newFeedToken(), clock.now());
        em.persist(alert);
        em.flush();
        return alert.view();
    }

    @Override
    public AlertView change(long patronId, long alertId, AlertDraft draft) {
        Alert alert = ownedOrRefuse(patronId, alertId);
        List<AlertProblem> problems = draft.problems(branchCodes());
        if (!problems.isEmpty()) {
            throw new AlertRefusedException(problems);
        }
        alert.change(draft, clock.now());
        return alert.view();
    }

    @Override
    public AlertView setActive(long patronId, long alertId, boolean active) {
        Alert alert = ownedOrRefuse(patronId, alertId);
        alert.setActive(active, clock.now());
        return alert.view();
    }

    @Override
    public void delete(long patronId, long alertId) {
        Alert alert = ownedOrRefuse(patronId, alertId);
        em.createQuery("delete from AlertSent s where s.alertId = :id")
                .setParameter("id", alertId)
                .executeUpdate();
        em.remove(alert);
    }

    @Override
    public AlertView renewFeed(long patronId, long alertId) {
        Alert alert = ownedOrRefuse(patronId, alertId);
        alert.renewFeed(newFeedToken(), clock.now());
        return alert.view();
    }

    @Override
    public NewArrivals preview(AlertConditions conditions) {
        List<AlertProblem> problems = conditions.problems(branchCodes());
        if (!problems.isEmpty()) {
            throw new AlertRefusedException(problems);
        }
        return lastDays(conditions);
    }

    @Override
    public NewArrivals recent(AlertConditions conditions) {
        List<AlertProblem> problems = new ArrayList<>(conditions.problems(branchCodes()));
        problems.remove(AlertProblem.NO_CONDITION);
        if (!problems.isEmpty()) {
            throw new AlertRefusedException(problems);
        }
        return lastDays(conditions);
    }

    @Override
    public Optional<String> unsubscribe(long alertId, String signature) {
        if (!new UnsubscribeSignature(policy(em).signingKey()).verify(alertId, signature)) {
            return Optional.empty();
        }
        Alert alert = em.find(Alert.class, alertId);
        if (alert == null) {
            return Optional.empty();
        }
        alert.setActive(false, clock.now());
        return Optional.of(alert.mailTitle());
    }

    @Override
    public Optional<AlertFeed> feed(String feedToken) {
        if (feedToken == null || !feedToken.matches("[A-Za-z0-9_-]{16,64}")) {
            return Optional.empty();
        }
        return em.createNamedQuery(Alert.BY_FEED, Alert.class)
                .setParameter("token", feedToken)
                .getResultStream()
                .findFirst()
                .map(a -> new AlertFeed(a.id(), a.mailTitle(), lastDays(a.conditions())));
    }

    @Override
    public String senderAddress() {
        return outbox.senderAddress();
    }

    private NewArrivals lastDays(AlertConditions conditions) {
        Instant now = clock.now();
        // The window's end is exclusive: a title that arrived in this very millisecond counts too.
        return catalog.newArrivals(
                conditions.toSearch(1, PREVIEW_SIZE),
                now.minus(Duration.ofDays(PREVIEW_DAYS)),
                now.plusMillis(1),
                Set.of());
    }

    private Optional<Alert> owned(long patronId, long alertId) {
        return Optional.ofNullable(em.find(Alert.class, alertId)).filter(a -> a.patronId() == patronId);
    }

    /** Another patron's alert and an alert that does not exist answer alike. */
    private Alert ownedOrRefuse(long patronId, long alertId) {
        return owned(patronId, alertId)
                .orElseThrow(() -> new RefusedException(ErrorCode.NOT_FOUND, "No alert " + alertId + " of yours."));
    }

    private Set<String> branchCodes() {
        return branches.branches().stream().map(BranchView::code).collect(Collectors.toSet());
    }

    static AlertPolicy policy(EntityManager em) {
        AlertPolicy policy = em.find(AlertPolicy.class, AlertPolicy.ID);
        if (policy == null) {
            throw new IllegalStateException("alert_policy has no row: migration V13 did not run");
        }
        return policy;
    }

    private static String newFeedToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
