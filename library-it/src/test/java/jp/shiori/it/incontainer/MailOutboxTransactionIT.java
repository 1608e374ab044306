package jp.shiori.it.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRequiredException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.UUID;
import jp.shiori.common.RefusedException;
import jp.shiori.it.ShioriDeployment;
import jp.shiori.notify.MailMessage;
import jp.shiori.notify.MailOutbox;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the EAR: a mail exists exactly when the transaction that wrote it commits. */
@ExtendWith(ArquillianExtension.class)
class MailOutboxTransactionIT extends ShioriDeployment {

    @Inject
    MailOutbox outbox;

    @Inject
    UserTransaction transaction;

    private static MailMessage verification(String to) {
        return new MailMessage(
                to,
                "ja",
                "email-verification",
                Map.of(
                        "libraryName",
                        "釧路市図書館",
                        "patronName",
                        "釧路 太郎",
                        "link",
                        "https://library.example/verify/abc",
                        "validHours",
                        "24"));
    }

    private static String uniqueAddress() {
        return "tx-" + UUID.randomUUID() + "@patron.example.jp";
    }

    @Test
    void aMailWrittenInACommittedTransactionIsPendingWithItsRenderedSubject() throws Exception {
        transaction.begin();
        long id = outbox.enqueue(verification(uniqueAddress()));
        transaction.commit();

        var mail = outbox.find(id).orElseThrow();
        assertEquals("【釧路市図書館】メールアドレス確認のお願い", mail.subject());
        assertEquals(id, mail.id());
        assertTrue(outbox.recent(null, 50).stream().anyMatch(m -> m.id() == id));
    }

    @Test
    void aMailWrittenInARolledBackTransactionIsNeverSent() throws Exception {
        transaction.begin();
        long id = outbox.enqueue(verification(uniqueAddress()));
        transaction.rollback();

        assertTrue(outbox.find(id).isEmpty());
    }

    @Test
    void writingAMailOutsideATransactionIsRefused() {
        EJBException e = assertThrows(EJBException.class, () -> outbox.enqueue(verification(uniqueAddress())));
        assertInstanceOf(EJBTransactionRequiredException.class, e);
    }

    @Test
    void aMailToSomethingThatIsNotAnAddressIsRefused() throws Exception {
        transaction.begin();
        try {
            EJBException e = assertThrows(
                    EJBException.class,
                    () -> outbox.enqueue(
                            new MailMessage("not an address", "ja", "mail-test", Map.of("libraryName", "釧路市図書館"))));
            Throwable cause = e;
            while (cause != null && !(cause instanceof jakarta.validation.ConstraintViolationException)) {
                cause = cause.getCause();
            }
            assertInstanceOf(jakarta.validation.ConstraintViolationException.class, cause, e.toString());
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void aMailWithAMissingParameterIsRefusedAndRollsTheTransactionBack() throws Exception {
        transaction.begin();
        try {
            assertThrows(
                    RefusedException.class,
                    () -> outbox.enqueue(
                            new MailMessage(uniqueAddress(), "ja", "password-reset", Map.of("libraryName", "釧路市図書館"))));
            assertEquals(jakarta.transaction.Status.STATUS_MARKED_ROLLBACK, transaction.getStatus());
        } finally {
            transaction.rollback();
        }
    }
}
