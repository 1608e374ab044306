/**
 * Patrons and their cards: the card number as patrons type it, the yearly card renewal, the password
 * policy and the login throttle. The accounts, login and self-service screens build on these rules.
 */
package jp.shiori.patron;
