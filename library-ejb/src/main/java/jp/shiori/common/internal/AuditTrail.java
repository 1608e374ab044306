package jp.shiori.common.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import jp.shiori.common.LibraryClock;

/**
 * The audit log, one for every context: who did what to whom. A line is written in the caller's transaction,
 * so it stands or falls with the change it records.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private LibraryClock clock;

    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(clock.now(), actor, action, subject, detail));
    }

    /** The newest lines first, of one subject or actor when {@code filter} is not blank. */
    public List<AuditEntry> recent(String filter, int limit) {
        TypedQuery<AuditEntry> query = filter == null || filter.isBlank()
                ? em.createNamedQuery(AuditEntry.RECENT, AuditEntry.class)
                : em.createNamedQuery(AuditEntry.RECENT_OF, AuditEntry.class).setParameter("f", filter.strip());
        return query.setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
    }
}
