package jp.shiori.holds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;

/**
 * The rules of the hold basket (予約かご), the same for a visitor's basket in the session and a patron's basket in
 * the database: a title is in it once, it holds at most {@link #LIMIT} titles, and at login the visitor's basket
 * joins the patron's without pushing it past the limit.
 */
public final class BasketRules {

    /** At most this many titles wait in one basket. */
    public static final int LIMIT = 50;

    private BasketRules() {}

    /** What adding a title to a basket does. */
    public enum Addition {
        /** The title is now in the basket. */
        ADDED,
        /** The title was in the basket already: it stays there once. */
        ALREADY_IN_BASKET,
        /** The basket holds {@code limit} titles: nothing was added. */
        FULL
    }

    /** Adding {@code titleId} to a basket that holds {@code basket}. */
    public static Addition add(Collection<Long> basket, long titleId, int limit) {
        if (basket.contains(titleId)) {
            return Addition.ALREADY_IN_BASKET;
        }
        return basket.size() >= limit ? Addition.FULL : Addition.ADDED;
    }

    /** The basket with {@code titleId} added when {@link #add} says so; otherwise the basket as it was. */
    public static List<Long> with(List<Long> basket, long titleId, int limit) {
        if (add(basket, titleId, limit) != Addition.ADDED) {
            return List.copyOf(basket);
        }
        List<Long> changed = new ArrayList<>(basket);
        changed.add(titleId);
        return List.copyOf(changed);
    }

    /** The basket without the given titles, in its order. */
    public static List<Long> without(List<Long> basket, Collection<Long> removed) {
        Set<Long> gone = Set.copyOf(removed);
        return basket.stream().filter(id -> !gone.contains(id)).toList();
    }

    /**
     * What the login does with a visitor's basket: the titles of {@code session} that are not yet in {@code stored}
     * join it in the order they were added, as long as the limit allows; a title that can no longer be held (its
     * last loanable copy withdrawn meanwhile) or no longer exists is left out.
     *
     * @param holdable whether a title exists and may be held now
     */
    public static Merge merge(List<Long> stored, List<Long> session, LongPredicate holdable, int limit) {
        Set<Long> basket = new LinkedHashSet<>(stored);
        List<Long> added = new ArrayList<>();
        List<Long> overLimit = new ArrayList<>();
        List<Long> notHoldable = new ArrayList<>();
        for (long titleId : new LinkedHashSet<>(session)) {
            if (basket.contains(titleId)) {
                continue;
            }
            if (!holdable.test(titleId)) {
                notHoldable.add(titleId);
            } else if (basket.size() >= limit) {
                overLimit.add(titleId);
            } else {
                basket.add(titleId);
                added.add(titleId);
            }
        }
        return new Merge(added, overLimit, notHoldable);
    }

    /**
     * The outcome of a merge at login.
     *
     * @param added the titles that joined the patron's basket, in order
     * @param overLimit the titles left out because the basket was full
     * @param notHoldable the titles left out because they no longer exist or may no longer be held
     */
    public record Merge(List<Long> added, List<Long> overLimit, List<Long> notHoldable) {

        public Merge {
            added = List.copyOf(added);
            overLimit = List.copyOf(overLimit);
            notHoldable = List.copyOf(notHoldable);
        }

        /** Whether some titles of the visitor's basket could not join the patron's. */
        public boolean leftSomeOut() {
            return !overLimit.isEmpty() || !notHoldable.isEmpty();
        }
    }
}
