package jp.shiori.holds;

/** One title of a placement that cannot be held, and why; {@code titleId} null for the placement as a whole. */
public record TitleRefusal(Long titleId, HoldRefusal reason) {
}
