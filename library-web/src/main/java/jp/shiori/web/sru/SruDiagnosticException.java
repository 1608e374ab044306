package jp.shiori.web.sru;

/** Stops a request at the first fatal diagnostic; the response then carries it instead of records. */
final class SruDiagnosticException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient SruDiagnostic diagnostic;

    SruDiagnosticException(int number, String details, String message) {
        this(new SruDiagnostic(number, details, message));
    }

    SruDiagnosticException(SruDiagnostic diagnostic) {
        super(diagnostic.number() + " " + diagnostic.message());
        this.diagnostic = diagnostic;
    }

    SruDiagnostic diagnostic() {
        return diagnostic;
    }
}
