/**
 * Value types shared by every bounded context of Shiori (localized texts, error codes).
 * Nothing here knows JPA, JSF or JAX-RS.
 */
package jp.shiori.common;
