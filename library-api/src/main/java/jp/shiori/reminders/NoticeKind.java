package jp.shiori.reminders;

/**
 * The notices the library sends by itself. Each is sent once per key: a loan and its due date (so a renewal,
 * which moves the due date, re-arms the reminder), or a patron and their card's renewal date.
 */
public enum NoticeKind {
    /** 返却期限のお知らせ: a few days before the due date. */
    DUE_SOON,
    /** 延滞のお知らせ: the day after the due date. */
    OVERDUE_FIRST,
    /** 延滞のお知らせ（再通知）: a week after the due date. */
    OVERDUE_SECOND,
    /** 利用者カード更新のお知らせ: the card's renewal date is near. */
    CARD_RENEWAL
}
