package jp.shiori.alerts;

import java.io.Serializable;
import java.time.Instant;

/**
 * One alert as its patron sees it (①). {@code feedPath} is the private, revocable path of its Atom feed
 * (relative to the site), shown only to the owner.
 */
public record AlertView(
        long id, String mailTitle, AlertConditions conditions, boolean active, Instant createdAt, String feedPath)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
