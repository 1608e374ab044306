package jp.shiori.web.holds;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.HoldRefusal;
import jp.shiori.holds.HoldStatus;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.Holds;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.patron.PatronCaller;

/**
 * 予約状況, the second tab of My page: each hold with its status in words, 取消する with a confirmation step, or —
 * for a copy already set aside or a hold requested at the counter — the pickup library's phone (予約状況の確認と取消).
 */
@Named
@ViewScoped
public class MyHolds implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PatronCaller patron;

    @Inject
    Holds holds;

    @Inject
    BranchDirectory directory;

    @Inject
    LanguageSelection language;

    private Long patronId;
    private List<HoldView> list = List.of();
    private HoldView confirming;

    @PostConstruct
    void load() {
        patronId = patron.id();
        list = patronId == null ? List.of() : holds.holdsOf(patronId);
    }

    /** 取消する: asks for confirmation first. */
    public void confirm(long holdId) {
        confirming = list.stream()
                .filter(h -> h.id() == holdId && h.cancellableByPatron())
                .findFirst()
                .orElse(null);
    }

    public void keep() {
        confirming = null;
    }

    /** The confirmed cancellation; a refusal (set aside meanwhile) is told in words with the phone to call. */
    public void cancel() {
        if (confirming == null || patronId == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Optional<HoldRefusal> refusal = holds.cancelByPatron(patronId, confirming.id());
            faces.addMessage(
                    null,
                    refusal.isEmpty()
                            ? new FacesMessage(
                                    FacesMessage.SEVERITY_INFO, text("holds.cancelled", confirming.title()), null)
                            : new FacesMessage(
                                    FacesMessage.SEVERITY_ERROR, RefusalTexts.of(locale(), refusal.get()), null));
        } catch (RefusedException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, RefusalTexts.of(locale(), e), null));
        }
        confirming = null;
        list = holds.holdsOf(patronId);
    }

    public List<HoldView> getHolds() {
        return list;
    }

    public HoldView getConfirming() {
        return confirming;
    }

    /** The status in words: 予約中 with the place in the queue, 回送中, 確保, 貸出済, 取消 or 期限切れ. */
    public String status(HoldView hold) {
        return hold.status() == HoldStatus.WAITING
                ? text("holds.status.WAITING", hold.queuePosition() == null ? "-" : hold.queuePosition())
                : text("holds.status." + hold.status().name());
    }

    /** For a ready copy: where, until when, and on which shelf of the hold-shelf room. */
    public List<String> readyDetails(HoldView hold) {
        List<String> lines = new ArrayList<>();
        if (hold.status() == HoldStatus.READY) {
            lines.add(text("holds.ready.place", pickup(hold)));
            if (hold.deadline() != null) {
                lines.add(text("holds.ready.deadline", hold.deadline().toString()));
            }
            if (hold.shelfSlot() != null) {
                lines.add(text("holds.ready.slot", hold.shelfSlot()));
            }
        }
        return lines;
    }

    /** Why a cancelled or expired hold ended, in the visitor's language (the librarian's words as they wrote them). */
    public String endReason(HoldView hold) {
        if (hold.status().active() || hold.endReasonCode() == null) {
            return null;
        }
        return switch (hold.endReasonCode()) {
            case NOT_COLLECTED ->
                text(
                        "holds.end.NOT_COLLECTED",
                        hold.deadline() == null ? "" : hold.deadline().toString());
            case STAFF_CANCELLED -> text("holds.end.STAFF_CANCELLED", hold.endReason() == null ? "" : hold.endReason());
            default -> text("holds.end." + hold.endReasonCode().name());
        };
    }

    public String type(HoldView hold) {
        return hold.type() == HoldType.NORMAL
                ? null
                : text("holds.type." + hold.type().name());
    }

    /** The pickup point as the service named it, else as the library's pickup points name it. */
    public String pickup(HoldView hold) {
        return hold.pickupName() != null
                ? hold.pickupName().in(locale())
                : PickupPoints.of(directory, locale()).name(new PickupPoint(hold.pickupBranch(), hold.pickupStation()));
    }

    /** 取消 is for the counter or the phone: an active hold the patron cannot cancel here. */
    public boolean counterOnly(HoldView hold) {
        return hold.status().active() && !hold.cancellableByPatron();
    }

    /** The phone of the pickup library, or of the library's first branch with one (the bookmobile has none). */
    public String phone(HoldView hold) {
        if (hold.pickupPhone() != null && !hold.pickupPhone().isBlank()) {
            return hold.pickupPhone();
        }
        return directory.branches().stream()
                .map(BranchView::phone)
                .filter(p -> p != null && !p.isBlank())
                .findFirst()
                .orElse(null);
    }

    /** The phone number as a tel: link target (digits only). */
    public String tel(HoldView hold) {
        String phone = phone(hold);
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    public String phoneBranch(HoldView hold) {
        if (hold.pickupPhone() != null && !hold.pickupPhone().isBlank()) {
            return PickupPoints.of(directory, locale()).branchName(hold.pickupBranch());
        }
        return directory.branches().stream()
                .filter(b -> b.phone() != null && !b.phone().isBlank())
                .findFirst()
                .map(b -> b.name().in(locale()))
                .orElse("");
    }

    private Locale locale() {
        return language.getLocale();
    }

    private String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }
}
