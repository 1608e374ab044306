/**
 * Patrons and their cards: the card number as patrons type it, the yearly card renewal, the password
 * policy (the login throttle is the shared kernel's). Owns the patrons' standing; other contexts ask it through
 * {@link jp.shiori.patron.PatronAccounts} (profiles, the patron's row lock). The accounts, login and self-service screens build on these rules.
 */
package jp.shiori.patron;
