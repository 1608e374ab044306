package jp.shiori.web.holds;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.InvalidSearchException;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.common.RefusedException;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.HoldView;
import jp.shiori.holds.Holds;
import jp.shiori.holds.PlacementResult;
import jp.shiori.holds.TitleRefusal;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import jp.shiori.web.circulation.DeskBranch;
import jp.shiori.web.circulation.DeskFeedback;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.staff.StaffCaller;

/**
 * 窓口予約: staff place a hold for the patron at the counter (or on the phone) — card, title (found by keyword or
 * ISBN, or its id), pickup point — marked counter-requested, so only staff cancel it. The patron's active holds are
 * listed, each cancellable with a reason (a phone call asking to cancel).
 */
@Named
@ViewScoped
public class CounterHoldPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Holds holds;

    @Inject
    PatronAccounts patrons;

    @Inject
    CatalogSearch catalog;

    @Inject
    BranchDirectory branches;

    @Inject
    StaffCaller caller;

    @Inject
    LanguageSelection language;

    @Inject
    DeskBranch desk;

    private String card;
    private PatronProfile patron;
    private List<HoldView> patronHolds = List.of();
    private String keywords;
    private List<TitleSummary> hits = List.of();
    private Long titleId;
    private PickupPoint pickup;
    private ContactMethod contact = ContactMethod.NONE;
    private final HoldCancelForm cancelForm = new HoldCancelForm();
    private HoldSlip slip;

    /** From the desk's patron summary (?card=...): the patron is shown at once. */
    public void open() {
        if (pickup == null) {
            pickup = pickupPoints().first(desk.getCode());
        }
        if (card != null && !card.isBlank() && patron == null) {
            lookUp();
        }
    }

    /** 利用者を表示. */
    public void lookUp() {
        patron = null;
        patronHolds = List.of();
        cancelForm.close();
        try {
            patron = patrons.byCard(card == null ? "" : card).orElse(null);
            if (patron == null) {
                error(Messages.get(locale(), "circ.refused.not-found"));
                return;
            }
            loadHolds();
        } catch (EJBException e) {
            DeskFeedback.failed(locale(), e);
        }
    }

    private void loadHolds() {
        patronHolds = holds.holdsOf(patron.id()).stream()
                .filter(h -> h.status().active())
                .toList();
    }

    /** 資料を検索: keywords or an ISBN, as the OPAC's search box takes them. */
    public void search() {
        hits = List.of();
        if (keywords == null || keywords.isBlank()) {
            return;
        }
        try {
            hits = catalog.search(SearchRequest.keywords(keywords.strip())).hits();
            if (hits.isEmpty()) {
                DeskFeedback.done(Messages.get(locale(), "holdshelf.counter.noHits"));
            }
        } catch (InvalidSearchException e) {
            error(Messages.get(locale(), "holdshelf.counter.badSearch"));
        } catch (EJBException e) {
            DeskFeedback.failed(locale(), e);
        }
    }

    public void choose(TitleSummary title) {
        titleId = title.id();
    }

    /** 予約する: one title, at the counter; every refusal in words. */
    public void place() {
        slip = null;
        if (patron == null) {
            error(Messages.get(locale(), "holdshelf.counter.noPatron"));
            return;
        }
        if (titleId == null) {
            error(Messages.get(locale(), "holdshelf.counter.noTitle"));
            return;
        }
        HoldPlacement placement = new HoldPlacement(
                List.of(titleId),
                HoldType.NORMAL,
                null,
                contact,
                pickup == null ? "" : pickup.branch(),
                pickup == null ? null : pickup.station(),
                false,
                language.getTag());
        try {
            PlacementResult result = holds.place(patron.id(), placement, true, caller.actor());
            if (result.accepted()) {
                HoldView placed = result.placed().get(0);
                DeskFeedback.done(Messages.get(
                        locale(),
                        "holdshelf.counter.placed",
                        placed.title(),
                        placed.pickupName().in(locale()),
                        placed.queuePosition() == null ? "-" : placed.queuePosition()));
                titleId = null;
                hits = List.of();
                keywords = null;
            } else {
                Set<String> words = new LinkedHashSet<>();
                for (TitleRefusal refusal : result.refusals()) {
                    words.add(RefusalTexts.of(locale(), refusal.reason()));
                }
                words.forEach(CounterHoldPage::error);
            }
            loadHolds();
        } catch (RefusedException e) {
            DeskFeedback.refused(locale(), e);
        } catch (EJBException e) {
            DeskFeedback.failed(locale(), e);
        }
    }

    public void startCancel(HoldView hold) {
        cancelForm.open(hold.id(), hold.title());
    }

    public void cancel() {
        slip = cancelForm.submit(holds, caller.actor(), branches, locale()).orElse(null);
        if (patron != null) {
            loadHolds();
        }
    }

    public void keep() {
        cancelForm.close();
    }

    /** 次の利用者. */
    public void next() {
        card = null;
        patron = null;
        patronHolds = List.of();
        cancelForm.close();
        slip = null;
    }

    /** Every pickup point of every pickup branch: 受取館 and, where it has them, 受取ステーション. */
    public List<SelectItem> getPickupPoints() {
        PickupPoints points = pickupPoints();
        return points.all().stream().map(p -> new SelectItem(p, points.name(p))).toList();
    }

    private PickupPoints pickupPoints() {
        return PickupPoints.of(branches, locale());
    }

    public ContactMethod[] getContactMethods() {
        return ContactMethod.values();
    }

    private Locale locale() {
        return language.getLocale();
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    public String getFocus() {
        return patron == null ? "patron:card" : titleId == null ? "search:keywords" : "place:submit";
    }

    public String getCard() {
        return card;
    }

    public void setCard(String card) {
        this.card = card;
    }

    public PatronProfile getPatron() {
        return patron;
    }

    public List<HoldView> getPatronHolds() {
        return patronHolds;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public List<TitleSummary> getHits() {
        return hits;
    }

    public Long getTitleId() {
        return titleId;
    }

    public void setTitleId(Long titleId) {
        this.titleId = titleId;
    }

    public PickupPoint getPickup() {
        return pickup;
    }

    public void setPickup(PickupPoint pickup) {
        this.pickup = pickup;
    }

    public ContactMethod getContact() {
        return contact;
    }

    public void setContact(ContactMethod contact) {
        this.contact = contact;
    }

    public HoldCancelForm getCancelForm() {
        return cancelForm;
    }

    public HoldSlip getSlip() {
        return slip;
    }
}
