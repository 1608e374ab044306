package jp.shiori.patron;

/** 利用者区分: decides loan periods and limits in the circulation policies. */
public enum PatronCategory {
    ADULT,
    CHILD,
    STUDENT,
    SENIOR,
    GROUP
}
