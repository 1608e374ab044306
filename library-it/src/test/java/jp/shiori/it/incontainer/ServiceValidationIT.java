package jp.shiori.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import jp.shiori.circulation.CheckinRequest;
import jp.shiori.circulation.Circulation;
import jp.shiori.holds.ContactMethod;
import jp.shiori.holds.HoldPlacement;
import jp.shiori.holds.HoldType;
import jp.shiori.holds.Holds;
import jp.shiori.it.ShioriDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The constraints of library-api's service interfaces and DTO records are checked by the container when a bean
 * calls a service (Holds, HoldPlacement, Circulation): an invalid argument is a constraint violation naming the
 * parameter, and nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceValidationIT extends ShioriDeployment {

    @Inject
    Holds holds;

    @Inject
    Circulation circulation;

    @Resource(lookup = "java:app/jdbc/shiori")
    DataSource dataSource;

    @Test
    void aPlacementOfMoreTitlesThanTheBasketHoldsIsAConstraintViolationOfTitleIds() throws Exception {
        List<Long> tooMany =
                LongStream.rangeClosed(1, HoldPlacement.MAX_TITLES + 1).boxed().toList();
        HoldPlacement placement =
                new HoldPlacement(tooMany, HoldType.ANY_N, -1, ContactMethod.NONE, "central", "counter", false, "ja");
        long before = count("hold");

        Set<String> paths = violationPaths(() -> holds.place(1L, placement, false, "it:validation"));

        assertTrue(paths.contains("place.placement.titleIds"), paths.toString());
        assertTrue(paths.contains("place.placement.wanted"), paths.toString());
        assertEquals(before, count("hold"), "nothing was placed");
    }

    @Test
    void aMissingPlacementAndABlankActorAreRefusedBeforeTheServiceRuns() {
        Set<String> paths = violationPaths(() -> holds.place(1L, null, false, " "));

        assertEquals(Set.of("place.placement", "place.actor"), paths);
    }

    @Test
    void aStaffCancellationWithoutAReasonIsAConstraintViolation() {
        Set<String> paths = violationPaths(() -> holds.cancelByStaff(1L, "  ", "it:validation"));

        assertEquals(Set.of("cancelByStaff.reason"), paths);
    }

    @Test
    void aCheckinRequestRecordIsValidatedWhereTheServiceIsDeclared() {
        Set<String> paths =
                violationPaths(() -> circulation.checkin(new CheckinRequest("", "x".repeat(40)), "it:validation"));

        assertEquals(Set.of("checkin.request.barcode", "checkin.request.branchCode"), paths);
    }

    /** The property paths of the violations the call raised (an EJB may wrap the exception). */
    private static Set<String> violationPaths(Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return violation.getConstraintViolations().stream()
                        .map(ConstraintViolation::getPropertyPath)
                        .map(Object::toString)
                        .collect(Collectors.toSet());
            }
        }
        throw new AssertionError("not a constraint violation", thrown);
    }

    private long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
