/** The hold-expiry job's artifacts: count, read and expire ready holds past their deadline. Owns no table. */
package jp.shiori.holds.batch;
