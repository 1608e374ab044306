package jp.shiori.web.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.shiori.web.i18n.Messages;

/**
 * A problem document for a request that prefers Japanese ({@code Accept-Language: ja}) carries its {@code detail}
 * in Japanese: those the API wrote in English (a service's refusal, a resource's own check) get the Japanese text of
 * their stable {@code code}, with the fields of {@code errors}. The bad-request mappings write Japanese themselves.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !prefersJapanese(request)) {
            return;
        }
        if (problem.detail() != null && JAPANESE.matcher(problem.detail()).find()) {
            return;
        }
        String detail = Messages.getOr(Locale.JAPANESE, "problem.code." + problem.code(), null);
        if (detail == null) {
            return;
        }
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            detail = detail + "（" + String.join(", ", problem.errors()) + "）";
        }
        response.setEntity(
                new Problem(
                        problem.type(), problem.title(), problem.status(), detail, problem.code(), problem.errors()),
                response.getEntityAnnotations(),
                response.getMediaType());
    }

    private static boolean prefersJapanese(ContainerRequestContext request) {
        try {
            return BadRequests.language(request.getAcceptableLanguages()) == Locale.JAPANESE;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
