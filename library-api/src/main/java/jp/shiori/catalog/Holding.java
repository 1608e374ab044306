package jp.shiori.catalog;

import java.io.Serializable;
import java.time.LocalDate;
import jp.shiori.common.LocalizedText;

/** 所蔵: one copy of a title, where it is and whether it is in. {@code dueOn} is set while on loan. */
public record Holding(
        String barcode,
        String branchCode,
        LocalizedText branchName,
        String shelfLocation,
        String callNumber,
        boolean loanable,
        ItemStatus status,
        LocalDate dueOn)
        implements Serializable {}
