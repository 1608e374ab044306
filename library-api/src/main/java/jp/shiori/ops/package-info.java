/**
 * Operations: starting, stopping and watching batch jobs (reindex, imports, and later expiry, reminders
 * and new-arrival mail). The jobs themselves live in library-batch.
 */
package jp.shiori.ops;
