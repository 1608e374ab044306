package jp.shiori.holds.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldRefusal;
import jp.shiori.holds.HoldShelfLine;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.Holds;
import jp.shiori.holds.PlacementResult;
import jp.shiori.holds.PullListLine;
import jp.shiori.holds.TrapResult;

/**
 * The holds service as the screens and REST see it, in rooms of its own: the patron's side ({@link HoldPlacements}),
 * the hold-shelf desk ({@link HoldShelfDesk}); both trap and pass on copies through {@link HoldTrapping}, write mail
 * through {@link HoldMails} and build views with {@link HoldViews}. Circulation's port is {@link DefaultHoldQueue}.
 */
@ValidateOnExecution
@Stateless
@Local(Holds.class)
public class DefaultHolds implements Holds {

    @EJB
    private HoldPlacements placements;

    @EJB
    private HoldShelfDesk desk;

    @Override
    public PlacementResult place(long patronId, HoldPlacement placement, boolean counterRequested, String actor) {
        return placements.place(patronId, placement, counterRequested, actor);
    }

    @Override
    public List<HoldView> holdsOf(long patronId) {
        return placements.holdsOf(patronId);
    }

    @Override
    public Optional<HoldRefusal> cancelByPatron(long patronId, long holdId) {
        return placements.cancelByPatron(patronId, holdId);
    }

    @Override
    public List<HoldView> waitingInHoldShelfRoom(long patronId) {
        return placements.waitingInHoldShelfRoom(patronId);
    }

    @Override
    public TrapResult cancelByStaff(long holdId, String reason, String actor) {
        return desk.cancelByStaff(holdId, reason, actor);
    }

    @Override
    public List<HoldView> queueOf(long titleId) {
        return desk.queueOf(titleId);
    }

    @Override
    public List<PullListLine> pullList(String branchCode) {
        return desk.pullList(branchCode);
    }

    @Override
    public TrapResult pull(String itemBarcode, String branchCode, String actor) {
        return desk.pull(itemBarcode, branchCode, actor);
    }

    @Override
    public TrapResult receive(String itemBarcode, String branchCode, String actor) {
        return desk.receive(itemBarcode, branchCode, actor);
    }

    @Override
    public Optional<TrapResult> setAsideFor(String itemBarcode) {
        return desk.setAsideFor(itemBarcode);
    }

    @Override
    public List<HoldShelfLine> holdShelf(String branchCode) {
        return desk.holdShelf(branchCode);
    }

    @Override
    public int expire(LocalDate today, String actor) {
        return desk.expire(today, actor);
    }
}
