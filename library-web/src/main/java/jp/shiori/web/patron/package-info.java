/**
 * The patron's side of accounts: card login (Jakarta Security form login with a patron identity store),
 * My page, and registration at the counter through the staff REST API.
 */
package jp.shiori.web.patron;
