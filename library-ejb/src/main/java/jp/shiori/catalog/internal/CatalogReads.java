package jp.shiori.catalog.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.internal.search.IndexEntry;

/**
 * The catalog queries that read many titles at once, each a fixed number of SQL statements whatever the
 * number of titles (batch fetching of the collections, one grouped query for copies).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS) // reads only; joins the caller's transaction when there is one
public class CatalogReads {

    @EJB
    private Branches branches;

    @PersistenceContext
    private EntityManager em;

    public long titleCount() {
        return em.createQuery("select count(t) from Title t", Long.class).getSingleResult();
    }

    public List<Long> titleIdsAfter(long afterId, int limit) {
        return em.createNamedQuery(Title.IDS_AFTER, Long.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The titles with contributors, ISBNs and subjects loaded, in no particular order. */
    public List<Title> titlesWithRecords(List<Long> ids) {
        return em.createNamedQuery(Title.BY_IDS, Title.class)
                .setParameter("ids", ids)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "t.contributors")
                .setHint("eclipselink.batch", "t.isbns")
                .setHint("eclipselink.batch", "t.subjects")
                .getResultList();
    }

    /** The copies of each title as the facets see them (withdrawn copies left out). */
    public Map<Long, List<IndexEntry.Copy>> copiesOf(List<Long> ids) {
        Map<Long, List<IndexEntry.Copy>> copies = new HashMap<>();
        Map<Long, BranchRef> owners = branches.byId();
        for (Object[] row : em.createNamedQuery(Item.FACET_ROWS, Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            copies.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add(new IndexEntry.Copy(owners.get((Long) row[1]).code(), (ItemStatus) row[2], (Boolean) row[3]));
        }
        return copies;
    }

    /** Copies, copies on the shelf and loanable copies of each title, read now. */
    public Map<Long, CopyCounts> copyCounts(List<Long> ids) {
        Map<Long, CopyCounts> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createNamedQuery(Item.COPY_COUNTS, Object[].class)
                .setParameter("ids", ids)
                .getResultList()) {
            counts.put(
                    (Long) row[0],
                    new CopyCounts(
                            ((Number) row[1]).intValue(), ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
        }
        return counts;
    }

    /** Copy counts of one title. */
    public record CopyCounts(int copies, int available, int loanable) {
        public static final CopyCounts NONE = new CopyCounts(0, 0, 0);
    }
}
