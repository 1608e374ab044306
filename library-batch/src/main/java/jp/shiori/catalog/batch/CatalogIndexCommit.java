package jp.shiori.catalog.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.shiori.catalog.CatalogIndexing;

/** Last step of catalog-reindex: makes the rebuilt index durable. */
@Named
@Dependent
public class CatalogIndexCommit extends AbstractBatchlet {

    @Inject
    CatalogIndexing indexing;

    @Override
    public String process() {
        indexing.commit();
        return "COMPLETED";
    }
}
