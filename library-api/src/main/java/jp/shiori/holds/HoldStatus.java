package jp.shiori.holds;

/** Where a hold is in its life. WAITING, IN_TRANSIT and READY are active; the rest are ended. */
public enum HoldStatus {
    /** 予約中: in the title's queue. */
    WAITING,
    /** 回送中: a copy is set aside and on its way to the pickup point. */
    IN_TRANSIT,
    /** 確保: a copy waits at the pickup point until the deadline. */
    READY,
    /** 貸出済: the patron collected it. */
    FULFILLED,
    /** 取消: cancelled by the patron or staff, or by an any-N hold that has its N. */
    CANCELLED,
    /** 期限切れ: not collected by the deadline. */
    EXPIRED;

    public boolean active() {
        return this == WAITING || this == IN_TRANSIT || this == READY;
    }

    /** A copy is set aside for the hold. */
    public boolean trapped() {
        return this == IN_TRANSIT || this == READY;
    }
}
