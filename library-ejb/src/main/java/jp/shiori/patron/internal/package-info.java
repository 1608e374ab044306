/**
 * Patron accounts: the Patron entity and its login rule, password hashing (Jakarta Security PBKDF2),
 * registration at the counter, and the audit log of account actions.
 */
package jp.shiori.patron.internal;
