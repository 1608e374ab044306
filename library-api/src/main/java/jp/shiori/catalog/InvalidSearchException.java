package jp.shiori.catalog;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A search request that breaks a rule of {@link SearchRequest#problems()}; nothing was searched. */
@ApplicationException
public class InvalidSearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<SearchProblem> problems;

    public InvalidSearchException(List<SearchProblem> problems) {
        super("Invalid search: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<SearchProblem> problems() {
        return problems;
    }
}
