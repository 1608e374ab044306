package jp.shiori.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The language switch keeps the visitor where they are: same page, same parameters, another language. */
@Named
@RequestScoped
public class LanguageLinks {

    public String to(String language) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String query = request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("lang") && !e.getKey().startsWith("jakarta.faces"))
                .flatMap(e -> java.util.Arrays.stream(e.getValue()).map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        String path = request.getRequestURI();
        return path + "?" + (query.isEmpty() ? "" : query + "&") + "lang=" + encode(language);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
