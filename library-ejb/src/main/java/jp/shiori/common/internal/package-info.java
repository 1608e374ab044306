/**
 * The shared kernel of the services: the library clock's producer, the audit log (one for every context), password
 * hashing and the stored login state of patrons and staff. Every context may use it; it uses no context.
 */
package jp.shiori.common.internal;
