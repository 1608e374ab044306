package jp.shiori.web.sru;

import static jp.shiori.web.sru.SruDiagnostic.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the subset of CQL 1.2 the catalog runs: {@code index relation term} or a bare term, {@code and} and
 * {@code or}, parentheses, double quotes with backslash escapes. As the CQL grammar says, booleans have equal
 * precedence and associate to the left: {@code a or b and c} is {@code (a or b) and c}.
 *
 * <p>What the grammar allows but we do not run is refused with its own diagnostic, never silently
 * dropped: {@code not} and {@code prox} (37), modifiers (20, 46), masking {@code * ?} (28), anchoring
 * {@code ^} (31), prefix assignments (48) and {@code sortby} (80). Index and relation names are checked later,
 * by {@link SearchPlan}.
 */
final class CqlParser {

    static final int MAX_QUERY_LENGTH = 2000;
    // Deep enough for any real query, shallow enough that recursion cannot overflow the stack.
    static final int MAX_NESTING = 32;

    private static final Set<String> BOOLEANS = Set.of("and", "or", "not", "prox");
    private static final String CHARACTERS_ENDING_A_WORD = "()=<>\"/";

    private enum Kind {
        WORD,
        OPEN,
        CLOSE,
        SLASH,
        COMPARISON,
        END
    }

    /** {@code text} is the raw source of a word, escapes kept, quotes removed. */
    private record Token(Kind kind, String text, boolean quoted, int offset) {

        boolean isWord(String word) {
            return kind == Kind.WORD && !quoted && text.equalsIgnoreCase(word);
        }

        boolean isBoolean() {
            return kind == Kind.WORD && !quoted && BOOLEANS.contains(text.toLowerCase(Locale.ROOT));
        }
    }

    private final List<Token> tokens;
    private int next;
    private int nesting;

    private CqlParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** @throws SruDiagnosticException when the query is not CQL, or uses CQL we do not run */
    static CqlQuery parse(String query) {
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new SruDiagnosticException(
                    QUERY_TOO_LONG,
                    String.valueOf(MAX_QUERY_LENGTH),
                    "A query may be at most " + MAX_QUERY_LENGTH + " characters long");
        }
        CqlParser parser = new CqlParser(tokenize(query));
        CqlQuery parsed = parser.query();
        Token rest = parser.peek();
        if (rest.kind() == Kind.END) {
            return parsed;
        }
        if (rest.isWord("sortby")) {
            throw new SruDiagnosticException(SORT_UNSUPPORTED, null, "Sorting is not supported");
        }
        if (rest.kind() == Kind.CLOSE) {
            throw new SruDiagnosticException(
                    PARENTHESES, String.valueOf(rest.offset()), "A closing parenthesis without an opening one");
        }
        throw new SruDiagnosticException(
                QUERY_SYNTAX_ERROR,
                String.valueOf(rest.offset()),
                "Expected and, or or the end of the query at '" + rest.text() + "'");
    }

    private CqlQuery query() {
        if (peek().kind() == Kind.COMPARISON && peek().text().equals(">")) {
            throw new SruDiagnosticException(
                    UNSUPPORTED_QUERY_FEATURE,
                    "prefix assignment",
                    "Context set prefix assignments (>dc=\"...\") are not supported");
        }
        CqlQuery left = searchClause();
        while (peek().isBoolean()) {
            Token bool = take();
            String name = bool.text().toLowerCase(Locale.ROOT);
            if (!name.equals("and") && !name.equals("or")) {
                throw new SruDiagnosticException(UNSUPPORTED_BOOLEAN, name, "Only and and or are supported");
            }
            if (peek().kind() == Kind.SLASH) {
                throw new SruDiagnosticException(
                        UNSUPPORTED_BOOLEAN_MODIFIER, modifierName(), "Boolean modifiers are not supported");
            }
            CqlQuery right = searchClause();
            left = new CqlQuery.Combination(left, name.equals("and") ? CqlQuery.Bool.AND : CqlQuery.Bool.OR, right);
        }
        return left;
    }

    private CqlQuery searchClause() {
        Token first = take();
        if (first.kind() == Kind.OPEN) {
            if (++nesting > MAX_NESTING) {
                throw new SruDiagnosticException(
                        PARENTHESES,
                        String.valueOf(first.offset()),
                        "Parentheses may be nested at most " + MAX_NESTING + " deep");
            }
            CqlQuery inner = query();
            Token close = take();
            if (close.kind() != Kind.CLOSE) {
                throw new SruDiagnosticException(
                        PARENTHESES,
                        String.valueOf(first.offset()),
                        "The parenthesis at offset " + first.offset() + " is not closed");
            }
            nesting--;
            return inner;
        }
        if (first.kind() != Kind.WORD) {
            throw expectedTerm(first);
        }
        Token after = peek();
        boolean relationFollows = after.kind() == Kind.COMPARISON
                || (after.kind() == Kind.WORD && !after.quoted() && !after.isBoolean() && !after.isWord("sortby"));
        if (!relationFollows) {
            return CqlQuery.Clause.bare(term(first));
        }
        Token relation = take();
        if (peek().kind() == Kind.SLASH) {
            throw new SruDiagnosticException(
                    UNSUPPORTED_RELATION_MODIFIER, modifierName(), "Relation modifiers are not supported");
        }
        Token term = take();
        if (term.kind() != Kind.WORD) {
            throw expectedTerm(term);
        }
        return new CqlQuery.Clause(unescape(first), relation.text(), term(term));
    }

    private static SruDiagnosticException expectedTerm(Token found) {
        return switch (found.kind()) {
            case END ->
                new SruDiagnosticException(
                        QUERY_SYNTAX_ERROR,
                        String.valueOf(found.offset()),
                        "The query ends where a search term is expected");
            case CLOSE ->
                new SruDiagnosticException(
                        PARENTHESES,
                        String.valueOf(found.offset()),
                        "A closing parenthesis where a search term is expected");
            default ->
                new SruDiagnosticException(
                        QUERY_SYNTAX_ERROR,
                        String.valueOf(found.offset()),
                        "A search term is expected at '" + found.text() + "'");
        };
    }

    /** The name after the slash, for the diagnostic's details. */
    private String modifierName() {
        take();
        Token name = peek();
        return name.kind() == Kind.WORD ? name.text() : "/";
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    /** A search term: escapes resolved; unescaped masking and anchoring characters refused. */
    private static String term(Token word) {
        String raw = word.text();
        StringBuilder term = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                if (i + 1 == raw.length()) {
                    throw new SruDiagnosticException(
                            QUERY_SYNTAX_ERROR, String.valueOf(word.offset()), "A term ends with a lone backslash");
                }
                term.append(raw.charAt(++i));
            } else if (c == '*' || c == '?') {
                throw new SruDiagnosticException(
                        MASKING_UNSUPPORTED,
                        null,
                        "Masking characters (* ?) are not supported; escape them as \\* and \\? to search for them");
            } else if (c == '^') {
                throw new SruDiagnosticException(
                        ANCHORING_UNSUPPORTED,
                        null,
                        "Anchoring (^) is not supported; escape it as \\^ to search for it");
            } else {
                term.append(c);
            }
        }
        return term.toString();
    }

    private static String unescape(Token word) {
        return word.text().replaceAll("\\\\(.)", "$1");
    }

    private static List<Token> tokenize(String query) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.OPEN, "(", false, i++));
            } else if (c == ')') {
                tokens.add(new Token(Kind.CLOSE, ")", false, i++));
            } else if (c == '/') {
                tokens.add(new Token(Kind.SLASH, "/", false, i++));
            } else if (c == '=' || c == '<' || c == '>') {
                String two = i + 1 < n ? query.substring(i, i + 2) : "";
                String symbol = Set.of("==", "<>", "<=", ">=").contains(two) ? two : String.valueOf(c);
                tokens.add(new Token(Kind.COMPARISON, symbol, false, i));
                i += symbol.length();
            } else if (c == '"') {
                int end = i + 1;
                while (end < n && query.charAt(end) != '"') {
                    end += query.charAt(end) == '\\' && end + 1 < n ? 2 : 1;
                }
                if (end >= n) {
                    throw new SruDiagnosticException(
                            QUOTES, String.valueOf(i), "The quote at offset " + i + " is not closed");
                }
                tokens.add(new Token(Kind.WORD, query.substring(i + 1, end), true, i));
                i = end + 1;
            } else {
                int end = i;
                while (end < n
                        && !Character.isWhitespace(query.charAt(end))
                        && CHARACTERS_ENDING_A_WORD.indexOf(query.charAt(end)) < 0) {
                    end += query.charAt(end) == '\\' && end + 1 < n ? 2 : 1;
                }
                tokens.add(new Token(Kind.WORD, query.substring(i, end), false, i));
                i = end;
            }
        }
        tokens.add(new Token(Kind.END, "", false, n));
        return tokens;
    }
}
