/** Building blocks the jobs of every context share: a paged, restartable id reader. Owns no table. */
package jp.shiori.ops.batch;
