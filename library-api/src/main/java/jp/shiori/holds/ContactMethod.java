package jp.shiori.holds;

/** 連絡方法: how the patron hears that a hold is ready. E-mail needs a verified address. */
public enum ContactMethod {
    NONE,
    EMAIL
}
