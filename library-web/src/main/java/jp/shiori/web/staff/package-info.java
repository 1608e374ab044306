/**
 * The staff back office (/staff) and the write side of the REST API. Until staff login arrives
 * (accounts issue), both answer only requests from this machine: see {@link jp.shiori.web.staff.StaffAccess}.
 */
package jp.shiori.web.staff;
