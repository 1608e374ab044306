package jp.shiori.catalog.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.catalog.CatalogIndexing;
import jp.shiori.ops.JobProgress;

/** First step of catalog-reindex: how many titles there are to index, for the progress bar. */
@Named
@Dependent
public class CatalogTitleCount extends AbstractBatchlet {

    @Inject
    CatalogIndexing indexing;

    @Override
    public String process() {
        return JobProgress.total(indexing.titleCount());
    }
}
