/**
 * Starts Shiori for a developer or a test run: a database (the configured PostgreSQL, or an embedded
 * one), a Payara domain with the application's environment, and the deployed EAR. Production domains
 * are configured by the asadmin scripts in server-config/asadmin instead.
 */
package jp.shiori.server;
