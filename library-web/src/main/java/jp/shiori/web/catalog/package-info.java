/**
 * The catalog on the web: search, 詳細検索 and title pages for patrons, catalog REST (search, titles, copies), and
 * the cataloguers' MARC import (its screen at /staff/catalog-import.xhtml and its REST operations).
 */
package jp.shiori.web.catalog;
