package jp.shiori.patron;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 利用者管理: what staff with the PATRONS role do at the counter. Every change is written to the audit log
 * with the acting staff member.
 */
public interface PatronAdministration {

    /** At most this many patrons answer a search. */
    int SEARCH_LIMIT = 50;

    /**
     * Finds patrons by card number (as typed, with or without the "A"), or by the start of the name, the
     * kana reading, the phone number or the e-mail address.
     */
    List<PatronRecord> search(@Size(max = 200) String query);

    Optional<PatronRecord> record(long id);

    /** @throws jp.shiori.common.RefusedException CONFLICT when someone changed the patron since {@code version} */
    void update(long id, PatronChanges changes, String actor);

    /** 利用者カードの更新: one year from today or from the previous date, as the library's policy says. */
    LocalDate renewCard(long id, String actor);

    void block(long id, String reason, String actor);

    void unblock(long id, String actor);

    /**
     * パスワード登録 at the counter: sets the web-service password (and lifts a login lock). Returns every
     * problem; when there is any, nothing changed.
     */
    List<PasswordProblem> setPassword(long id, String next, String nextAgain, String actor);

    /** The audit log, newest first: everything, or what was done to or by one subject ({@code patron:12}). */
    List<AuditRecord> audit(String subjectOrActor, int limit);
}
