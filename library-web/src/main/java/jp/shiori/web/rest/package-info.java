/**
 * What every REST resource shares: the application at {@code /api/v1}, errors as {@code application/problem+json}
 * with stable codes, and the served OpenAPI document. Authentication and roles are {@code web.security}'s.
 */
package jp.shiori.web.rest;
