/**
 * Jakarta Batch plumbing: starting jobs by name and reading their executions and progress for
 * operators, and the start-up check that rebuilds a catalog index that lacks titles.
 */
package jp.shiori.ops.internal;
