package jp.shiori.alerts.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.shiori.alerts.NewArrivalMailing;

/**
 * Mails a chunk of alerts in the chunk's transaction: outbox rows and ledger rows commit with the checkpoint, so a
 * restart resumes after the last chunk that committed and never mails a title twice.
 */
@Named
@Dependent
public class NewArrivalMailWriter extends AbstractItemWriter {

    @Inject
    NewArrivalMailing mailing;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty(name = NewArrivalMailing.LINK_BASE)
    String linkBase;

    private long runId;

    @Override
    public void open(Serializable checkpoint) {
        runId = mailing.open(job.getInstanceId()).id();
    }

    @Override
    public void writeItems(List<Object> items) {
        mailing.mail(runId, items.stream().map(Long.class::cast).toList(), linkBase());
    }

    /** The job parameter, else LIBRARY_PUBLIC_URL, else the address of a local demo. */
    private String linkBase() {
        String base = linkBase;
        if (base == null || base.isBlank()) {
            base = System.getenv("LIBRARY_PUBLIC_URL");
        }
        if (base == null || base.isBlank()) {
            base = "http://localhost:8080/";
        }
        return base.endsWith("/") ? base : base + "/";
    }
}
