package jp.shiori.web.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import jp.shiori.catalog.ImportReport;
import jp.shiori.catalog.MarcImports;
import jp.shiori.ops.BatchJobs;

/** Stages an uploaded MARC file and starts the marc-import job on it; shared by the screen and REST. */
@ApplicationScoped
public class CatalogImportStarter {

    @Inject
    MarcImports imports;

    @Inject
    BatchJobs jobs;

    public ImportReport start(String fileName, InputStream data) throws IOException {
        long importId = imports.stage(fileName, data);
        jobs.start(BatchJobs.MARC_IMPORT, Map.of("importId", Long.toString(importId)));
        return imports.report(importId).orElseThrow();
    }

    MarcImports imports() {
        return imports;
    }
}
