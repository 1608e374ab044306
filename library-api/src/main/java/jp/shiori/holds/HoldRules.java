package jp.shiori.holds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** The guide's rules of holds, decided on facts the service gathers; no database here. */
public final class HoldRules {

    /** 取置期間: a trapped copy waits one week, counted in the pickup branch's open days. */
    public static final int PICKUP_OPEN_DAYS = 7;

    /** The fallback when the library configured no limit: ten active holds per patron. */
    public static final int DEFAULT_MAX_HOLDS = 10;

    private HoldRules() {}

    /** The patron placing holds, as the rules need them. */
    public record PatronFacts(
            boolean cardExpired, boolean blocked, boolean emailVerified, int activeHolds, int maxHolds) {}

    /** One selected title, as the rules need it. */
    public record TitleFacts(boolean exists, boolean loanableCopy, boolean alreadyHeld, boolean onLoanToPatron) {}

    /**
     * The chosen pickup point: whether the branch exists and collects holds, the station codes it offers (empty
     * for a branch without stations), and the station chosen (null for none).
     */
    public record PickupFacts(boolean branchIsPickupLocation, Set<String> stations, String station) {}

    /** Every reason the placement is refused; empty when every title may be held. */
    public static List<TitleRefusal> refusals(
            HoldPlacement placement, PatronFacts patron, Map<Long, TitleFacts> titles, PickupFacts pickup) {
        List<TitleRefusal> refusals = new ArrayList<>();
        List<Long> ids = placement.titleIds();
        if (ids.isEmpty() || ids.size() > HoldPlacement.MAX_TITLES || new HashSet<>(ids).size() != ids.size()) {
            refusals.add(new TitleRefusal(null, HoldRefusal.NO_TITLES));
        }
        if (patron.cardExpired()) {
            refusals.add(new TitleRefusal(null, HoldRefusal.CARD_EXPIRED));
        }
        if (patron.blocked()) {
            refusals.add(new TitleRefusal(null, HoldRefusal.PATRON_BLOCKED));
        }
        if ((placement.contact() == ContactMethod.EMAIL || placement.confirmationMail()) && !patron.emailVerified()) {
            refusals.add(new TitleRefusal(null, HoldRefusal.EMAIL_NOT_VERIFIED));
        }
        if (!pickup.branchIsPickupLocation()) {
            refusals.add(new TitleRefusal(null, HoldRefusal.UNKNOWN_PICKUP));
        } else if (pickup.stations().isEmpty()
                ? pickup.station() != null
                : pickup.station() == null || !pickup.stations().contains(pickup.station())) {
            refusals.add(new TitleRefusal(null, HoldRefusal.INVALID_STATION));
        }
        if (!typeFits(placement)) {
            refusals.add(new TitleRefusal(null, HoldRefusal.INVALID_TYPE));
        }
        if (!ids.isEmpty() && patron.activeHolds() + ids.size() > patron.maxHolds()) {
            refusals.add(new TitleRefusal(null, HoldRefusal.TOO_MANY_HOLDS));
        }
        for (Long id : new java.util.LinkedHashSet<>(ids)) {
            TitleFacts title = titles.get(id);
            if (title == null || !title.exists()) {
                refusals.add(new TitleRefusal(id, HoldRefusal.UNKNOWN_TITLE));
                continue;
            }
            if (!title.loanableCopy()) {
                refusals.add(new TitleRefusal(id, HoldRefusal.NO_LOANABLE_COPY));
            }
            if (title.alreadyHeld()) {
                refusals.add(new TitleRefusal(id, HoldRefusal.ALREADY_HELD));
            }
            if (title.onLoanToPatron()) {
                refusals.add(new TitleRefusal(id, HoldRefusal.ON_LOAN_TO_PATRON));
            }
        }
        return refusals;
    }

    /** Ordered needs two titles or more; any-N needs 1 ≤ N < the number of titles. */
    static boolean typeFits(HoldPlacement placement) {
        int count = placement.titleIds().size();
        return switch (placement.type()) {
            case NORMAL -> true;
            case ORDERED -> count >= 2;
            case ANY_N -> placement.wanted() != null && placement.wanted() >= 1 && placement.wanted() < count;
        };
    }

    /**
     * 取置期限: the last day to collect a copy trapped on {@code trappedOn} — one week later, the pickup branch's
     * closed days not counted.
     */
    public static LocalDate pickupDeadline(LocalDate trappedOn, Predicate<LocalDate> closed) {
        return pickupDeadline(trappedOn, PICKUP_OPEN_DAYS, closed);
    }

    /** 取置期限 with the hold policy's number of open days (the guide: one week). */
    public static LocalDate pickupDeadline(LocalDate trappedOn, int openDays, Predicate<LocalDate> closed) {
        Objects.requireNonNull(trappedOn, "trappedOn");
        if (openDays < 1) {
            throw new IllegalArgumentException("a copy waits at least one open day, not " + openDays);
        }
        LocalDate day = trappedOn;
        int open = 0;
        for (int i = 0; i < 400 && open < openDays; i++) {
            day = day.plusDays(1);
            if (!closed.test(day)) {
                open++;
            }
        }
        if (open < openDays) {
            throw new IllegalStateException("the pickup branch has no " + openDays + " open days after " + trappedOn);
        }
        return day;
    }

    /** A ready hold expires the day after its deadline, never on it. */
    public static boolean expired(LocalDate deadline, LocalDate today) {
        return deadline != null && today.isAfter(deadline);
    }

    /** A member of a placement (ordered or any-N), as the queue sees it. */
    public record Sibling(int sequence, HoldStatus status) {}

    /**
     * Whether a waiting hold may take a copy now, given the other holds of its placement: an ordered hold only
     * when every earlier title was collected or cancelled; an any-N hold only while fewer than N were trapped or
     * collected.
     */
    public static boolean mayTrap(HoldType type, Integer wanted, int sequence, List<Sibling> siblings) {
        return switch (type) {
            case NORMAL -> true;
            case ORDERED ->
                siblings.stream()
                        .filter(s -> s.sequence() < sequence)
                        .allMatch(s -> s.status() == HoldStatus.FULFILLED
                                || s.status() == HoldStatus.CANCELLED
                                || s.status() == HoldStatus.EXPIRED);
            case ANY_N ->
                siblings.stream()
                                .filter(s -> s.sequence() != sequence)
                                .filter(s -> s.status().trapped() || s.status() == HoldStatus.FULFILLED)
                                .count()
                        < (wanted == null ? 1 : wanted);
        };
    }

    /**
     * After one hold of an any-N placement was trapped: whether the placement has its N, so its waiting holds
     * are cancelled.
     */
    public static boolean anyNSatisfied(Integer wanted, List<Sibling> all) {
        return all.stream()
                        .filter(s -> s.status().trapped() || s.status() == HoldStatus.FULFILLED)
                        .count()
                >= (wanted == null ? 1 : wanted);
    }

    /** 取消する on My page: only a waiting hold the patron placed on the web. */
    public static Optional<HoldRefusal> patronMayCancel(HoldStatus status, boolean counterRequested) {
        if (!status.active()) {
            return Optional.of(HoldRefusal.ALREADY_ENDED);
        }
        if (status.trapped()) {
            return Optional.of(HoldRefusal.ALREADY_TRAPPED);
        }
        if (counterRequested) {
            return Optional.of(HoldRefusal.COUNTER_REQUESTED);
        }
        return Optional.empty();
    }
}
