package jp.shiori.web.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.shiori.ops.BatchJobs;
import jp.shiori.ops.JobExecutionView;

/** ジョブ管理: start the catalog reindex and watch the latest runs of every job. */
@Named
@ViewScoped
public class JobsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BatchJobs jobs;

    public void startReindex() {
        jobs.start(BatchJobs.CATALOG_REINDEX, Map.of());
    }

    public List<JobExecutionView> getReindexRuns() {
        return jobs.recent(BatchJobs.CATALOG_REINDEX, 10);
    }

    public List<JobExecutionView> getImportRuns() {
        return jobs.recent(BatchJobs.MARC_IMPORT, 10);
    }

    public boolean isAnyRunning() {
        return getReindexRuns().stream().anyMatch(JobExecutionView::isRunning)
                || getImportRuns().stream().anyMatch(JobExecutionView::isRunning);
    }

    public int percent(JobExecutionView run) {
        return run.total() == 0 ? (run.isRunning() ? 0 : 100) : (int) Math.min(100, 100 * run.done() / run.total());
    }
}
