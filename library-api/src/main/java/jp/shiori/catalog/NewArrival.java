package jp.shiori.catalog;

import java.time.Instant;
import java.util.List;

/** 新着資料: a title that became available (its first copy arrived) and the branches holding its copies. */
public record NewArrival(TitleSummary title, Instant arrivedAt, List<String> branchCodes) {

    public NewArrival {
        branchCodes = List.copyOf(branchCodes);
    }
}
