/**
 * 貸出・返却・延長 (circulation): loan policies as data, due dates around closed days, the desk's check-out and
 * check-in, and the patron's renewals. Owns the loan history; hands checked-in items to {@link
 * jp.shiori.circulation.HoldQueue}, which the holds context implements, and answers the holds' questions about
 * loans through {@link jp.shiori.circulation.OpenLoans}.
 */
package jp.shiori.circulation;
