/** The counter's list of patrons to tell that their card renewal date is near. */
package jp.shiori.web.reminders;
