/** Staff accounts in the database, their login and the first administrator from configuration. */
package jp.shiori.staff.internal;
