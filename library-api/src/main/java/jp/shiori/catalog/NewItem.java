package jp.shiori.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** A copy to add to a title: barcode, owning branch, where it stands, 帯出可 or 禁帯出. */
public record NewItem(
        @NotBlank @Pattern(regexp = ItemBarcode.PATTERN) String barcode,
        @NotBlank String branchCode,
        @Size(max = 200) String shelfLocation,
        @Size(max = 100) String callNumber,
        boolean loanable,
        @NotNull LocalDate acquiredOn)
        implements Serializable {}
