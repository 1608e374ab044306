package jp.shiori.holds.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.catalog.ItemRef;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.TrapResult;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/**
 * Holds as the patron, the desk and the slip see them. A list costs a fixed number of statements whatever its
 * length: the queue positions in one, the titles in one, the copies in one, the branches with their stations.
 */
@Stateless
public class HoldViews {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CatalogItems catalog;

    @EJB
    private Branches branches;

    @EJB
    private PatronAccounts patrons;

    /** The holds with each waiting one's place in its title's queue. */
    public List<HoldView> views(List<Hold> holds) {
        List<Long> waiting = holds.stream()
                .filter(h -> h.status() == HoldStatus.WAITING)
                .map(Hold::id)
                .toList();
        Map<Long, Integer> positions = new HashMap<>();
        if (!waiting.isEmpty()) {
            for (Object[] row : em.createNamedQuery(Hold.POSITIONS, Object[].class)
                    .setParameter("ids", waiting)
                    .getResultList()) {
                positions.put((Long) row[0], ((Number) row[1]).intValue());
            }
        }
        return views(holds, positions);
    }

    /** The holds with the queue positions given (a title's queue counts them itself). */
    public List<HoldView> views(List<Hold> holds, Map<Long, Integer> positions) {
        if (holds.isEmpty()) {
            return List.of();
        }
        Map<Long, String> titles =
                catalog.titleNames(holds.stream().map(Hold::titleId).collect(Collectors.toSet()));
        Map<Long, ItemRef> copies = catalog.byId(
                holds.stream().map(Hold::itemId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, BranchRef> pickup = branches.byId();
        List<HoldView> views = new ArrayList<>();
        for (Hold h : holds) {
            BranchRef branch = pickup.get(h.pickupBranchId());
            BranchRef.StationRef station = branch.station(h.pickupStationId()).orElse(null);
            ItemRef copy = h.itemId() == null ? null : copies.get(h.itemId());
            views.add(new HoldView(
                    h.id(),
                    h.titleId(),
                    titles.get(h.titleId()),
                    h.status(),
                    h.type(),
                    positions.get(h.id()),
                    branch.code(),
                    station == null ? null : station.code(),
                    branch.pickupName(station),
                    branch.phone(),
                    h.placedAt(),
                    h.deadline(),
                    h.shelfSlot(),
                    h.counterRequested(),
                    copy == null ? null : copy.barcode(),
                    h.endReason(),
                    h.endReasonCode()));
        }
        return views;
    }

    /** The slip of a copy set aside (or passed on) for the hold: whose it is and where it goes. */
    public TrapResult slip(Hold hold, ItemRef copy, String title) {
        PatronProfile patron = patrons.profile(hold.patronId()).orElseThrow();
        BranchRef branch = branches.byId().get(hold.pickupBranchId());
        String station = branch.station(hold.pickupStationId())
                .map(BranchRef.StationRef::code)
                .orElse(null);
        return new TrapResult(
                copy.barcode(),
                title,
                hold.id(),
                hold.status(),
                patron.cardNumber(),
                patron.name(),
                branch.code(),
                station,
                hold.shelfSlot(),
                hold.deadline());
    }

    /** A copy that no hold takes: the slip says only "to the shelf". */
    public static TrapResult toShelf(String barcode, String title) {
        return new TrapResult(barcode, title, null, null, null, null, null, null, null, null);
    }
}
