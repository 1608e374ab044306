package jp.shiori.circulation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A loan at the desk: the patron's card and the item's barcode as scanned or typed (full-width digits are
 * read as digits), and the code of the branch whose desk lends it.
 */
public record CheckoutRequest(
        @NotBlank @Size(max = 64) String card,
        @NotBlank @Size(max = 64) String barcode,
        @NotBlank @Size(max = 32) String branchCode)
        implements Serializable {}
