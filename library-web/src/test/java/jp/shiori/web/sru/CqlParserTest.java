package jp.shiori.web.sru;

import static jp.shiori.web.sru.CqlQuery.Bool.AND;
import static jp.shiori.web.sru.CqlQuery.Bool.OR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jp.shiori.web.sru.CqlQuery.Clause;
import jp.shiori.web.sru.CqlQuery.Combination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CqlParserTest {

    private static Clause bare(String term) {
        return Clause.bare(term);
    }

    private static int diagnosticOf(String query) {
        return assertThrows(SruDiagnosticException.class, () -> CqlParser.parse(query))
                .diagnostic()
                .number();
    }

    @Test
    void aBareTermSearchesTheServersChoice() {
        assertEquals(new Clause("cql.serverChoice", "=", "銀河"), CqlParser.parse("銀河"));
    }

    @Test
    void aClauseIsIndexRelationTerm() {
        assertEquals(new Clause("dc.title", "=", "銀河"), CqlParser.parse("dc.title=銀河"));
        assertEquals(new Clause("dc.title", "=", "銀河"), CqlParser.parse("  dc.title  =  銀河  "));
        assertEquals(new Clause("title", "==", "銀河"), CqlParser.parse("title == 銀河"));
        assertEquals(new Clause("author", "all", "宮沢 賢治"), CqlParser.parse("author all \"宮沢 賢治\""));
        assertEquals(new Clause("title", "ANY", "a b"), CqlParser.parse("title ANY \"a b\""));
        assertEquals(new Clause("title", "<>", "x"), CqlParser.parse("title<>x"));
    }

    @Test
    void quotesKeepSpacesAndBooleanWordsInsideOneTerm() {
        assertEquals(new Clause("dc.title", "=", "銀河 鉄道"), CqlParser.parse("dc.title = \"銀河 鉄道\""));
        assertEquals(bare("cats and dogs"), CqlParser.parse("\"cats and dogs\""));
        assertEquals(bare("a=b (c)"), CqlParser.parse("\"a=b (c)\""));
    }

    @Test
    void backslashEscapesQuotesAndMaskingCharacters() {
        assertEquals(bare("say \"hi\""), CqlParser.parse("\"say \\\"hi\\\"\""));
        assertEquals(bare("C*?^"), CqlParser.parse("C\\*\\?\\^"));
        assertEquals(bare("a\\b"), CqlParser.parse("a\\\\b"));
    }

    @Test
    void booleansAreCaseInsensitive() {
        Combination expected = new Combination(bare("a"), AND, bare("b"));
        assertEquals(expected, CqlParser.parse("a and b"));
        assertEquals(expected, CqlParser.parse("a AND b"));
        assertEquals(expected, CqlParser.parse("a And b"));
        assertEquals(new Combination(bare("a"), OR, bare("b")), CqlParser.parse("a OR b"));
    }

    @Test
    void booleansHaveEqualPrecedenceAndAssociateToTheLeft() {
        assertEquals(
                new Combination(new Combination(bare("a"), OR, bare("b")), AND, bare("c")),
                CqlParser.parse("a or b and c"));
        assertEquals(
                new Combination(new Combination(bare("a"), AND, bare("b")), OR, bare("c")),
                CqlParser.parse("a and b or c"));
        assertEquals(
                new Combination(new Combination(bare("a"), AND, bare("b")), AND, bare("c")),
                CqlParser.parse("a and b and c"));
    }

    @Test
    void parenthesesGroupFirst() {
        assertEquals(
                new Combination(bare("a"), OR, new Combination(bare("b"), AND, bare("c"))),
                CqlParser.parse("a or (b and c)"));
        assertEquals(bare("a"), CqlParser.parse("((a))"));
        assertEquals(
                new Combination(new Clause("title", "=", "x"), AND, new Clause("author", "=", "y")),
                CqlParser.parse("(title=x)and(author=y)"));
    }

    @Test
    void aQuotedWordAfterATermIsNotARelation() {
        // "a" "b" is two terms with no boolean between: not CQL.
        assertEquals(SruDiagnostic.QUERY_SYNTAX_ERROR, diagnosticOf("a \"b\""));
    }

    @Test
    void wordsAreSeparatedByIdeographicSpaceToo() {
        assertEquals(new Combination(bare("銀河"), AND, bare("鉄道")), CqlParser.parse("銀河\u3000and\u3000鉄道"));
    }

    @Test
    void aBooleanWordIsATermAfterARelation() {
        assertEquals(new Clause("title", "=", "and"), CqlParser.parse("title = and"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a and                | 10",
                "and and              | 10",
                "title =              | 10",
                "title = = x          | 10",
                "a b                  | 10",
                "a b c d              | 10",
                "(a                   | 13",
                "a)                   | 13",
                "()                   | 13",
                "a and )              | 13",
                "\"a                  | 14",
                "title = \"a\\\"      | 14",
                "a not b              | 37",
                "a prox b             | 37",
                "title =/stem x       | 20",
                "title any/relevant x | 20",
                "a and/rel.algo=x b   | 46",
                "銀河*                 | 28",
                "ca?                  | 28",
                "^銀河                 | 31",
                ">dc=\"info:x\" a     | 48",
                "a sortby title       | 80",
                "a\\                  | 10",
            })
    void invalidOrUnsupportedCqlGetsItsDiagnostic(String query, int diagnostic) {
        assertEquals(diagnostic, diagnosticOf(query));
    }

    @Test
    void parenthesesNestedTooDeeplyAreRefusedBeforeTheStackIs() {
        String deep = "(".repeat(10_000) + "a" + ")".repeat(10_000);
        assertEquals(SruDiagnostic.QUERY_TOO_LONG, diagnosticOf(deep));
        String fairlyDeep = "(".repeat(CqlParser.MAX_NESTING + 1) + "a" + ")".repeat(CqlParser.MAX_NESTING + 1);
        assertEquals(SruDiagnostic.PARENTHESES, diagnosticOf(fairlyDeep));
        String allowed = "(".repeat(CqlParser.MAX_NESTING) + "a" + ")".repeat(CqlParser.MAX_NESTING);
        assertEquals(bare("a"), CqlParser.parse(allowed));
    }

    @Test
    void offsetsOfUnbalancedQuotesAndParenthesesAreTheDetails() {
        assertEquals(
                "4",
                assertThrows(SruDiagnosticException.class, () -> CqlParser.parse("a = \"b"))
                        .diagnostic()
                        .details());
        assertEquals(
                "2",
                assertThrows(SruDiagnosticException.class, () -> CqlParser.parse("a (b"))
                        .diagnostic()
                        .details());
    }
}
