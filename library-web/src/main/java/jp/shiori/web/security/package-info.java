/**
 * The one authentication of the web application ({@link jp.shiori.web.security.LoginMechanism}): patrons by card and
 * staff by account on their own login pages, kept for the session; REST clients by bearer token at every request.
 * {@code @RolesAllowed} with the names of {@link jp.shiori.web.security.Roles} decides who may call a REST operation.
 */
package jp.shiori.web.security;
