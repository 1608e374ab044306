package jp.shiori.web.rest;

import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.common.ErrorCode;
import jp.shiori.web.i18n.Messages;

/**
 * Requests the API cannot take — a body that is no JSON or of the wrong shape, a field that breaks a constraint, a
 * parameter of the wrong type, a body too large or of a media type the operation does not read — as problem
 * documents naming the field, in Japanese when the request prefers it ({@code Accept-Language: ja}), else English.
 */
public final class BadRequests {

    /** Yasson names each property it was reading when a value failed, outermost first. */
    private static final Pattern PROPERTY = Pattern.compile("deserialize property '([^']+)'");

    private static final Pattern UNKNOWN = Pattern.compile("Json property (\\S+) can not be mapped");

    private BadRequests() {}

    /** Japanese when the request's first language we speak is Japanese; English otherwise. */
    public static Locale language(HttpHeaders headers) {
        try {
            return language(headers == null ? List.of() : headers.getAcceptableLanguages());
        } catch (RuntimeException e) { // an Accept-Language header that does not parse
            return Locale.ENGLISH;
        }
    }

    static Locale language(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("ja".equalsIgnoreCase(locale.getLanguage())) {
                return Locale.JAPANESE;
            }
            if ("en".equalsIgnoreCase(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    static String text(Locale language, String key, Object... args) {
        return Messages.get(language, key, args);
    }

    /** The first throwable of the type in the chain of causes, or null. */
    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** 400 for a body the readers could not turn into the operation's type, naming the field when known. */
    public static Response unreadable(Throwable e, Locale language) {
        JsonParsingException parsing = find(e, JsonParsingException.class);
        String unknown = null;
        List<String> path = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher property = PROPERTY.matcher(message);
            while (property.find()) {
                if (!path.contains(property.group(1))) {
                    path.add(property.group(1));
                }
            }
            Matcher field = UNKNOWN.matcher(message);
            if (unknown == null && field.find()) {
                unknown = field.group(1);
            }
        }
        if (unknown != null) {
            path.add(unknown);
            String name = String.join(".", path);
            return Problem.response(
                    Status.BAD_REQUEST,
                    ErrorCode.BAD_REQUEST,
                    text(language, "problem.unknownField", name),
                    List.of(name));
        }
        if (!path.isEmpty()) {
            String name = String.join(".", path);
            return Problem.response(
                    Status.BAD_REQUEST, ErrorCode.BAD_REQUEST, text(language, "problem.field", name), List.of(name));
        }
        if (parsing != null) {
            JsonLocation at = parsing.getLocation();
            String detail = at == null
                    ? text(language, "problem.malformed")
                    : text(
                            language,
                            "problem.malformedAt",
                            String.valueOf(at.getLineNumber()),
                            String.valueOf(at.getColumnNumber()));
            return Problem.response(Status.BAD_REQUEST, ErrorCode.BAD_REQUEST, detail, List.of("body"));
        }
        return Problem.response(
                Status.BAD_REQUEST, ErrorCode.BAD_REQUEST, text(language, "problem.body"), List.of("body"));
    }

    /** 413, saying the limit. */
    public static Response tooLarge(long limit, Locale language) {
        return Problem.response(
                PAYLOAD_TOO_LARGE,
                ErrorCode.PAYLOAD_TOO_LARGE,
                text(language, "problem.tooLarge", String.valueOf(limit)),
                List.of("body"));
    }

    /** 400 listing each field that broke a constraint (the path without the service method's name). */
    public static Response violations(ConstraintViolationException e, Locale language) {
        List<String> fields = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            String field = field(violation.getPropertyPath());
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        fields.sort(null);
        return Problem.response(
                Status.BAD_REQUEST,
                ErrorCode.BAD_REQUEST,
                text(language, "problem.violations", String.join(", ", fields)),
                fields);
    }

    /** The property path of a parameter's violation without the method: {@code placement.titleIds}. */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        Iterator<Path.Node> nodes = path.iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                default -> {
                    if (node.getName() != null && !node.getName().startsWith("<")) {
                        names.add(node.getName());
                    }
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    /**
     * The name of a query, header, form or cookie parameter that could not be converted (Jersey's ParamException,
     * read reflectively: it is the runtime's class, not the API's), or null for anything else.
     */
    static String badParameter(Throwable e) {
        if (!e.getClass().getName().contains("ParamException")) {
            return null;
        }
        try {
            Method type = e.getClass().getMethod("getParameterType");
            Object annotation = type.invoke(e);
            if (annotation instanceof Class<?> c && c.getSimpleName().equals("PathParam")) {
                return null; // an unconvertible path segment names no resource: 404
            }
            return String.valueOf(e.getClass().getMethod("getParameterName").invoke(e));
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            return null;
        }
    }

    /** 400 for a parameter of the wrong type or out of range. */
    public static Response parameter(String name, Locale language) {
        return Problem.response(
                Status.BAD_REQUEST, ErrorCode.BAD_REQUEST, text(language, "problem.parameter", name), List.of(name));
    }

    /** 415, saying what the operation reads. */
    public static Response unsupportedMediaType(Locale language) {
        return Problem.response(
                Status.UNSUPPORTED_MEDIA_TYPE,
                ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                text(language, "problem.mediaType"),
                List.of("Content-Type"));
    }

    /** 413, which JAX-RS 3.1 calls REQUEST_ENTITY_TOO_LARGE. */
    static final Response.StatusType PAYLOAD_TOO_LARGE = Status.REQUEST_ENTITY_TOO_LARGE;
}
