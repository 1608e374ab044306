package jp.shiori.booklist;

import jakarta.ejb.ApplicationException;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;

/**
 * A refusal of the book list with its own reason; a {@link RefusedException} (NOT_FOUND for things that do not
 * exist or are another patron's, CONFLICT for a name in use, otherwise BOOKLIST_REFUSED), so REST and screens
 * treat it as any other.
 */
@ApplicationException(rollback = true)
public class BookListRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final BookListRefusal reason;

    public BookListRefusedException(BookListRefusal reason, String detail) {
        super(
                switch (reason) {
                    case NOT_FOUND -> ErrorCode.NOT_FOUND;
                    case NICKNAME_TAKEN, CATEGORY_EXISTS -> ErrorCode.CONFLICT;
                    default -> ErrorCode.BOOKLIST_REFUSED;
                },
                detail);
        this.reason = reason;
    }

    public BookListRefusal reason() {
        return reason;
    }
}
