package jp.shiori.catalog.batch;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import jp.shiori.catalog.CatalogIndexing;
import jp.shiori.ops.BatchJobs;

/**
 * After deployment, starts catalog-reindex when the index lacks titles the database has (a new
 * server, a lost disk, a restored database). Runs from a timer, once the application is up.
 */
@Singleton
@Startup
public class CatalogIndexRebuild {

    private static final Logger LOG = Logger.getLogger(CatalogIndexRebuild.class.getName());

    @Resource
    TimerService timers;

    @Inject
    CatalogIndexing indexing;

    @EJB
    BatchJobs jobs;

    @PostConstruct
    void scheduleCheck() {
        timers.createSingleActionTimer(2_000, new TimerConfig("catalog index check", false));
    }

    @Timeout
    void check() {
        if (indexing.rebuildNeeded()) {
            long execution = jobs.start(BatchJobs.CATALOG_REINDEX, Map.of());
            LOG.info(() -> "The catalog index lacks titles: started catalog-reindex, execution " + execution);
        }
    }
}
