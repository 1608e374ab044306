package jp.shiori.web.rest;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Every request body the API reads: at most {@code LIBRARY_REST_MAX_BODY_BYTES} (1 MB by default), a MARC import
 * ({@link ImportBody}) at most {@code LIBRARY_IMPORT_MAX_BYTES} (512 MB). A declared length over the limit is refused
 * before a byte is read; a body without one is counted as it is read. A body the readers cannot turn into the
 * operation's type (malformed JSON, a wrong type, an unknown field) leaves as {@link UnreadableBody}, never as a
 * server error.
 */
@Provider
public class RequestBodies implements ReaderInterceptor {

    static final long JSON_LIMIT = limit("LIBRARY_REST_MAX_BODY_BYTES", 1L << 20);
    static final long IMPORT_LIMIT = limit("LIBRARY_IMPORT_MAX_BYTES", 512L << 20);

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = Arrays.stream(context.getAnnotations()).anyMatch(a -> a instanceof ImportBody)
                ? IMPORT_LIMIT
                : JSON_LIMIT;
        String declared = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > limit) {
            throw new BodyTooLarge(limit);
        }
        context.setInputStream(new Counted(context.getInputStream(), limit));
        try {
            return context.proceed();
        } catch (WebApplicationException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            BodyTooLarge tooLarge = BadRequests.find(e, BodyTooLarge.class);
            if (tooLarge != null) {
                throw tooLarge;
            }
            throw new UnreadableBody(e);
        }
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long limit(String variable, long fallback) {
        String configured = System.getenv(variable);
        if (configured == null || configured.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(configured.strip());
            return value > 0 ? value : fallback;
        } catch (NumberFormatException e) {
            throw new IllegalStateException(variable + " must be a number of bytes, not '" + configured + "'", e);
        }
    }

    /** 413: the body is larger than the operation reads. */
    public static final class BodyTooLarge extends ClientErrorException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        BodyTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes.", 413);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** 400: the body could not be read as the operation's type; the cause says why (and often which field). */
    public static final class UnreadableBody extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableBody(Throwable cause) {
            super(cause);
        }
    }

    /** Counts the bytes read and refuses the one past the limit. */
    private static final class Counted extends FilterInputStream {
        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }
    }
}
