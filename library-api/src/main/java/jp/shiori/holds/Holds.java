package jp.shiori.holds;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** 予約: placing, listing and cancelling holds, and the staff's side of the hold shelf. */
public interface Holds {

    /**
     * Places holds for the titles (screen ⑥ 送信, or staff at the counter with {@code counterRequested}): all
     * of them or none, with every reason when refused. Sends the confirmation mail through the outbox when asked.
     */
    PlacementResult place(
            long patronId, @NotNull @Valid HoldPlacement placement, boolean counterRequested, @NotBlank String actor);

    /** The patron's holds: active ones first (in the order placed), then those ended in the last 30 days. */
    List<HoldView> holdsOf(long patronId);

    /**
     * 取消する on My page: only the patron's own waiting hold that was not requested at the counter.
     *
     * @return empty when cancelled, else why not (the hold stays)
     */
    java.util.Optional<HoldRefusal> cancelByPatron(long patronId, long holdId);

    /** Staff cancel any active hold, with the reason; a copy set aside for it goes to the next hold or the shelf. */
    TrapResult cancelByStaff(
            long holdId, @NotBlank @Size(max = CANCELLATION_REASON_MAX) String reason, @NotBlank String actor);

    /** The longest reason a staff cancellation may give. */
    int CANCELLATION_REASON_MAX = 500;

    /** A title's active holds in queue order: those set aside first, then the waiting ones by position (staff). */
    List<HoldView> queueOf(long titleId);

    /** The copies on a branch's shelves that waiting holds can take, oldest hold first. */
    List<PullListLine> pullList(@NotNull @Size(max = 32) String branchCode);

    /** Staff took a copy from the shelf (pull list): it is set aside for the oldest eligible hold. */
    TrapResult pull(
            @NotNull @Size(max = 64) String itemBarcode,
            @NotNull @Size(max = 32) String branchCode,
            @NotBlank String actor);

    /** A copy in transit arrived at the pickup branch: it is ready there, and the patron hears so. */
    TrapResult receive(
            @NotNull @Size(max = 64) String itemBarcode,
            @NotNull @Size(max = 32) String branchCode,
            @NotBlank String actor);

    /**
     * The hold a copy is set aside for (in transit or ready), as the slip prints it; empty when the copy is set aside
     * for nobody. For the check-in desk, whose answer says only where the copy goes.
     */
    java.util.Optional<TrapResult> setAsideFor(@NotNull String itemBarcode);

    /** A branch's hold shelf: ready copies (with their deadlines), and those on their way to it. */
    List<HoldShelfLine> holdShelf(@NotNull @Size(max = 32) String branchCode);

    /**
     * 取置期限切れ: cancels ready holds whose deadline is before {@code today} and passes each copy to the next
     * hold or back to the shelf. A hold is never expired on its deadline day. Returns how many expired.
     */
    int expire(@NotNull LocalDate today, @NotBlank String actor);

    /** 予約照会機: the patron's copies waiting in the hold-shelf room, with their shelf slots. */
    List<HoldView> waitingInHoldShelfRoom(long patronId);
}
