/**
 * The holds context's entities and services: the patron's hold basket (予約かご) in the database, and the holds,
 * their queues and the items set aside for them.
 */
package jp.shiori.holds.internal;
