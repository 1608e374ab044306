package jp.shiori.web.circulation;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;

/**
 * The branch whose desk this staff member works at: chosen once on any desk page (貸出, 返却, 取置棚, 取り置き候補,
 * 窓口予約) and kept for the session, so a desk at 西部 does not choose 西部 again on every page. The pages show it with
 * {@code /WEB-INF/includes/desk-branch.xhtml}, and their scan field with {@code desk-scan.xhtml}.
 */
@Named
@SessionScoped
public class DeskBranch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BranchDirectory directory;

    private String code = "central";

    /** The branches a desk can be at, for the branch field every desk page shows. */
    public List<BranchView> getBranches() {
        return directory.branches();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        if (code != null && !code.isBlank()) {
            this.code = code;
        }
    }
}
