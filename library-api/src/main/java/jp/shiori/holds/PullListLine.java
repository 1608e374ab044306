package jp.shiori.holds;

import java.io.Serializable;

/** A copy on a branch's shelf that a waiting hold can take: 取り置き候補 (pull list). */
public record PullListLine(
        String itemBarcode, long titleId, String title, String shelfLocation, String callNumber, int waiting)
        implements Serializable {}
