package jp.shiori.branch.internal;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.branch.ClosedDays;

/** The branches and their calendar for the other contexts, read at every use (a changed row counts at once). */
@ValidateOnExecution
@Stateless
@Local(Branches.class)
public class DefaultBranches implements Branches {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Map<Long, BranchRef> byId() {
        Map<Long, BranchRef> branches = new LinkedHashMap<>();
        em.createNamedQuery(Branch.ALL_IN_DISPLAY_ORDER, Branch.class)
                .getResultStream()
                .forEach(b -> branches.put(b.id(), ref(b)));
        return branches;
    }

    @Override
    public Optional<BranchRef> byCode(String code) {
        return code == null
                ? Optional.empty()
                : em.createNamedQuery(Branch.BY_CODE, Branch.class)
                        .setParameter("code", code)
                        .getResultStream()
                        .findFirst()
                        .map(DefaultBranches::ref);
    }

    @Override
    public ClosedDays closedDays(long branchId, LocalDate from) {
        return closedDays(Set.of(branchId), from).get(branchId);
    }

    @Override
    public Map<Long, ClosedDays> closedDays(Collection<Long> branchIds, LocalDate from) {
        Map<Long, Set<LocalDate>> days = new HashMap<>();
        branchIds.forEach(id -> days.put(id, new HashSet<>()));
        if (!branchIds.isEmpty()) {
            for (Object[] row : em.createNamedQuery(ClosedDay.OF_BRANCHES, Object[].class)
                    .setParameter("branches", Set.copyOf(branchIds))
                    .setParameter("from", from)
                    .setParameter("to", from.plusDays(ClosedDays.HORIZON_DAYS))
                    .getResultList()) {
                days.get((Long) row[0]).add((LocalDate) row[1]);
            }
        }
        Map<Long, ClosedDays> calendars = new HashMap<>();
        days.forEach((id, closed) -> calendars.put(id, new ClosedDays(from, closed)));
        return calendars;
    }

    private static BranchRef ref(Branch b) {
        return new BranchRef(
                b.id(),
                b.code(),
                b.name(),
                b.phone(),
                b.displayOrder(),
                b.pickupLocation(),
                b.stations().stream()
                        .map(s -> new BranchRef.StationRef(s.id(), s.code(), s.kind(), s.name(), s.active()))
                        .toList());
    }
}
