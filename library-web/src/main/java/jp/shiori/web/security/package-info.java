/** The one login of the web application: patrons by card, staff by account, each with its own login page. */
package jp.shiori.web.security;
