package jp.shiori.alerts.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.shiori.alerts.AlertConditions;
import jp.shiori.catalog.NewArrival;
import jp.shiori.catalog.NewArrivals;
import jp.shiori.catalog.TitleSummary;

/**
 * The parameters of one alert's mail (template {@value #TEMPLATE}): its matches — title, author, publisher,
 * year, the branches holding copies, a link to the title page — then "and N more" with a link to the full
 * result, and the signed unsubscribe link. Line texts come from {@code jp/shiori/alerts/alert-mail*.properties}.
 */
final class NewArrivalMail {

    static final String TEMPLATE = "new-arrivals";

    private NewArrivalMail() {}

    static Map<String, String> parameters(
            String language,
            String patronName,
            String libraryName,
            String mailTitle,
            AlertConditions conditions,
            NewArrivals arrivals,
            Function<String, String> branchName,
            String linkBase,
            String unsubscribeLink) {
        ResourceBundle texts = ResourceBundle.getBundle(
                "jp.shiori.alerts.alert-mail", Locale.forLanguageTag(language), NewArrivalMail.class.getClassLoader());
        StringBuilder lines = new StringBuilder();
        int n = 0;
        for (NewArrival a : arrivals.titles()) {
            TitleSummary t = a.title();
            String details = String.join(
                    " / ",
                    List.of(
                                    String.join("・", t.authors()),
                                    t.publisher() == null ? "" : t.publisher(),
                                    t.publicationYear() == null
                                            ? ""
                                            : t.publicationYear().toString())
                            .stream()
                            .filter(s -> !s.isBlank())
                            .toList());
            String branches = a.branchCodes().stream().map(branchName).collect(Collectors.joining("、"));
            lines.append(MessageFormat.format(
                    texts.getString("line"),
                    Integer.toString(++n),
                    t.title(),
                    details.isEmpty() ? "-" : details,
                    branches.isEmpty() ? "-" : branches,
                    linkBase + "title.xhtml?id=" + t.id()));
        }
        long more = arrivals.total() - arrivals.titles().size();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("patronName", patronName);
        p.put("libraryName", libraryName);
        p.put("mailTitle", mailTitle);
        p.put("count", Long.toString(arrivals.total()));
        p.put("titles", lines.toString());
        p.put("more", more > 0 ? MessageFormat.format(texts.getString("more"), Long.toString(more)) : "");
        p.put("resultLink", linkBase + "search.xhtml?" + searchQuery(conditions));
        p.put("unsubscribeLink", unsubscribeLink);
        return p;
    }

    /** The OPAC's search page parameters for the same conditions, newest first. */
    static String searchQuery(AlertConditions c) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("q", c.keywords());
        q.put("title", c.title());
        q.put("author", c.author());
        q.put("publisher", c.publisher());
        q.put("subject", c.subject());
        q.put("ndc", c.ndc());
        q.put("type", c.materialType() == null ? null : c.materialType().name());
        q.put("branch", c.branchCode());
        q.put("language", c.language());
        q.put("sort", "NEWEST");
        return q.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
