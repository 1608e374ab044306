package jp.shiori.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.branch.BranchView;
import jp.shiori.branch.PickupPointView;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside the deployed EAR: the branch service reads what the migrations put into PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class BranchDirectoryIT extends ShioriDeployment {

    @Inject
    BranchDirectory directory;

    @Resource(lookup = "java:app/jdbc/shiori")
    DataSource dataSource;

    @Test
    void theApplicationDatabaseIsPostgresqlAndHoldsEveryBranchTheServiceReturns() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from branch")) {
            assertEquals("PostgreSQL", c.getMetaData().getDatabaseProductName());
            rs.next();
            assertEquals(rs.getInt(1), directory.branches().size());
        }
    }

    @Test
    void kushiroHasSixLibrariesAndTheBookmobileInTheGuidesOrder() {
        List<String> codes = directory.branches().stream().map(BranchView::code).toList();

        assertEquals(List.of("central", "onbetsu", "akan", "west", "east", "central-district", "bookmobile"), codes);
        assertEquals("釧路市図書館", directory.libraryName().ja());
    }

    @Test
    void theBookmobileOffersEachOfItsStopsOnce() {
        BranchView bus = directory.branch("bookmobile").orElseThrow();
        List<String> stops = bus.pickupPoints().stream().map(p -> p.name().ja()).toList();

        assertEquals(18, stops.size(), "the guide lists 19 stops, one of them twice");
        assertEquals("山花小・中学校", stops.get(0));
        assertEquals("生涯学習センター", stops.get(stops.size() - 1));
        assertEquals(stops.size(), stops.stream().distinct().count());
    }

    @Test
    void theCentralLibraryOffersCounterPickupAndTheHoldShelfRoom() {
        List<PickupPointView> points = directory.branch("central").orElseThrow().pickupPoints();

        assertEquals(
                List.of("counter", "hold-shelf-room"),
                points.stream().map(PickupPointView::stationCode).toList());
        assertTrue(points.get(1).name().ja().contains("予約取置室"));
    }

    @Test
    void anUnknownCodeFindsNoBranch() {
        assertTrue(directory.branch("nope").isEmpty());
        assertTrue(directory.branch("").isEmpty());
    }
}
