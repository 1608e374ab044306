package jp.shiori.alerts;

import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.Ndc;
import jp.shiori.catalog.SearchRequest;
import jp.shiori.catalog.SearchSort;

/**
 * 希望する資料の条件: what an alert looks for, the fields of 詳細検索 — keywords, title, author, publisher, subject,
 * an NDC class prefix (596 お菓子作り), a material type, a branch and a language. Texts are trimmed; a text of only
 * spaces is no condition.
 */
public record AlertConditions(
        @Size(max = MAX_INPUT) String keywords,
        @Size(max = MAX_INPUT) String title,
        @Size(max = MAX_INPUT) String author,
        @Size(max = MAX_INPUT) String publisher,
        @Size(max = MAX_INPUT) String subject,
        @Size(max = MAX_INPUT) String ndc,
        MaterialType materialType,
        @Size(max = MAX_INPUT) String branchCode,
        @Size(max = MAX_INPUT) String language)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A condition is at most this long (the catalog search's own limit). */
    public static final int MAX_TEXT = SearchRequest.MAX_TEXT_LENGTH;
    /** A mail title is at most this long. */
    public static final int MAX_MAIL_TITLE = 100;
    /** Longer input is not even looked at (the rules then say TEXT_TOO_LONG); it keeps problem lists small. */
    public static final int MAX_INPUT = 100_000;
    /** The catalog's languages (ISO 639-2/B) an alert may ask for. */
    public static final List<String> LANGUAGES = List.of("jpn", "eng", "chi", "kor", "fre", "ger");

    /** Characters of search syntax: conditions are words to look for, so these are refused, not interpreted. */
    private static final Pattern QUERY_SYNTAX = Pattern.compile("[*?:\"()\\[\\]{}^~\\\\]|&&|\\|\\|");

    public AlertConditions {
        keywords = clean(keywords);
        title = clean(title);
        author = clean(author);
        publisher = clean(publisher);
        subject = clean(subject);
        ndc = ndc == null ? null : clean(Ndc.normalize(ndc));
        branchCode = clean(branchCode);
        language = clean(language);
    }

    /** Nothing at all to look for. */
    @JsonbTransient
    public boolean isEmpty() {
        return texts().allMatch(t -> t == null)
                && ndc == null
                && materialType == null
                && branchCode == null
                && language == null;
    }

    /** Every rule these conditions break, in a stable order; {@code branches} are the codes that exist. */
    public List<AlertProblem> problems(Set<String> branches) {
        List<AlertProblem> problems = new ArrayList<>();
        if (isEmpty()) {
            problems.add(AlertProblem.NO_CONDITION);
        }
        if (allTexts().anyMatch(t -> t != null && t.length() > MAX_TEXT)) {
            problems.add(AlertProblem.TEXT_TOO_LONG);
        }
        if (allTexts().anyMatch(AlertConditions::hasControlCharacters)) {
            problems.add(AlertProblem.CONTROL_CHARACTERS);
        }
        if (texts().anyMatch(t -> t != null
                && QUERY_SYNTAX
                        .matcher(Normalizer.normalize(t, Normalizer.Form.NFKC))
                        .find())) {
            problems.add(AlertProblem.QUERY_SYNTAX);
        }
        if (ndc != null && !Ndc.isValidPrefix(ndc)) {
            problems.add(AlertProblem.INVALID_NDC);
        }
        if (branchCode != null && !branches.contains(branchCode)) {
            problems.add(AlertProblem.UNKNOWN_BRANCH);
        }
        if (language != null && !LANGUAGES.contains(language)) {
            problems.add(AlertProblem.UNKNOWN_LANGUAGE);
        }
        return problems;
    }

    /** The catalog search these conditions make, on the given page. */
    public SearchRequest toSearch(int page, int size) {
        return new SearchRequest(
                keywords,
                title,
                author,
                publisher,
                subject,
                null,
                ndc,
                null,
                null,
                materialType == null ? Set.of() : Set.of(materialType),
                branchCode == null ? Set.of() : Set.of(branchCode),
                false,
                null,
                language == null ? Set.of() : Set.of(language),
                SearchSort.NEWEST,
                page,
                size);
    }

    private Stream<String> texts() {
        return Stream.of(keywords, title, author, publisher, subject);
    }

    private Stream<String> allTexts() {
        return Stream.of(keywords, title, author, publisher, subject, ndc, branchCode, language);
    }

    /** Trimmed (full-width spaces too); empty is null. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    // Tab and newline are typed by habit or pasted into a search; in a condition they are still not text.
    static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(Character::isISOControl);
    }
}
