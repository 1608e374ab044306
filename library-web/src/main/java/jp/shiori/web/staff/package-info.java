/**
 * The staff back office (/staff) and the staff side of the REST API: staff accounts log in on their own login
 * page or with a staff bearer token; every screen area and REST operation names the {@link jp.shiori.staff.StaffRole}
 * it needs, and {@link jp.shiori.web.staff.StaffCaller} names the staff member for the audit log.
 */
package jp.shiori.web.staff;
