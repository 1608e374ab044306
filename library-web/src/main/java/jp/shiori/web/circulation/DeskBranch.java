package jp.shiori.web.circulation;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The branch whose desk this staff member works at: chosen once on any desk page (貸出, 返却, 取置棚, 取り置き候補,
 * 窓口予約) and kept for the session, so a desk at 西部 does not choose 西部 again on every page.
 */
@Named
@SessionScoped
public class DeskBranch implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code = "central";

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        if (code != null && !code.isBlank()) {
            this.code = code;
        }
    }
}
