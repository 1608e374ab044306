package jp.shiori.web.holds;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.TitleDetail;
import jp.shiori.holds.HoldBasket;
import jp.shiori.holds.HoldRefusal;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.Holds;
import jp.shiori.holds.PlacementResult;
import jp.shiori.holds.TitleRefusal;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;
import jp.shiori.web.i18n.LanguageSelection;
import jp.shiori.web.i18n.Messages;
import jp.shiori.web.patron.PatronCaller;

/**
 * 予約の申込み (screen ⑤) and its confirmation (⑥) for the titles of {@code ?title=…&title=…}, in the order given.
 * The choices are read from the submitted form at every post; 送信 places all titles or none, and the service's
 * refusals are told per title in words.
 */
@Named
@ViewScoped
public class HoldPlacementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PatronCaller patron;

    @Inject
    HoldBasket basket;

    @Inject
    Holds holds;

    @Inject
    CatalogSearch catalog;

    @Inject
    BranchDirectory directory;

    @Inject
    PatronAccounts accounts;

    @Inject
    LanguageSelection language;

    private Long patronId;
    private boolean emailVerified;
    private final List<SelectedTitle> titles = new ArrayList<>();
    /** A title parameter that is no number: nothing can be placed. */
    private boolean malformedTitles;

    private PlacementChoices choices;
    private boolean confirming;
    private final List<String> problems = new ArrayList<>();

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        patronId = patron.id();
        PatronProfile profile =
                patronId == null ? null : accounts.profile(patronId).orElse(null);
        emailVerified = profile != null && profile.emailVerified() && profile.email() != null;
        String[] requested = external.getRequestParameterValuesMap().getOrDefault("title", new String[0]);
        for (int i = 0; i < requested.length && i < 100; i++) {
            String id = requested[i] == null ? "" : requested[i].strip();
            TitleDetail detail =
                    id.matches("\\d{1,18}") ? catalog.title(Long.parseLong(id)).orElse(null) : null;
            malformedTitles |= !id.matches("\\d{1,18}");
            titles.add(new SelectedTitle(i + 1, id, detail));
        }
        choices = PlacementChoices.initial(
                getBranches().isEmpty() ? "" : getBranches().get(0).code());
        if (titles.isEmpty()) {
            problems.add(refusalText(HoldRefusal.NO_TITLES));
        }
    }

    // ---- actions ----------------------------------------------------------------------------------------------

    /** 受取館 changed (ajax, or the button of a browser without scripts): the stations of the branch chosen now. */
    public void refresh() {
        choices = submitted();
        problems.clear();
    }

    /** 予約 on ⑤: the confirmation ⑥ with the same choices, unless the form sent what no form offers. */
    public void review() {
        choices = submitted();
        problems.clear();
        titles.forEach(t -> t.refusals.clear());
        for (PlacementChoices.Problem problem : choices.problems()) {
            problems.add(
                    problem == PlacementChoices.Problem.TYPE
                            ? refusalText(HoldRefusal.INVALID_TYPE)
                            : text("hold.form.invalid"));
        }
        if (!getStations().isEmpty() && choices.station().isEmpty()) {
            problems.add(text("hold.form.chooseStation"));
        }
        if (titles.isEmpty()) {
            problems.add(refusalText(HoldRefusal.NO_TITLES));
        }
        confirming = problems.isEmpty();
    }

    /** 戻る on ⑥: the form again, as filled in. */
    public void back() {
        confirming = false;
    }

    /** 送信 on ⑥: all titles or none; refused ones are named with the reason, and the form comes back. */
    public String send() {
        if (!confirming || patronId == null) {
            return null;
        }
        problems.clear();
        titles.forEach(t -> t.refusals.clear());
        if (malformedTitles) {
            problems.add(refusalText(HoldRefusal.UNKNOWN_TITLE));
            confirming = false;
            return null;
        }
        List<Long> ids = titles.stream().map(t -> Long.valueOf(t.id)).toList();
        PlacementResult result =
                holds.place(patronId, choices.placement(ids, language.getTag()), false, "patron:" + patronId);
        if (result.accepted()) {
            // A title held is done with: it leaves the basket, and the patron is told so.
            int removed = basket.remove(
                    patronId, result.placed().stream().map(h -> h.titleId()).toList());
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getFlash()
                    .put(
                            "notice",
                            text("hold.placed", result.placed().size())
                                    + (removed == 0 ? "" : " " + text("hold.placed.basket", removed)));
            return "/my/index?faces-redirect=true&tab=holds";
        }
        for (TitleRefusal refusal : result.refusals()) {
            Optional<SelectedTitle> title = refusal.titleId() == null
                    ? Optional.empty()
                    : titles.stream()
                            .filter(t -> t.id.equals(refusal.titleId().toString()))
                            .findFirst();
            if (title.isPresent()) {
                title.get().refusals.add(refusalText(refusal.reason()));
            } else {
                problems.add(refusalText(refusal.reason()));
            }
        }
        if (problems.isEmpty()) {
            problems.add(text("hold.notPlaced"));
        }
        confirming = false;
        return null;
    }

    private PlacementChoices submitted() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return PlacementChoices.from(parameters::get);
    }

    // ---- what the pages show ----------------------------------------------------------------------------------

    public List<SelectedTitle> getTitles() {
        return titles;
    }

    public PlacementChoices getChoices() {
        return choices;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public List<String> getProblems() {
        return problems;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    /** 順番予約 and いずれか予約 need two titles or more. */
    public boolean isSeveral() {
        return titles.size() >= 2;
    }

    /** The N of いずれか予約 the patron may choose: 1 to one less than the titles. */
    public List<Integer> getWantedCounts() {
        return IntStream.range(1, Math.max(2, titles.size())).boxed().toList();
    }

    /** The branches that hand over holds (受取館), in the library's order. */
    public List<PickupPoints.Choice> getBranches() {
        return pickupPoints().branches();
    }

    /** 受取ステーション of the branch chosen: none for a branch without stations. */
    public List<PickupPoints.Choice> getStations() {
        return pickupPoints().stations(choices.branch());
    }

    public String getBranchName() {
        return pickupPoints().branchName(choices.branch());
    }

    public String getStationName() {
        return pickupPoints().stationName(choices.branch(), choices.station());
    }

    public String getTypeName() {
        String name = choices.holdType().map(t -> text("hold.type." + t.name())).orElse(choices.type());
        return choices.holdType().orElse(null) == HoldType.ANY_N
                ? name + " " + text("hold.type.ANY_N.count", choices.wanted())
                : name;
    }

    private PickupPoints pickupPoints() {
        return PickupPoints.of(directory, language.getLocale());
    }

    private String refusalText(HoldRefusal refusal) {
        return RefusalTexts.of(language.getLocale(), refusal);
    }

    private String text(String key, Object... args) {
        return Messages.get(language.getLocale(), key, args);
    }

    /** A selected title, in the order given, and why the service refused it. */
    public static final class SelectedTitle implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int position;
        private final String id;
        private final String title;
        private final String authors;
        private final boolean holdable;
        private final List<String> refusals = new ArrayList<>();

        SelectedTitle(int position, String id, TitleDetail detail) {
            this.position = position;
            this.id = id;
            this.title = detail == null ? null : detail.title();
            this.authors = detail == null
                    ? ""
                    : String.join(
                            " / ",
                            detail.contributors().stream().map(c -> c.name()).toList());
            this.holdable = detail == null || detail.holdable();
        }

        public int getPosition() {
            return position;
        }

        public String getId() {
            return id;
        }

        public boolean isFound() {
            return title != null;
        }

        public String getTitle() {
            return title;
        }

        public String getAuthors() {
            return authors;
        }

        /** 禁帯出 only: the service will refuse it, and the form says so before. */
        public boolean isReferenceOnly() {
            return !holdable;
        }

        public List<String> getRefusals() {
            return refusals;
        }
    }
}
