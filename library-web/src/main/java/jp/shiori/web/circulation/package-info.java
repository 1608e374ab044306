/**
 * 貸出・返却・延長 on the web: the staff desk (/staff/circulation/), its REST operations for desk clients
 * and integrators, and the loans tab of the patron's My page.
 */
package jp.shiori.web.circulation;
