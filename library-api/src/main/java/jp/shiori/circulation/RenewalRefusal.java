package jp.shiori.circulation;

import jp.shiori.common.ErrorCode;

/** Why a loan cannot be renewed (延長不可), each with the stable code of its problem document. */
public enum RenewalRefusal {
    /** The loan is closed: the item came back. */
    RETURNED(ErrorCode.LOAN_RETURNED),
    CARD_EXPIRED(ErrorCode.CARD_EXPIRED),
    PATRON_BLOCKED(ErrorCode.PATRON_BLOCKED),
    /** 「返却日が過ぎています。窓口かお電話で手続きをお願いします」 */
    OVERDUE(ErrorCode.LOAN_OVERDUE),
    /** 延長は1回まで. */
    ALREADY_RENEWED(ErrorCode.RENEWAL_LIMIT),
    /** 他の方の予約がある資料は延長できません. */
    HELD_BY_ANOTHER(ErrorCode.HELD_BY_ANOTHER);

    private final ErrorCode code;

    RenewalRefusal(ErrorCode code) {
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public boolean isConflict() {
        return this == RETURNED;
    }
}
