package jp.shiori.web.sru;

/** A parsed CQL query: search clauses joined by {@code and} and {@code or}, nested as CQL 1.2 nests them. */
sealed interface CqlQuery {

    /** The index of a bare term ({@code 銀河}, as if {@code cql.serverChoice = 銀河}). */
    String SERVER_CHOICE = "cql.serverChoice";

    /** {@code index relation term}, the term unescaped and without its quotes. */
    record Clause(String index, String relation, String term) implements CqlQuery {

        static Clause bare(String term) {
            return new Clause(SERVER_CHOICE, "=", term);
        }
    }

    /** Two queries joined by a boolean. */
    record Combination(CqlQuery left, Bool bool, CqlQuery right) implements CqlQuery {}

    /** The booleans we run; {@code not} and {@code prox} are refused by the parser. */
    enum Bool {
        AND,
        OR
    }
}
