package jp.shiori.notify.internal;

/** A mail rendered from its template, as it will be sent. */
record RenderedMail(String subject, String body) {}
