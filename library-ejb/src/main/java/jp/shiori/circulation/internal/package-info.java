/**
 * Circulation's entities and services: loans (kept as history) and the loan policy table; the desk's check-out and
 * check-in and the renewals (DefaultCirculation), the loan lists (LoanViews). Items, branches and patrons are asked
 * for through their contexts' interfaces; the holds answer through {@link jp.shiori.circulation.HoldQueue}.
 */
package jp.shiori.circulation.internal;
