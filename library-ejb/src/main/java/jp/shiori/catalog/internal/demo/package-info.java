/**
 * The demo catalog of the run command: the real titles and authors of Aozora Bunko's index and the
 * NDL's JAPAN/MARC sample, with copies spread over the branches. Loaded only when LIBRARY_DEMO_DATA
 * names the data folder and the catalog is empty; production never sets it.
 */
package jp.shiori.catalog.internal.demo;
