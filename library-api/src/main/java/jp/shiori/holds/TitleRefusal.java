package jp.shiori.holds;

import java.io.Serializable;

/** One title of a placement that cannot be held, and why; {@code titleId} null for the placement as a whole. */
public record TitleRefusal(Long titleId, HoldRefusal reason) implements Serializable {}
