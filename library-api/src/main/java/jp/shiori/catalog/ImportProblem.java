package jp.shiori.catalog;

import java.io.Serializable;

/** A record an import skipped, and why. */
public record ImportProblem(int recordNumber, String controlNumber, String reason) implements Serializable {}
