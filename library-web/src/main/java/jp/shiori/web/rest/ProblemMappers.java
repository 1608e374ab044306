package jp.shiori.web.rest;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shiori.catalog.InvalidSearchException;
import jp.shiori.catalog.SearchProblem;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;

/** Every error of the API leaves as {@code application/problem+json}; nothing leaks a stack trace. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {}

    /** 404 for unknown paths, 405, 406 … as raised by JAX-RS or by a resource (401 and 403 keep their codes). */
    @Provider
    public static class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            if (e instanceof RequestBodies.BodyTooLarge tooLarge) {
                return BadRequests.tooLarge(tooLarge.limit(), BadRequests.language(headers));
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getStatusCode() == 415) {
                return BadRequests.unsupportedMediaType(BadRequests.language(headers));
            }
            String parameter = BadRequests.badParameter(e);
            if (parameter != null) {
                return BadRequests.parameter(parameter, BadRequests.language(headers));
            }
            if (status.getStatusCode() >= 500) {
                LOG.log(Level.WARNING, "REST request failed", e);
                return Problem.response(status, ErrorCode.INTERNAL, null);
            }
            ErrorCode code = switch (status.getStatusCode()) {
                case 401 -> ErrorCode.UNAUTHORIZED;
                case 403 -> ErrorCode.FORBIDDEN;
                case 404 -> ErrorCode.NOT_FOUND;
                default -> ErrorCode.BAD_REQUEST;
            };
            return Problem.response(status, code, e.getMessage());
        }
    }

    /** Bean Validation on a service parameter: the request was bad, say which value. */
    @Provider
    public static class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ConstraintViolationException e) {
            return BadRequests.violations(e, BadRequests.language(headers));
        }
    }

    /** A body that is no JSON, or JSON of the wrong shape for the operation: 400 naming the field when known. */
    @Provider
    public static class UnreadableBodyMapper implements ExceptionMapper<RequestBodies.UnreadableBody> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RequestBodies.UnreadableBody e) {
            return BadRequests.unreadable(e, BadRequests.language(headers));
        }
    }

    /**
     * A service refused: unknown thing 404; a clash with the state of things 409 (an item already on loan);
     * a rule of the library 422 (reference-only, limit reached, renewed once already); otherwise 400. Nothing
     * was changed.
     */
    @Provider
    public static class RefusedMapper implements ExceptionMapper<RefusedException> {
        @Override
        public Response toResponse(RefusedException e) {
            Response.StatusType status = switch (e.code()) {
                case NOT_FOUND -> Status.NOT_FOUND;
                case CONFLICT,
                        ITEM_ON_LOAN,
                        ITEM_HELD,
                        ITEM_UNAVAILABLE,
                        NOT_ON_LOAN,
                        LOAN_RETURNED,
                        HOLD_NOT_CANCELLABLE -> Status.CONFLICT;
                case CARD_EXPIRED,
                        PATRON_BLOCKED,
                        REFERENCE_ONLY,
                        LOAN_LIMIT,
                        RENEWAL_LIMIT,
                        LOAN_OVERDUE,
                        HELD_BY_ANOTHER,
                        HOLD_REFUSED,
                        NOT_HOLDABLE,
                        BASKET_FULL,
                        ALERT_REFUSED -> UNPROCESSABLE;
                default -> Status.BAD_REQUEST;
            };
            return Problem.response(status, e.code(), e.getMessage());
        }
    }

    /** 422, which JAX-RS 3.1 has no constant for. */
    public static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };

    /** A search that breaks a rule: 400 listing every broken rule by its code. */
    @Provider
    public static class InvalidSearchMapper implements ExceptionMapper<InvalidSearchException> {
        @Override
        public Response toResponse(InvalidSearchException e) {
            return Problem.response(
                    Status.BAD_REQUEST,
                    ErrorCode.INVALID_SEARCH,
                    "The search cannot be run: "
                            + e.problems().stream().map(SearchProblem::code).toList(),
                    e.problems().stream().map(SearchProblem::code).toList());
        }
    }

    /** Anything else: 503 when the database is unreachable, 500 otherwise; details go to the log only. */
    @Provider
    public static class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            ConstraintViolationException violation = BadRequests.find(e, ConstraintViolationException.class);
            if (violation != null) {
                return BadRequests.violations(violation, BadRequests.language(headers));
            }
            RequestBodies.BodyTooLarge tooLarge = BadRequests.find(e, RequestBodies.BodyTooLarge.class);
            if (tooLarge != null) {
                return BadRequests.tooLarge(tooLarge.limit(), BadRequests.language(headers));
            }
            RequestBodies.UnreadableBody unreadable = BadRequests.find(e, RequestBodies.UnreadableBody.class);
            if (unreadable != null) {
                return BadRequests.unreadable(unreadable, BadRequests.language(headers));
            }
            if (cause instanceof RefusedException refused) {
                return new RefusedMapper().toResponse(refused);
            }
            if (cause instanceof InvalidSearchException invalid) {
                return new InvalidSearchMapper().toResponse(invalid);
            }
            LOG.log(Level.SEVERE, "REST request failed", e);
            if (causedByDatabase(e)) {
                return Problem.response(
                        Status.SERVICE_UNAVAILABLE,
                        ErrorCode.SERVICE_UNAVAILABLE,
                        "The library database is not reachable; try again shortly.");
            }
            return Problem.response(Status.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL, null);
        }

        private static boolean causedByDatabase(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException) {
                    return true;
                }
            }
            return false;
        }
    }
}
