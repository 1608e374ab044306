package jp.shiori.holds;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Collection;
import java.util.List;
import jp.shiori.catalog.TitleSummary;

/**
 * 予約かご: the titles a patron means to hold, kept in the database from one visit to the next. Only titles with
 * at least one loanable (帯出可) copy go in; {@link BasketRules} says how many and how a visitor's basket joins at
 * login. Availability is read at the time of the request.
 */
public interface HoldBasket {

    /** The patron's basket, in the order the titles were added. */
    List<TitleSummary> titles(long patronId);

    /** The ids of the titles in the patron's basket, in the order they were added. */
    List<Long> titleIds(long patronId);

    /** How many titles the patron's basket holds. */
    int count(long patronId);

    /** The titles of a visitor's basket (kept in the session), in the given order; unknown ids are left out. */
    List<TitleSummary> describe(@NotNull List<Long> titleIds);

    /**
     * The title, when it may go into a basket.
     *
     * @throws jp.shiori.common.RefusedException NOT_FOUND for an unknown title, NOT_HOLDABLE for a title without a
     *         loanable copy (禁帯出 only)
     */
    TitleSummary holdableTitle(long titleId);

    /**
     * Adds the title to the patron's basket; a title already there stays there once.
     *
     * @return the addition: {@link BasketRules.Addition#ADDED} or {@link BasketRules.Addition#ALREADY_IN_BASKET}
     * @throws jp.shiori.common.RefusedException NOT_FOUND, NOT_HOLDABLE, or BASKET_FULL when it holds
     *         {@link BasketRules#LIMIT} titles; nothing changes then
     */
    BasketRules.Addition add(long patronId, long titleId);

    /** Takes these titles out of the patron's basket (titles not in it are ignored); the number taken out. */
    int remove(long patronId, @NotNull Collection<@NotNull @Positive Long> titleIds);

    /** Empties the patron's basket. */
    void clear(long patronId);

    /** At login: the visitor's basket joins the patron's by {@link BasketRules#merge}. */
    BasketRules.Merge merge(long patronId, @NotNull List<Long> sessionTitleIds);
}
