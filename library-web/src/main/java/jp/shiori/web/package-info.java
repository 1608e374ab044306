/**
 * The web tier: JSF/PrimeFaces screens for patrons (/) and staff (/staff), the REST API (/api/v1) and SRU (/sru).
 * Grouped by bounded context; it talks to library-api interfaces only, never to entities.
 */
package jp.shiori.web;
