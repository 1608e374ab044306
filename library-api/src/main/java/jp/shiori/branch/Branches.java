package jp.shiori.branch;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What the other contexts ask of the branch context: the branches their rows refer to (by id), with their pickup
 * stations, and the one calendar of closed days (休館日) that due dates and pickup deadlines are counted on.
 */
public interface Branches {

    /** Every branch with all its stations, by id, in display order: a handful of rows, read in two statements. */
    Map<Long, BranchRef> byId();

    Optional<BranchRef> byCode(String code);

    /** The branch's closed days from {@code from} for the calendar's horizon. */
    ClosedDays closedDays(long branchId, LocalDate from);

    /** The closed days of several branches from {@code from}, in one statement. */
    Map<Long, ClosedDays> closedDays(Collection<Long> branchIds, LocalDate from);
}
