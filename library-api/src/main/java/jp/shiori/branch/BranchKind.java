package jp.shiori.branch;

/** A branch is a library building or the bookmobile (図書館バス), whose stations are its stops. */
public enum BranchKind {
    LIBRARY,
    BOOKMOBILE
}
