package jp.shiori.web.branch;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.web.i18n.LanguageSelection;

/** The top page's 連絡先: the library's name and every branch with its phone number. */
@Named
@RequestScoped
public class BranchDirectoryPage {

    @Inject
    BranchDirectory directory;

    @Inject
    LanguageSelection language;

    private String libraryName;
    private List<BranchRow> branches;

    @PostConstruct
    void load() {
        Locale locale = language.getLocale();
        libraryName = directory.libraryName().in(locale);
        branches =
                directory.branches().stream().map(b -> new BranchRow(b, locale)).toList();
    }

    public String getLibraryName() {
        return libraryName;
    }

    public List<BranchRow> getBranches() {
        return branches;
    }

    /** A branch as one row of the directory, in the visitor's language. */
    public static final class BranchRow {
        private final BranchView branch;
        private final Locale locale;

        BranchRow(BranchView branch, Locale locale) {
            this.branch = branch;
            this.locale = locale;
        }

        public String getCode() {
            return branch.code();
        }

        public String getName() {
            return branch.name().in(locale);
        }

        public String getPhone() {
            return branch.phone();
        }

        /** The phone number as a {@code tel:} URI, so a phone dials it with one tap. */
        public String getPhoneUri() {
            return branch.phone() == null ? null : "tel:" + branch.phone().replace("-", "");
        }

        public String getPhoneNote() {
            return branch.phoneNote() == null ? null : branch.phoneNote().in(locale);
        }

        public List<String> getPickupPointNames() {
            return branch.pickupPoints().stream()
                    .filter(p -> p.stationCode() != null)
                    .map(p -> p.name().in(locale))
                    .toList();
        }
    }
}
