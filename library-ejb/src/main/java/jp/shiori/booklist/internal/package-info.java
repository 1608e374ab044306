/**
 * The book list in the database: the patron's nickname, terms and 自動登録 (booklist_profile), categories and entries.
 * Loans arrive from circulation as events observed after commit ({@link jp.shiori.booklist.internal.LoanHistory});
 * every row goes with its patron.
 */
package jp.shiori.booklist.internal;
