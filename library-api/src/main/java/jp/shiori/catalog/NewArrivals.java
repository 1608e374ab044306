package jp.shiori.catalog;

import java.util.List;

/** A page of new arrivals, newest first, and how many titles matched in all. */
public record NewArrivals(long total, List<NewArrival> titles) {

    public NewArrivals {
        titles = List.copyOf(titles);
    }
}
