package jp.shiori.web.holds;

/** {@code POST /me/basket}: the title to add to the patron's hold basket. */
public record BasketEntryRequest(Long titleId) {}
