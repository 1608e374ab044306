package jp.shiori.it.ops;

import static jp.shiori.it.ShioriClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.shiori.it.Mailbox;
import jp.shiori.it.ShioriClient;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.it.TestDatabase;
import jp.shiori.it.circulation.LibraryFixtures;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reminder jobs send every notice once and only once: one digest per patron, nothing on a rerun, nothing
 * twice when a run fails halfway and is restarted, a new reminder after a renewal moved the due date; card
 * renewal reminders by mail, or on the counter list for a patron without a verified address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderJobsIT extends ShioriDeployment {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static final Duration RUN = Duration.ofSeconds(90);

    @ArquillianResource
    URL deploymentUrl;

    private ShioriClient staff;
    private ShioriClient operator;
    private LibraryFixtures library;
    private final Mailbox mailbox = new Mailbox();

    @BeforeEach
    void setUp() {
        URI base = baseUri(deploymentUrl);
        staff = ShioriClient.staff(base);
        operator = ShioriClient.newStaff(base, "OPERATOR");
        library = new LibraryFixtures(staff);
        mailbox.start();
    }

    @AfterEach
    void tearDown() {
        mailbox.stop();
    }

    /** A patron with a verified address and two loans due in two days. */
    private record Borrower(LibraryFixtures.Patron patron, String address, List<String> barcodes) {}

    private Borrower borrower(String name) {
        LibraryFixtures.Patron patron = library.patron(name);
        String address = Mailbox.uniqueAddress();
        TestDatabase.update(
                "update patron set email = ?, email_verified = true where card_number = ?", address, patron.card());
        List<String> barcodes = library.copies("返却期限の本 " + ShioriClient.uniqueWord(), "central", 2, true);
        for (String barcode : barcodes) {
            HttpResponse<String> lent = library.checkout(patron.card(), barcode);
            assertEquals(201, lent.statusCode(), lent.body());
        }
        TestDatabase.update(
                "update loan set due_on = ? where returned_at is null and patron_id ="
                        + " (select id from patron where card_number = ?)",
                TODAY.plusDays(2),
                patron.card());
        return new Borrower(patron, address, barcodes);
    }

    @Test
    void oneDigestPerPatronAndNothingOnARerun() throws Exception {
        Borrower hanako = borrower("期限 花子");
        JsonObject run = runToEnd("due-date-reminders", "{}");
        assertEquals("COMPLETED", run.getString("status"), run.toString());
        MimeMessage mail = mailbox.awaitDelivery(hanako.address(), "返却期限のお知らせ");
        String body = Mailbox.body(mail);
        assertTrue(body.contains("返却期限の本"), body);
        assertEquals(2, body.split("・返却期限の本", -1).length - 1, "both loans in one mail: " + body);
        assertTrue(body.contains("延長できます"), body);

        assertEquals("COMPLETED", runToEnd("due-date-reminders", "{}").getString("status"));
        Mailbox.awaitOutboxSent(staff, hanako.address());
        assertEquals(1, mailbox.allFor(hanako.address()).size(), "a rerun sends nothing twice");
    }

    @Test
    void aRenewalReArmsTheReminderForTheNewDueDate() throws Exception {
        Borrower taro = borrower("延長 太郎");
        assertEquals("COMPLETED", runToEnd("due-date-reminders", "{}").getString("status"));
        mailbox.awaitDelivery(taro.address(), "返却期限のお知らせ");
        long loan = TestDatabase.queryLong(
                "select min(l.id) from loan l join patron p on p.id = l.patron_id"
                        + " where p.card_number = ? and l.returned_at is null",
                taro.patron().card());
        HttpResponse<String> renewed =
                library.asPatron(library.token(taro.patron()), "POST", "api/v1/me/loans/" + loan + "/renewal");
        assertEquals(200, renewed.statusCode(), renewed.body());
        // The new due date is two weeks later: a run looking 20 days ahead reminds of it, once.
        assertEquals(
                "COMPLETED",
                runToEnd("due-date-reminders", "{\"daysBefore\":\"20\"}").getString("status"));
        Mailbox.awaitOutboxSent(staff, taro.address());
        List<MimeMessage> mails = mailbox.allFor(taro.address());
        assertEquals(2, mails.size(), "the first reminder and the one for the new due date");
        assertEquals(
                1,
                TestDatabase.queryLong(
                        "select count(*) from notice_ledger where loan_id = ?"
                                + " and kind = 'DUE_SOON' and due_on > ?",
                        loan,
                        TODAY.plusDays(2)));
    }

    @Test
    void aRunThatFailsHalfwayAndIsRestartedSendsEachNoticeOnce() throws Exception {
        List<Borrower> borrowers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            borrowers.add(borrower("再実行 " + i));
        }
        long failing = TestDatabase.queryLong(
                "select id from patron where card_number = ?",
                borrowers.get(2).patron().card());
        // A fault in the middle of the run: the third patron's ledger rows cannot be written.
        try (Connection c = TestDatabase.connect();
                Statement s = c.createStatement()) {
            s.execute("create or replace function it_fail_notice() returns trigger language plpgsql as $$"
                    + " begin if new.patron_id = " + failing + " then raise exception 'disk on fire'; end if;"
                    + " return new; end $$");
            s.execute("create trigger it_fail_notice before insert on notice_ledger for each row"
                    + " execute function it_fail_notice()");
        }
        JsonObject failed;
        try {
            failed = runToEnd("due-date-reminders", "{}");
        } finally {
            try (Connection c = TestDatabase.connect();
                    Statement s = c.createStatement()) {
                s.execute("drop trigger it_fail_notice on notice_ledger");
                s.execute("drop function it_fail_notice()");
            }
        }
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        mailbox.awaitDelivery(borrowers.get(0).address(), "返却期限のお知らせ");

        HttpResponse<String> restarted = operator.postJson(
                "api/v1/ops/executions/" + failed.getJsonNumber("executionId").longValue() + "/restart", "");
        assertEquals(202, restarted.statusCode(), restarted.body());
        JsonObject again = operator.await(
                "api/v1/ops/executions/"
                        + object(restarted).getJsonNumber("executionId").longValue(),
                e -> !OpsApiIT.running(e),
                RUN);
        assertEquals("COMPLETED", again.getString("status"), again.toString());
        for (Borrower b : borrowers) {
            Mailbox.awaitOutboxSent(staff, b.address());
            assertEquals(1, mailbox.allFor(b.address()).size(), b.patron().card() + ": exactly one reminder");
        }
    }

    @Test
    void aRunningJobShowsWhatItWroteSoFar() throws Exception {
        // 60 patrons with a loan due in two days, written straight into the tables; the last one's notice waits
        // for a lock this test holds, so the run stops in its second chunk (50 patrons each) until it lets go.
        String word = ShioriClient.uniqueWord();
        String cards = "7" + (System.nanoTime() % 1_000_000_000L);
        LibraryFixtures.Title title = library.title("進捗の本 " + word, "central", 0, true);
        TestDatabase.update(
                "insert into patron (card_number, name, email, email_verified, category,"
                        + " card_renewal_date, created_at, updated_at) select ? || lpad(g::text, 3, '0'), '進捗 ' || g,"
                        + " 'progress' || g || '-' || ? || '@example.jp', true, 'ADULT', current_date + 300, now(), now()"
                        + " from generate_series(1, 60) g",
                cards,
                word.toLowerCase());
        TestDatabase.update(
                "insert into item (barcode, title_id, branch_id, loanable, status, due_on, acquired_on)"
                        + " select 'PRG' || p.card_number, ?, (select id from branch where code = 'central'), true, 'ON_LOAN',"
                        + " ?, current_date from patron p where p.card_number like ? || '%'",
                title.id(), TODAY.plusDays(2), cards);
        TestDatabase.update(
                "insert into loan (item_id, patron_id, branch_id, checked_out_at, checked_out_by, due_on,"
                        + " renewals) select i.id, p.id, i.branch_id, now(), 'it', i.due_on, 0 from item i"
                        + " join patron p on i.barcode = 'PRG' || p.card_number where p.card_number like ? || '%'",
                cards);
        long last = TestDatabase.queryLong("select max(id) from patron where card_number like ? || '%'", cards);
        try (Connection lock = TestDatabase.connect();
                Statement s = lock.createStatement()) {
            s.execute("create or replace function it_wait_notice() returns trigger language plpgsql as $$"
                    + " begin if new.patron_id = " + last + " then perform pg_advisory_lock(4242);"
                    + " perform pg_advisory_unlock(4242); end if; return new; end $$");
            s.execute("create trigger it_wait_notice before insert on notice_ledger for each row"
                    + " execute function it_wait_notice()");
            s.execute("select pg_advisory_lock(4242)");
            JsonObject running;
            long id;
            try {
                HttpResponse<String> started = operator.postJson("api/v1/ops/jobs/due-date-reminders", "{}");
                assertEquals(202, started.statusCode(), started.body());
                id = object(started).getJsonNumber("executionId").longValue();
                running = operator.await(
                        "api/v1/ops/executions/" + id,
                        e -> !OpsApiIT.running(e) || e.getJsonNumber("done").longValue() >= 50,
                        RUN);
            } finally {
                s.execute("select pg_advisory_unlock(4242)");
            }
            assertEquals("STARTED", running.getString("status"), "held in its second chunk: " + running);
            assertTrue(running.getJsonNumber("done").longValue() >= 50, running.toString());
            assertTrue(running.getJsonNumber("total").longValue() >= 60, running.toString());
            JsonObject ended = operator.await("api/v1/ops/executions/" + id, e -> !OpsApiIT.running(e), RUN);
            assertEquals("COMPLETED", ended.getString("status"), ended.toString());
            assertTrue(ended.getJsonNumber("done").longValue() >= 60, ended.toString());
        } finally {
            try (Connection c = TestDatabase.connect();
                    Statement s = c.createStatement()) {
                s.execute("drop trigger if exists it_wait_notice on notice_ledger");
                s.execute("drop function if exists it_wait_notice()");
            }
        }
        assertEquals(
                60,
                TestDatabase.queryLong(
                        "select count(*) from notice_ledger n join patron p on p.id = n.patron_id"
                                + " where p.card_number like ? || '%' and n.kind = 'DUE_SOON'",
                        cards),
                "every patron told once");
    }

    @Test
    void aRunWhileTheMailServerIsDownCompletesAndItsMailWaitsInTheOutboxUntilItIsBack() throws Exception {
        mailbox.stop();
        Borrower taro = borrower("不通 太郎");

        JsonObject run = runToEnd("due-date-reminders", "{}");

        assertEquals("COMPLETED", run.getString("status"), run.toString());
        assertEquals(
                1,
                TestDatabase.queryLong(
                        "select count(*) from mail_outbox where recipient = ? and state <> 'SENT'", taro.address()),
                "the reminder waits in the outbox");
        assertEquals(
                2,
                TestDatabase.queryLong(
                        "select count(*) from notice_ledger n join patron p on p.id = n.patron_id"
                                + " where p.card_number = ?",
                        taro.patron().card()),
                "both loans are noted as reminded, with the mail that waits");
        mailbox.start();
        Mailbox.awaitOutboxSent(staff, taro.address());
        assertEquals(1, mailbox.allFor(taro.address()).size(), "the reminder arrives once the server is back");
        assertEquals("COMPLETED", runToEnd("due-date-reminders", "{}").getString("status"));
        Mailbox.awaitOutboxSent(staff, taro.address());
        assertEquals(1, mailbox.allFor(taro.address()).size(), "and is not sent again by the next run");
    }

    @Test
    void cardRenewalRemindersMailOnceOrGoToTheCounterList() throws Exception {
        LibraryFixtures.Patron mailed = library.patron("更新 近子", TODAY.plusDays(10));
        String address = Mailbox.uniqueAddress();
        TestDatabase.update(
                "update patron set email = ?, email_verified = true where card_number = ?", address, mailed.card());
        LibraryFixtures.Patron counter = library.patron("窓口 告知", TODAY.plusDays(5));

        assertEquals("COMPLETED", runToEnd("card-renewal-reminders", "{}").getString("status"));
        String body = Mailbox.body(mailbox.awaitDelivery(address, "利用者カード更新のお知らせ"));
        assertTrue(body.contains("免許証") && body.contains("0154-64-1740"), body);
        assertEquals(
                1,
                TestDatabase.queryLong(
                        "select count(*) from notice_ledger n join patron p on p.id = n.patron_id"
                                + " where p.card_number = ? and n.channel = 'COUNTER'",
                        counter.card()),
                "on the counter list");

        assertEquals("COMPLETED", runToEnd("card-renewal-reminders", "{}").getString("status"));
        Mailbox.awaitOutboxSent(staff, address);
        assertEquals(1, mailbox.allFor(address).size(), "once per renewal date");
    }

    private JsonObject runToEnd(String job, String parameters) {
        HttpResponse<String> started = operator.postJson("api/v1/ops/jobs/" + job, parameters);
        assertEquals(202, started.statusCode(), started.body());
        long id = object(started).getJsonNumber("executionId").longValue();
        return operator.await("api/v1/ops/executions/" + id, e -> !OpsApiIT.running(e), RUN);
    }
}
