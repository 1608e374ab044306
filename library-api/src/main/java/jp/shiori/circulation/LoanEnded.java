package jp.shiori.circulation;

import java.time.Instant;

/** A CDI event: a loan was closed at check-in. Fired inside the check-in's transaction; observe it after commit. */
public record LoanEnded(long loanId, long patronId, long titleId, Instant at) {}
