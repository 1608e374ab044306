package jp.shiori.circulation;

import java.time.Instant;

/**
 * A CDI event: a loan began at a desk. Fired inside the check-out's transaction; observe it after commit
 * ({@code TransactionPhase.AFTER_SUCCESS}) — the book list records it in a transaction of its own, so circulation
 * never writes another context's tables. A renewal is not a new loan and fires nothing.
 */
public record LoanStarted(long loanId, long patronId, long titleId, long itemId, Instant at) {}
