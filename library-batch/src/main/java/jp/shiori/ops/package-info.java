/**
 * Jakarta Batch jobs (reindex, hold expiry, reminders, new-arrival mail) and their scheduler. The module
 * joins the EAR with its first job: GlassFish refuses an EJB module that holds no bean.
 */
package jp.shiori.ops;
