/**
 * ブックリスト: the patron's own reading record — nickname and the reading-service terms, automatic registration
 * of loans from the moment it is turned on, entries (読了 / 読みたい本), categories and the export. Private to the
 * patron: no staff operation reads it, and it is not offered on the library's OPAC terminals.
 */
package jp.shiori.booklist;
