package jp.shiori.web.notify;

/** The operator's test mail: to whom, and in which language ({@code ja} unless given). */
public record MailTestRequest(String to, String language) {

    String languageOrJapanese() {
        return language == null || language.isBlank() ? "ja" : language;
    }
}
