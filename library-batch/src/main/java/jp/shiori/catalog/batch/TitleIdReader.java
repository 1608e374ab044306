package jp.shiori.catalog.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.catalog.CatalogIndexing;
import jp.shiori.ops.batch.IdPageReader;

/** Reads every title id in ascending order, 1,000 at a time; the checkpoint is the last id read, so a restart resumes. */
@Named
@Dependent
public class TitleIdReader extends IdPageReader {

    @Inject
    CatalogIndexing indexing;

    public TitleIdReader() {
        super(1000);
    }

    @Override
    protected List<Long> page(long afterId, int max) {
        return indexing.titleIdsAfter(afterId, max);
    }
}
