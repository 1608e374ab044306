package jp.shiori.web.patron;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.shiori.patron.PatronAdministration;
import jp.shiori.patron.PatronRecord;

/** 利用者検索: by card (scanned or typed), or the start of the name, kana, phone or e-mail. */
@Named
@RequestScoped
public class StaffPatronSearchPage {

    @Inject
    PatronAdministration administration;

    private String query;
    private List<PatronRecord> results;

    public void search() {
        results = query == null || query.isBlank()
                ? null
                : administration.search(query.length() > 200 ? query.substring(0, 200) : query); // the field takes 200
    }

    public List<PatronRecord> getResults() {
        return results;
    }

    public boolean isSearched() {
        return results != null;
    }

    public int getLimit() {
        return PatronAdministration.SEARCH_LIMIT;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
