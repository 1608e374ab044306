package jp.shiori.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The curated vocabulary with a few dozen real rows of the Aozora index, as the tests' catalog. */
final class TestCatalog {

    static final Vocabulary VOCABULARY = load();

    private TestCatalog() {
    }

    static CatalogModel model(long seed) {
        return new CatalogModel(VOCABULARY, seed, LocalDate.of(2026, 11, 29));
    }

    private static Vocabulary load() {
        try (Reader csv = new InputStreamReader(TestCatalog.class.getResourceAsStream("aozora-sample.csv"),
                StandardCharsets.UTF_8)) {
            return Vocabulary.load(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
