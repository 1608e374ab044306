package jp.shiori.ops;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class JobCatalogTest {

    @Test
    void reminderJobsTakeTheirDaysAhead() {
        assertDoesNotThrow(() -> JobCatalog.DUE_DATE_REMINDERS.check(Map.of("daysBefore", "2")));
        assertDoesNotThrow(() -> JobCatalog.CARD_RENEWAL_REMINDERS.check(Map.of("daysBefore", " 30 ")));
        assertDoesNotThrow(() -> JobCatalog.HOLD_EXPIRY.check(Map.of()));
    }

    @Test
    void aParameterOfTheWrongFormOrAnUnknownOneIsRefusedByName() {
        for (String bad : new String[] {"two", "-1", "366", "1.5", "", "9999"}) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> JobCatalog.DUE_DATE_REMINDERS.check(Map.of("daysBefore", bad)),
                    bad);
            assertTrue(e.getMessage().contains("daysBefore"), e.getMessage());
        }
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class, () -> JobCatalog.HOLD_EXPIRY.check(Map.of("colour", "red")));
        assertTrue(unknown.getMessage().contains("colour"));
    }

    @Test
    void jobsAreFoundByTheirBatchNames() {
        assertEquals(
                JobCatalog.HOLD_EXPIRY, JobCatalog.byName(BatchJobs.HOLD_EXPIRY).orElseThrow());
        assertEquals(
                JobCatalog.CATALOG_REINDEX,
                JobCatalog.byName(BatchJobs.CATALOG_REINDEX).orElseThrow());
        assertTrue(JobCatalog.byName(BatchJobs.MARC_IMPORT).isEmpty(), "imports start from their own screen");
        assertTrue(JobCatalog.byName("rm -rf").isEmpty());
    }
}
