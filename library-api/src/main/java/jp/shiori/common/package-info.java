/**
 * The shared kernel of every bounded context: the library clock (instants, the library's zone and day), localized
 * texts, error codes and the login throttle of patrons and staff. Nothing here knows JPA, JSF or JAX-RS.
 */
package jp.shiori.common;
