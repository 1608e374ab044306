package jp.shiori.catalog;

/** A record an import skipped, and why. */
public record ImportProblem(int recordNumber, String controlNumber, String reason) {
}
