/**
 * Staff accounts on the web: the staff login, the back office's menu (/staff), staff accounts and the audit log for
 * administrators, and staff bearer tokens for desk and integrator clients. Each screen area and REST operation names
 * the {@link jp.shiori.staff.StaffRole} it needs; {@link jp.shiori.web.staff.StaffCaller} names the staff member for
 * the audit log. The other contexts' staff pages live in their own packages ({@code web.patron}, {@code web.catalog}…).
 */
package jp.shiori.web.staff;
