package jp.shiori.catalog.internal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.ItemStatus;
import jp.shiori.catalog.MaterialType;

/** A catalog index in a temporary folder, with the production analysers and query builder; for tests. */
final class TemporaryIndex {

    private TemporaryIndex() {}

    /** An open index holding {@code entries}, committed. */
    static CatalogIndex of(Collection<IndexEntry> entries) {
        try {
            System.setProperty(
                    "shiori.index.dir",
                    Files.createTempDirectory("shiori-index-test").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CatalogIndex index = new CatalogIndex();
        index.open();
        index.reset("test");
        index.put(entries);
        index.commit();
        return index;
    }

    static void close(CatalogIndex index) {
        index.close();
        System.clearProperty("shiori.index.dir");
    }

    /** A Japanese book by one author with {@code copies} available copies at the central library. */
    static IndexEntry book(long id, String title, String author, int copies) {
        List<IndexEntry.Copy> held = new ArrayList<>(
                Collections.nCopies(copies, new IndexEntry.Copy("central", ItemStatus.AVAILABLE, true)));
        return new IndexEntry(
                id,
                title,
                null,
                List.of(new Contributor(author, null, null)),
                null,
                null,
                List.of(),
                null,
                MaterialType.BOOK,
                "jpn",
                null,
                null,
                List.of(),
                held,
                null);
    }
}
