package jp.shiori.notify.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.shiori.branch.BranchDirectory;
import jp.shiori.common.ErrorCode;
import jp.shiori.common.LibraryClock;
import jp.shiori.common.RefusedException;
import jp.shiori.notify.MailMessage;
import jp.shiori.notify.MailOutbox;
import jp.shiori.notify.OutboxMail;
import jp.shiori.notify.OutboxState;

@ValidateOnExecution
@Stateless
public class DefaultMailOutbox implements MailOutbox {

    @Inject
    private LibraryClock clock;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BranchDirectory branches;

    // The interface's constraints are checked here too: a malformed address must not reach the outbox
    // even where the container does not validate EJB parameters.
    @Inject
    private Validator validator;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long enqueue(MailMessage message) {
        Set<ConstraintViolation<MailMessage>> violations =
                validator.validate(Objects.requireNonNull(message, "message"));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        RenderedMail mail = MailTemplates.render(message.template(), message.language(), message.parameters());
        OutboxEntry entry = new OutboxEntry(message.to(), message.language(), mail, clock.now());
        entry.withHeaders(message.headers());
        em.persist(entry);
        em.flush();
        return entry.id();
    }

    @Override
    public long enqueueTest(String to, String language) {
        String libraryName = branches.libraryName().in(java.util.Locale.forLanguageTag(language));
        return enqueue(new MailMessage(to, language, TEST_TEMPLATE, Map.of("libraryName", libraryName)));
    }

    @Override
    public String senderAddress() {
        return MailSettings.fromEnvironment().from();
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em.find(OutboxEntry.class, id)).map(OutboxEntry::view);
    }

    @Override
    public List<OutboxMail> recent(OutboxState state, int max) {
        var query = state == null
                ? em.createNamedQuery(OutboxEntry.NEWEST, OutboxEntry.class)
                : em.createNamedQuery(OutboxEntry.NEWEST_IN_STATE, OutboxEntry.class)
                        .setParameter("state", state);
        return query.setMaxResults(max).getResultStream().map(OutboxEntry::view).toList();
    }

    @Override
    public void resend(long id) {
        OutboxEntry entry = em.find(OutboxEntry.class, id);
        if (entry == null) {
            throw new RefusedException(ErrorCode.NOT_FOUND, "No mail " + id + " in the outbox.");
        }
        entry.resend(clock.now());
    }
}
