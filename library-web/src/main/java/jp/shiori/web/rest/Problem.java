package jp.shiori.web.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.shiori.common.ErrorCode;

/**
 * An RFC 9457 problem document. {@code code} is Shiori's stable error code, so clients never parse
 * {@code title} or {@code detail}, which are for people.
 */
public record Problem(String type, String title, int status, String detail, String code, List<String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.StatusType status, ErrorCode code, String detail) {
        return response(status, code, detail, null);
    }

    /** With {@code errors}: the stable codes of every rule the request broke. */
    public static Response response(Response.StatusType status, ErrorCode code, String detail, List<String> errors) {
        Problem problem = new Problem(
                "urn:shiori:problem:" + code.code(),
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                code.code(),
                errors);
        return Response.status(status.getStatusCode())
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }
}
