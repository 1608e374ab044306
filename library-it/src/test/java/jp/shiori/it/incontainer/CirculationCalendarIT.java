package jp.shiori.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import jp.shiori.catalog.CatalogRecords;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.NewItem;
import jp.shiori.catalog.TitleDraft;
import jp.shiori.circulation.Checkin;
import jp.shiori.circulation.CheckinRequest;
import jp.shiori.circulation.Checkout;
import jp.shiori.circulation.CheckoutRequest;
import jp.shiori.circulation.Circulation;
import jp.shiori.circulation.LoanView;
import jp.shiori.circulation.RenewalRefusal;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.RefusedException;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.patron.NewPatron;
import jp.shiori.patron.PatronAccounts;
import jp.shiori.patron.PatronCategory;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the EAR, where a test can move the calendar: closed days move a due date, and a loan whose due date
 * has passed is overdue — not renewable, and its days are counted at check-in.
 */
@ExtendWith(ArquillianExtension.class)
class CirculationCalendarIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    /** No other test lends from this branch, so its closed days disturb nobody. */
    private static final String BRANCH = "central-district";

    @Inject
    Circulation circulation;

    @Inject
    PatronAccounts patrons;

    @Inject
    CatalogRecords catalog;

    @Resource(lookup = "java:app/jdbc/shiori")
    DataSource database;

    private String patron() {
        String card = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        patrons.register(
                new NewPatron(
                        card,
                        "暦 太郎",
                        null,
                        null,
                        null,
                        null,
                        PatronCategory.ADULT,
                        TODAY.plusYears(1),
                        "calendar-pass"),
                "it");
        return card;
    }

    private String copy() {
        long title = catalog.store(new TitleDraft(
                        "IT",
                        UUID.randomUUID().toString(),
                        "暦の本",
                        null,
                        List.of(),
                        null,
                        null,
                        List.of(),
                        null,
                        MaterialType.BOOK,
                        null,
                        null,
                        null,
                        null,
                        List.of()))
                .id();
        String barcode = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        catalog.addItem(title, new NewItem(barcode, BRANCH, null, null, true, TODAY.minusYears(1)));
        return barcode;
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    @Test
    void aDueDateOnAClosedDayOfTheOwningBranchMovesToItsNextOpenDay() throws Exception {
        LocalDate closedFrom = TODAY.plusDays(14);
        sql(
                "insert into branch_closed_day (branch_id, closed_on, reason_ja) select id, ?, '蔵書点検' from branch where code = ?",
                closedFrom,
                BRANCH);
        sql(
                "insert into branch_closed_day (branch_id, closed_on, reason_ja) select id, ?, '蔵書点検' from branch where code = ?",
                closedFrom.plusDays(1),
                BRANCH);
        try {
            Checkout loan = circulation.checkout(new CheckoutRequest(patron(), copy(), "central"), "staff:it");
            assertEquals(TODAY.plusDays(16), loan.dueOn(), "the desk's branch is open; the owning branch is not");
        } finally {
            sql(
                    "delete from branch_closed_day where closed_on in (?, ?) and branch_id = (select id from branch where code = ?)",
                    closedFrom,
                    closedFrom.plusDays(1),
                    BRANCH);
        }
    }

    @Test
    void anOverdueLoanIsNotRenewedSaysTheBranchPhoneAndCountsItsDaysAtCheckIn() throws Exception {
        String card = patron();
        String barcode = copy();
        Checkout lent = circulation.checkout(new CheckoutRequest(card, barcode, "central"), "staff:it");
        sql("update loan set due_on = ? where id = ?", TODAY.minusDays(3), lent.loanId());

        LoanView overdue = circulation.loansOf(lent.patronId()).get(0);
        assertTrue(overdue.overdue());
        assertEquals(3, overdue.overdueDays());
        assertEquals(List.of(RenewalRefusal.OVERDUE), overdue.renewalRefusals());
        assertFalse(overdue.branchPhone() == null || overdue.branchPhone().isBlank(), "the phone to call is shown");
        RefusedException refused =
                assertThrows(RefusedException.class, () -> circulation.renew(lent.patronId(), lent.loanId()));
        assertEquals(ErrorCode.LOAN_OVERDUE, refused.code());
        assertEquals(1, circulation.desk(card).overdueCount());

        Checkin back = circulation.checkin(new CheckinRequest(barcode, "east"), "staff:it");
        assertEquals(3, back.overdueDays());
        assertTrue(circulation.loansOf(lent.patronId()).isEmpty());
    }

    @Test
    void theDatabaseRefusesASecondOpenLoanOfOneItemWhateverTheApplicationDoes() throws Exception {
        String card = patron();
        String barcode = copy();
        Checkout lent = circulation.checkout(new CheckoutRequest(card, barcode, "central"), "staff:it");
        java.sql.SQLException refused = assertThrows(
                java.sql.SQLException.class,
                () -> sql(
                        "insert into loan (item_id, patron_id, branch_id, checked_out_at, checked_out_by, due_on)"
                                + " select item_id, patron_id, branch_id, checked_out_at, 'sql', due_on from loan where id = ?",
                        lent.loanId()));
        assertTrue(refused.getMessage().contains("loan_open_item_uk"), refused.getMessage());
    }
}
