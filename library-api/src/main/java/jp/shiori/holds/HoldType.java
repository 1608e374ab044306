package jp.shiori.holds;

/** 予約種別. */
public enum HoldType {
    /** 通常: each selected title is held on its own. */
    NORMAL,
    /**
     * 順番予約: the selected titles come one after another in the order given; the next is not trapped until the
     * previous one is collected or cancelled.
     */
    ORDERED,
    /** いずれか予約: N of the selected titles; once N are trapped, the others are cancelled. */
    ANY_N
}
