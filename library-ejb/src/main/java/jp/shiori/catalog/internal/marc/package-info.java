/**
 * MARC import: reads MARC 21 records (ISO 2709 in MARC-8 or UTF-8, or MARCXML) into {@code TitleDraft}s.
 * Owns the mapping of MARC fields to the catalog contract, including the kana readings of JAPAN/MARC 880s.
 * A record it cannot use is skipped with the reason, never thrown; only an unreadable stream fails.
 */
package jp.shiori.catalog.internal.marc;
