package jp.shiori.booklist;

/**
 * The first use (or the acceptance of new terms): the nickname and the terms the patron read and accepted.
 *
 * @param termsVersion the version of the terms shown to the patron; must be {@link BookListRules#TERMS_VERSION}
 */
public record BookListStart(String nickname, Integer termsVersion, boolean acceptTerms) {}
