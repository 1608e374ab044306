package jp.shiori.holds;

/** A copy on a branch's shelf that a waiting hold can take: 取り置き候補 (pull list). */
public record PullListLine(String itemBarcode, long titleId, String title, String shelfLocation, String callNumber,
        int waiting) {
}
