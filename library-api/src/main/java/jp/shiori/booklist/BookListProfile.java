package jp.shiori.booklist;

import java.time.Instant;

/**
 * The patron's book list settings.
 *
 * @param termsCurrent whether the accepted terms are the version in force; otherwise nothing works until accepted
 * @param autoRegisterSince when 自動登録 was turned on; null while it is off
 */
public record BookListProfile(
        String nickname, int termsVersion, boolean termsCurrent, boolean autoRegister, Instant autoRegisterSince) {}
