package jp.shiori.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import jp.shiori.catalog.CatalogRecords;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchResult;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.catalog.TitleSummary;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the EAR: the search index follows the catalog's durable change log, so it ends up equal to the database
 * whatever failed on the way — a transaction rolled back after it changed a title, a change committed with no
 * signal to the index at all (the server gone between the commit and the index update).
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIndexFollowsIT extends ShioriDeployment {

    private static final Duration CATCH_UP = Duration.ofSeconds(20);

    @Inject
    CatalogRecords catalog;

    @Inject
    CatalogSearch search;

    @Inject
    UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/shiori")
    DataSource database;

    private static String uniqueWord() {
        return "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static TitleDraft draft(String sourceId, String title) {
        return new TitleDraft(
                "IT",
                sourceId,
                title,
                null,
                List.of(),
                null,
                null,
                List.of(),
                null,
                MaterialType.BOOK,
                null,
                null,
                null,
                null,
                List.of());
    }

    private List<TitleSummary> indexed(String word) {
        SearchResult result = search.search(SearchRequest.keywords(word));
        return result.hits();
    }

    /** Polls the index (not a sleep standing in for it) until the condition holds. */
    private List<TitleSummary> awaitIndexed(String word, Predicate<List<TitleSummary>> done) throws Exception {
        Instant deadline = Instant.now().plus(CATCH_UP);
        List<TitleSummary> hits = indexed(word);
        while (!done.test(hits)) {
            assertTrue(Instant.now().isBefore(deadline), "the index did not catch up: " + hits);
            Thread.sleep(200);
            hits = indexed(word);
        }
        return hits;
    }

    private Optional<String> titleInDatabase(String sourceId) throws SQLException {
        try (Connection c = database.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select title from title where source = 'IT' and source_id = ?")) {
            s.setString(1, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Test
    void aTitleChangedInATransactionThatRolledBackIsNeitherStoredNorIndexed() throws Exception {
        String word = uniqueWord();
        transaction.begin();
        catalog.store(draft("rolled-back-" + word, "取り消された本 " + word));
        transaction.rollback();
        // a committed change after it: once the index shows this one, it has followed past the rolled-back one
        long committed =
                catalog.store(draft("committed-" + word, "残った本 " + word)).id();

        List<TitleSummary> hits = awaitIndexed(word, h -> !h.isEmpty());

        assertEquals(List.of(committed), hits.stream().map(TitleSummary::id).toList());
        assertEquals(Optional.empty(), titleInDatabase("rolled-back-" + word));
        assertEquals(Optional.of(hits.get(0).title()), titleInDatabase("committed-" + word));
    }

    @Test
    void aChangeCommittedWithoutAnySignalToTheIndexIsIndexedByItselfAndTheIndexEqualsTheDatabase() throws Exception {
        String word = uniqueWord();
        String sourceId = "no-signal-" + word;
        long id;
        // as if the server stopped right after the business transaction committed: the title and its change-log
        // row are in the database, and nothing in memory tells the index
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement title = c.prepareStatement(
                    "insert into title (source, source_id, title, material_type, created_at, updated_at)"
                            + " values ('IT', ?, ?, 'BOOK', ?, ?)",
                    new String[] {"id"})) {
                title.setString(1, sourceId);
                title.setString(2, "記録だけの本 " + word);
                title.setTimestamp(3, Timestamp.from(Instant.now()));
                title.setTimestamp(4, Timestamp.from(Instant.now()));
                title.executeUpdate();
                try (ResultSet keys = title.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            logChange(c, id);
            c.commit();
        }

        List<TitleSummary> hits = awaitIndexed(word, h -> !h.isEmpty());
        assertEquals(List.of(id), hits.stream().map(TitleSummary::id).toList());
        assertEquals(titleInDatabase(sourceId), Optional.of(hits.get(0).title()));

        // a revision written the same way replaces what the index had
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement revise =
                    c.prepareStatement("update title set title = ?, version = version + 1 where id = ?")) {
                revise.setString(1, "改訂された本 " + word);
                revise.setLong(2, id);
                assertEquals(1, revise.executeUpdate());
            }
            logChange(c, id);
            c.commit();
        }
        hits = awaitIndexed(word, h -> h.size() == 1 && h.get(0).title().startsWith("改訂"));
        assertEquals(titleInDatabase(sourceId), Optional.of(hits.get(0).title()));
    }

    private static void logChange(Connection c, long titleId) throws SQLException {
        try (PreparedStatement log =
                c.prepareStatement("insert into catalog_change (title_id, logged_at) values (?, ?)")) {
            log.setLong(1, titleId);
            log.setTimestamp(2, Timestamp.from(Instant.now()));
            log.executeUpdate();
        }
    }
}
