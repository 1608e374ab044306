package jp.shiori.circulation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A return at the desk of any branch: the item's barcode as scanned or typed, and the branch receiving it. */
public record CheckinRequest(
        @NotBlank @Size(max = 64) String barcode,
        @NotBlank @Size(max = 32) String branchCode) implements Serializable {}
