/**
 * Patrons on the web: card login (a patron identity store behind the one login), My page, passwords and mail links,
 * the patron apps' {@code /me} REST; and the counter's patron pages (search, registration, changes, blocks) with
 * their staff REST operations. OPAC terminals of the library are recognised here too.
 */
package jp.shiori.web.patron;
