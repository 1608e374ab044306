/**
 * Operations: schema migration at deployment, health of the database, and (later) batch job control
 * and the mail outbox view for operators.
 */
package jp.shiori.ops.internal;
