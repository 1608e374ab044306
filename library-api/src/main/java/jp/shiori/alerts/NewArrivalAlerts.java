package jp.shiori.alerts;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import jp.shiori.catalog.NewArrivals;

/**
 * 新着案内配信サービス for the patron: ① the list of their alerts, ② register, change, pause and resume, delete,
 * and the preview. Every method takes the patron whose alert it is: another patron's alert is "not found".
 */
public interface NewArrivalAlerts {

    /** The preview looks back this many days. */
    int PREVIEW_DAYS = 30;
    /** At most this many titles in a preview. */
    int PREVIEW_SIZE = 20;

    List<AlertView> alertsOf(long patronId);

    Optional<AlertView> alert(long patronId, long alertId);

    /** How many alerts a patron may have (the library's policy). */
    int limit();

    /**
     * Registers an alert, active.
     *
     * @throws AlertRefusedException with every reason (no verified address, the limit, bad conditions)
     */
    AlertView register(long patronId, @NotNull @Valid AlertDraft draft);

    /**
     * Changes an alert's mail title and conditions.
     *
     * @throws AlertRefusedException for bad conditions; {@link jp.shiori.common.RefusedException} NOT_FOUND
     *         for an alert that is not the patron's
     */
    AlertView change(long patronId, long alertId, @NotNull @Valid AlertDraft draft);

    /** Pauses ({@code false}) or resumes an alert; NOT_FOUND when it is not the patron's. */
    AlertView setActive(long patronId, long alertId, boolean active);

    /** Deletes an alert and its ledger; NOT_FOUND when it is not the patron's. */
    void delete(long patronId, long alertId);

    /** A new private feed address for the alert; the old one stops working. NOT_FOUND when not the patron's. */
    AlertView renewFeed(long patronId, long alertId);

    /**
     * What the conditions would have sent over the last {@link #PREVIEW_DAYS} days, newest first, at most
     * {@link #PREVIEW_SIZE} titles (the total counts all).
     *
     * @throws AlertRefusedException for bad conditions
     */
    NewArrivals preview(@NotNull @Valid AlertConditions conditions);

    /**
     * The signed link of an unsubscribe mail: pauses that alert without a login. Empty when the signature does
     * not fit the alert (a tampered or forged link); nothing changes then.
     *
     * @return the mail title of the alert paused
     */
    Optional<String> unsubscribe(long alertId, String signature);

    /** The alert's own feed: its mail title and its new arrivals of the last {@link #PREVIEW_DAYS} days. */
    Optional<AlertFeed> feed(String feedToken);

    /**
     * The public new arrivals of the last {@link #PREVIEW_DAYS} days for a feed (per branch, per NDC class):
     * conditions without the at-least-one rule.
     *
     * @throws AlertRefusedException for conditions that break a rule (an unknown branch, a non-digit class)
     */
    NewArrivals recent(@NotNull @Valid AlertConditions conditions);

    /** The sender address of the library's mail, for the guide's note on allowing its domain. */
    String senderAddress();

    /** An alert's private feed content. */
    record AlertFeed(long alertId, String mailTitle, NewArrivals arrivals) {}
}
