package jp.shiori.catalog.internal.marc;

/** A record that cannot become a title draft; the reader turns it into a {@link MarcReadResult.Skipped}. */
final class UnusableRecordException extends Exception {

    private final String controlNumber;

    UnusableRecordException(String controlNumber, String reason) {
        super(reason);
        this.controlNumber = controlNumber;
    }

    UnusableRecordException(String reason, Throwable cause) {
        super(reason, cause);
        this.controlNumber = null;
    }

    String controlNumber() {
        return controlNumber;
    }

    String reason() {
        return getMessage();
    }
}
