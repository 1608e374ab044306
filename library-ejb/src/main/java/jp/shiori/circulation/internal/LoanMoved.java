package jp.shiori.circulation.internal;

/** An item of this title was lent, returned or renewed: its availability in the catalog index must follow. */
public record LoanMoved(long titleId) {}
