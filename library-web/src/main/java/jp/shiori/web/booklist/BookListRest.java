package jp.shiori.web.booklist;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import jp.shiori.booklist.BookList;
import jp.shiori.booklist.BookListRefusal;
import jp.shiori.booklist.BookListRefusedException;
import jp.shiori.booklist.BookListStart;
import jp.shiori.booklist.EntryChange;
import jp.shiori.booklist.EntryQuery;
import jp.shiori.booklist.EntrySort;
import jp.shiori.booklist.EntryStatus;
import jp.shiori.booklist.EntryView;
import jp.shiori.common.ErrorCode;
import jp.shiori.web.patron.OpacTerminal;
import jp.shiori.web.rest.Problem;
import jp.shiori.web.rest.ProblemMappers;

/**
 * The answers of {@code /api/v1/me/booklist} (the methods are on the {@code me} resource): thin, the book list
 * service decides. A refusal is a problem document whose {@code errors} name the book-list reason.
 */
@RequestScoped
public class BookListRest {

    /** Request bodies. */
    public record Settings(Boolean autoRegister) {}

    public record NewEntry(Long titleId, EntryStatus status) {}

    public record CategoryName(String name) {}

    @Inject
    BookList bookList;

    @Inject
    OpacTerminal terminal;

    public Response profile(long patronId) {
        return answer(() -> bookList.profile(patronId)
                .map(p -> Response.ok(p).build())
                .orElseThrow(() -> new BookListRefusedException(
                        BookListRefusal.NOT_FOUND,
                        "The book list is not started: choose a nickname and accept the terms.")));
    }

    public Response start(long patronId, BookListStart start) {
        return answer(
                () -> Response.ok(bookList.start(patronId, required(start))).build());
    }

    public Response close(long patronId) {
        return answer(() -> {
            bookList.close(patronId);
            return Response.noContent().build();
        });
    }

    public Response nickname(long patronId, String nickname) {
        return answer(() -> Response.ok(Map.of("available", bookList.nicknameAvailable(patronId, nickname)))
                .build());
    }

    public Response settings(long patronId, Settings settings) {
        return answer(() -> Response.ok(bookList.autoRegister(
                        patronId,
                        Boolean.TRUE.equals(required(required(settings).autoRegister()))))
                .build());
    }

    public Response entries(
            long patronId, String status, Long category, Integer year, String sort, Integer page, Integer size) {
        return answer(() -> {
            EntryStatus wanted;
            EntrySort order;
            try {
                wanted = status == null || status.isBlank() ? null : EntryStatus.valueOf(status);
                order = sort == null || sort.isBlank()
                        ? EntrySort.DATE
                        : EntrySort.valueOf(sort.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return Problem.response(
                        Response.Status.BAD_REQUEST,
                        ErrorCode.BAD_REQUEST,
                        "status is NONE, READ or WANT_TO_READ; sort is DATE or TITLE.");
            }
            return Response.ok(bookList.entries(
                            patronId,
                            new EntryQuery(
                                    wanted,
                                    category,
                                    year,
                                    order,
                                    page == null ? 1 : page,
                                    size == null ? EntryQuery.DEFAULT_SIZE : size)))
                    .build();
        });
    }

    public Response add(long patronId, NewEntry entry) {
        return answer(() -> Response.ok(bookList.mark(
                        patronId,
                        required(required(entry).titleId()),
                        entry.status() == null ? EntryStatus.NONE : entry.status()))
                .build());
    }

    public Response entry(long patronId, long entryId) {
        return answer(() -> Response.ok(bookList.entry(patronId, entryId)).build());
    }

    public Response change(long patronId, long entryId, EntryChange change) {
        return answer(() -> Response.ok(bookList.change(patronId, entryId, required(change)))
                .build());
    }

    public Response delete(long patronId, long entryId) {
        return answer(() -> {
            bookList.delete(patronId, entryId);
            return Response.noContent().build();
        });
    }

    public Response deleteHistory(long patronId) {
        return answer(() -> {
            bookList.deleteHistory(patronId);
            return Response.noContent().build();
        });
    }

    public Response categories(long patronId) {
        return answer(() -> Response.ok(bookList.categories(patronId)).build());
    }

    public Response createCategory(long patronId, CategoryName name) {
        return answer(() -> Response.status(Response.Status.CREATED)
                .entity(bookList.createCategory(patronId, required(name).name()))
                .build());
    }

    public Response renameCategory(long patronId, long categoryId, CategoryName name) {
        return answer(() -> Response.ok(bookList.renameCategory(
                        patronId, categoryId, required(name).name()))
                .build());
    }

    public Response deleteCategory(long patronId, long categoryId) {
        return answer(() -> {
            bookList.deleteCategory(patronId, categoryId);
            return Response.noContent().build();
        });
    }

    public Response export(long patronId, Locale locale) {
        return answer(() -> {
            List<EntryView> entries = bookList.all(patronId);
            StreamingOutput csv = out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                BookListCsv.write(entries, locale, writer);
                writer.flush();
            };
            return Response.ok(csv, BookListCsv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"" + BookListCsv.fileName() + "\"")
                    .build();
        });
    }

    /** Not at an OPAC terminal; refusals as problem documents naming the reason. */
    private Response answer(Supplier<Response> answer) {
        if (terminal.isTerminal()) {
            return Problem.response(
                    Response.Status.FORBIDDEN,
                    ErrorCode.FORBIDDEN,
                    "The book list is not offered on the library's search terminals.");
        }
        try {
            return answer.get();
        } catch (BookListRefusedException e) {
            Response.StatusType status = switch (e.code()) {
                case NOT_FOUND -> Response.Status.NOT_FOUND;
                case CONFLICT -> Response.Status.CONFLICT;
                default -> ProblemMappers.UNPROCESSABLE;
            };
            return Problem.response(
                    status, e.code(), e.getMessage(), List.of(e.reason().code()));
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new jakarta.ws.rs.BadRequestException("A request body with the required members is needed.");
        }
        return body;
    }
}
