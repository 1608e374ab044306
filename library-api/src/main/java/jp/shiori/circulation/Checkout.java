package jp.shiori.circulation;

import java.io.Serializable;
import java.time.LocalDate;

/** A loan just made: what the receipt prints for it. */
public record Checkout(long loanId, long patronId, String barcode, String title, LocalDate dueOn)
        implements Serializable {}
