package jp.shiori.web.patron;

import jakarta.servlet.http.HttpSession;

/**
 * A CDI event: a patron has just logged in on the login page, in this (new) session. Observers move what the
 * visitor did before logging in into the patron's account (the hold basket).
 */
public record PatronLoggedIn(long patronId, HttpSession session) {}
