package jp.shiori.catalog.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.catalog.CatalogIndexing;

/** Indexes a chunk of titles from the database. */
@Named
@Dependent
public class TitleIndexWriter extends AbstractItemWriter {

    @Inject
    CatalogIndexing indexing;

    @Override
    public void writeItems(List<Object> items) {
        indexing.reindex(items.stream().map(Long.class::cast).toList());
    }
}
