package jp.shiori.common;

import jakarta.ejb.ApplicationException;

/**
 * A service refused a request for a reason the caller can act on (unknown branch, barcode in use, ...).
 * The transaction rolls back and nothing changes; screens and REST show {@code detail} with the code.
 */
@ApplicationException(rollback = true)
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;

    public RefusedException(ErrorCode code, String detail) {
        super(detail);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
