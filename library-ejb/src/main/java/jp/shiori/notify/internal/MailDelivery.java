package jp.shiori.notify.internal;

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
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.shiori.common.LibraryClock;

/**
 * Delivers due mail of the outbox every few seconds ({@code LIBRARY_MAIL_POLL_SECONDS}), a small batch at a
 * time in the order it was written. Without {@code LIBRARY_SMTP_HOST} nothing is sent and mail waits in the
 * outbox. One server delivers; the singleton's lock keeps two rounds from overlapping.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());
    private static final int BATCH = 20;

    @Inject
    private LibraryClock clock;

    @Resource
    private TimerService timers;

    @EJB
    private OutboxDelivery delivery;

    private MailSettings settings;
    private Session session;

    @PostConstruct
    void start() {
        settings = MailSettings.fromEnvironment();
        if (!settings.deliveryOn()) {
            LOG.info("Mail delivery is off (LIBRARY_SMTP_HOST is not set); mail waits in the outbox.");
            return;
        }
        session = settings.session();
        long poll = settings.poll().toMillis();
        timers.createIntervalTimer(poll, poll, new TimerConfig("mail-delivery", false));
        LOG.info(() -> "Mail delivery on: " + settings);
    }

    @Timeout
    void deliverDueMail() {
        try {
            for (long id : delivery.due(clock.now(), BATCH)) {
                try {
                    delivery.attempt(id, session, settings.from(), settings.retries());
                } catch (RuntimeException e) {
                    // e.g. staff resent it meanwhile (optimistic lock); the next round sees the new state
                    LOG.log(Level.WARNING, "Mail " + id + ": delivery attempt not recorded", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery round failed; trying again next round", e);
        }
    }
}
