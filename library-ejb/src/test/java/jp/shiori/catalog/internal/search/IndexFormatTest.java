package jp.shiori.catalog.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An index written by an older version counts as foreign, so start-up empties it and the rebuild refills it. */
class IndexFormatTest {

    @AfterEach
    void forgetTheDirectory() {
        System.clearProperty("shiori.index.dir");
    }

    @Test
    void anIndexOfTheCurrentFormatBelongsToItsInstallation() throws Exception {
        Path directory = Files.createTempDirectory("shiori-format-test");
        System.setProperty("shiori.index.dir", directory.toString());
        CatalogIndex index = new CatalogIndex();
        index.open();
        index.reset("this-database");
        assertEquals("this-database", index.installation());
        index.close();
    }

    @Test
    void anIndexWithoutTheCurrentFormatBelongsToNoInstallation() throws Exception {
        Path directory = Files.createTempDirectory("shiori-format-test");
        try (FSDirectory dir = FSDirectory.open(directory);
                IndexWriter older = new IndexWriter(dir, new IndexWriterConfig())) {
            older.setLiveCommitData(
                    Map.of("shiori.installation", "this-database").entrySet());
            older.commit();
        }
        System.setProperty("shiori.index.dir", directory.toString());
        CatalogIndex index = new CatalogIndex();
        index.open();
        assertNull(index.installation());
        index.close();
    }
}
