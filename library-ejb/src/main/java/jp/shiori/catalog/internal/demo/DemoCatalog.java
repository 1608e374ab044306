package jp.shiori.catalog.internal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.catalog.internal.CatalogReads;
import jp.shiori.catalog.internal.marc.MarcReadResult;
import jp.shiori.catalog.internal.marc.MarcTitleReader;

/**
 * Loads the demo catalog once, in the background after deployment, when {@code LIBRARY_DEMO_DATA} names
 * the shared data folder (the run command sets it) and the catalog is still empty.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCatalog {

    private static final Logger LOG = Logger.getLogger(DemoCatalog.class.getName());
    private static final int CHUNK = 500;

    @Resource
    TimerService timers;

    @EJB
    CatalogReads reads;

    @EJB
    DemoCatalogChunk chunks;

    @PostConstruct
    void schedule() {
        if (dataFolder() != null) {
            timers.createSingleActionTimer(1_000, new TimerConfig("demo catalog", false));
        }
    }

    @Timeout
    void load() {
        Path data = dataFolder();
        if (reads.titleCount() > 0) {
            return;
        }
        try {
            long started = System.nanoTime();
            List<TitleDraft> drafts = new ArrayList<>();
            Path ndl = data.resolve("marc21/ndl-japan-marc-233.mrc");
            if (Files.isRegularFile(ndl)) {
                try (InputStream in = Files.newInputStream(ndl);
                        MarcTitleReader reader = new MarcTitleReader(in)) {
                    for (var r = reader.next(); r.isPresent(); r = reader.next()) {
                        if (r.get() instanceof MarcReadResult.Read read) {
                            drafts.add(read.draft());
                        }
                    }
                }
            }
            Path aozora = data.resolve("aozora/list_person_all_utf8_2017.csv");
            if (Files.isRegularFile(aozora)) {
                drafts.addAll(AozoraIndex.read(Files.newBufferedReader(aozora, StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < drafts.size(); i += CHUNK) {
                chunks.store(drafts.subList(i, Math.min(drafts.size(), i + CHUNK)));
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            LOG.info(() -> "Demo catalog: " + drafts.size() + " titles with copies loaded from " + data + " in "
                    + seconds + " s");
        } catch (IOException | RuntimeException e) {
            LOG.warning("The demo catalog could not be loaded from " + data + ": " + e);
        }
    }

    private static Path dataFolder() {
        String configured = System.getenv("LIBRARY_DEMO_DATA");
        if (configured == null || configured.isBlank() || !Files.isDirectory(Path.of(configured))) {
            return null;
        }
        return Path.of(configured);
    }
}
