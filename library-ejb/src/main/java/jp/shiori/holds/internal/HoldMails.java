package jp.shiori.holds.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchRef;
import jp.shiori.branch.Branches;
import jp.shiori.catalog.CatalogItems;
import jp.shiori.common.LocalizedText;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldType;
import jp.shiori.notify.MailMessage;
import jp.shiori.notify.MailOutbox;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronProfile;

/** The holds' mail, written to the outbox in the hold's transaction: the placement's confirmation, "ready". */
@Stateless
public class HoldMails {

    @EJB
    private MailOutbox outbox;

    @EJB
    private BranchDirectory directory;

    @EJB
    private Branches branches;

    @EJB
    private CatalogItems catalog;

    @EJB
    private PatronAccounts patrons;

    /** 予約確認メール: the titles placed together, their pickup point and hold type. */
    public void placed(PatronProfile patron, List<Hold> holds, Map<Long, String> titles, String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        Hold first = holds.get(0);
        String list = holds.stream().map(h -> "・" + titles.get(h.titleId())).collect(Collectors.joining("\n"));
        outbox.enqueue(new MailMessage(
                patron.email(),
                language,
                "hold-placed",
                Map.of(
                        "libraryName",
                        directory.libraryName().in(locale),
                        "patronName",
                        patron.name(),
                        "titles",
                        list,
                        "pickup",
                        pickupName(first).in(locale),
                        "holdType",
                        typeInWords(first, locale))));
    }

    /** 取置のお知らせ, to a patron who asked for mail and has a verified address. */
    public void ready(Hold hold) {
        if (hold.contact() != ContactMethod.EMAIL) {
            return;
        }
        PatronProfile patron = patrons.profile(hold.patronId()).orElseThrow();
        if (patron.email() == null || !patron.emailVerified()) {
            return;
        }
        String title = catalog.titleNames(List.of(hold.titleId())).get(hold.titleId());
        outbox.enqueue(new MailMessage(
                patron.email(),
                "ja",
                "hold-ready",
                Map.of(
                        "libraryName",
                        directory.libraryName().in(Locale.JAPANESE),
                        "patronName",
                        patron.name(),
                        "title",
                        title,
                        "pickup",
                        pickupName(hold).ja(),
                        "deadline",
                        hold.deadline().toString(),
                        "shelf",
                        hold.shelfSlot() == null ? "-" : hold.shelfSlot())));
    }

    private LocalizedText pickupName(Hold hold) {
        BranchRef branch = branches.byId().get(hold.pickupBranchId());
        return branch.pickupName(branch.station(hold.pickupStationId()).orElse(null));
    }

    /** 予約種別 as the mail's reader says it (通常, 順番予約, いずれか予約 with N), not the enum's name. */
    private static String typeInWords(Hold hold, Locale locale) {
        ResourceBundle words =
                ResourceBundle.getBundle("jp.shiori.notify.mail", locale, HoldMails.class.getClassLoader());
        String type = words.getString("hold-type." + hold.type().name());
        return hold.type() == HoldType.ANY_N ? type + " (" + hold.wanted() + ")" : type;
    }
}
