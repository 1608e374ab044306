/** Operators' REST and screens: batch jobs (start, progress, history). Staff-only. */
package jp.shiori.web.ops;
