package jp.shiori.web.holds;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.HoldShelfLine;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.Holds;
import jp.shiori.ops.BatchJobs;
import jp.shiori.ops.JobExecutionView;
import jp.shiori.web.circulation.DeskBranch;
import jp.shiori.web.circulation.DeskFeedback;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.ops.OperatorJobs;
import jp.shiori.web.staff.StaffCaller;

/**
 * 取置棚: a branch's hold shelf — copies ready (確保) with slot and deadline, those to be collected today, those past
 * their deadline and not yet processed, and those in transit to the branch (受取 on arrival). Staff expire overdue
 * holds (期限切れ処理) and cancel a hold with a reason.
 */
@Named
@ViewScoped
public class HoldShelfPage implements Serializable {

    private static final java.time.Duration EXPIRY_PATIENCE = java.time.Duration.ofSeconds(20);

    private static final long serialVersionUID = 1L;
    private static final ZoneId LIBRARY_ZONE = ZoneId.of("Asia/Tokyo");

    @Inject
    Holds holds;

    @Inject
    OperatorJobs operatorJobs;

    @Inject
    BranchDirectory branches;

    @Inject
    StaffCaller caller;

    @Inject
    LanguageSelection language;

    @Inject
    DeskBranch desk;

    private List<HoldShelfLine> lines = List.of();
    private Map<String, String> stations = Map.of();
    private String barcode;
    private HoldSlip slip;
    private final HoldCancelForm cancelForm = new HoldCancelForm();

    @PostConstruct
    void init() {
        load();
    }

    /** 表示: the shelf of the chosen branch. */
    public void load() {
        try {
            lines = holds.holdShelf(desk.getCode());
            Map<String, String> names = new HashMap<>();
            branches.branch(desk.getCode())
                    .ifPresent(b -> b.pickupPoints().stream()
                            .filter(p -> p.stationCode() != null)
                            .forEach(p -> names.put(p.stationCode(), p.name().in(language.getLocale()))));
            stations = names;
        } catch (RefusedException e) {
            lines = List.of();
            DeskFeedback.refused(language.getLocale(), e);
        } catch (EJBException e) {
            lines = List.of();
            DeskFeedback.failed(language.getLocale(), e);
        }
    }

    /** 表示を切り替え: another branch's shelf; the choice is kept for the session. */
    public void show() {
        slip = null;
        cancelForm.close();
        load();
    }

    /** 受取: a copy in transit arrived here; it is ready now and its slip shows slot and deadline. */
    public void receive() {
        String scanned = barcode;
        barcode = null;
        slip = null;
        try {
            slip = HoldSlip.of(
                            holds.receive(scanned == null ? "" : scanned, desk.getCode(), caller.actor()),
                            branches,
                            language.getLocale())
                    .orElse(null);
            if (slip != null) {
                DeskFeedback.done(Messages.get(language.getLocale(), "holdshelf.received", slip.getTitle()));
            }
        } catch (RefusedException e) {
            DeskFeedback.refused(language.getLocale(), e, "holdshelf.refused.receive.");
        } catch (EJBException e) {
            DeskFeedback.failed(language.getLocale(), e);
        }
        load();
    }

    /**
     * 期限切れ処理を実行: starts the hold-expiry job now (the one the schedule runs at 00:30) and waits briefly for
     * it, so the desk sees how many holds it cancelled.
     */
    public void expire() {
        slip = null;
        try {
            JobExecutionView run = operatorJobs.startAndAwait(BatchJobs.HOLD_EXPIRY, Map.of(), EXPIRY_PATIENCE);
            if (run.isRunning() || "STARTING".equals(run.status())) {
                DeskFeedback.done(Messages.get(language.getLocale(), "holdshelf.expired.started", run.executionId()));
            } else {
                DeskFeedback.done(Messages.get(language.getLocale(), "holdshelf.expired.done", run.done()));
            }
        } catch (EJBException e) {
            DeskFeedback.failed(language.getLocale(), e);
        }
        load();
    }

    public void startCancel(HoldShelfLine line) {
        cancelForm.open(line.holdId(), line.title());
    }

    public void cancel() {
        slip = cancelForm
                .submit(holds, caller.actor(), branches, language.getLocale())
                .orElse(null);
        load();
    }

    public void keep() {
        cancelForm.close();
    }

    public LocalDate getToday() {
        return LocalDate.now(LIBRARY_ZONE);
    }

    /** 確保: ready, with days left to collect. */
    public List<HoldShelfLine> getReady() {
        return ready(l -> l.deadline() != null && l.deadline().isAfter(getToday()));
    }

    /** 本日期限: the last day to collect is today (they expire tomorrow, never today). */
    public List<HoldShelfLine> getDueToday() {
        return ready(l -> getToday().equals(l.deadline()));
    }

    /** 期限切れ: past the deadline and not yet processed. */
    public List<HoldShelfLine> getExpired() {
        return ready(l -> l.deadline() != null && l.deadline().isBefore(getToday()));
    }

    /** 回送中: on the way to this branch. */
    public List<HoldShelfLine> getInTransit() {
        return lines.stream().filter(l -> l.status() == HoldStatus.IN_TRANSIT).toList();
    }

    private List<HoldShelfLine> ready(Predicate<HoldShelfLine> when) {
        return lines.stream()
                .filter(l -> l.status() == HoldStatus.READY)
                .filter(when)
                .toList();
    }

    /** The names of this branch's pickup stations by code (窓口受取, 予約取置室, the bookmobile's stops). */
    public Map<String, String> getStations() {
        return stations;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public HoldSlip getSlip() {
        return slip;
    }

    public HoldCancelForm getCancelForm() {
        return cancelForm;
    }
}
