package jp.shiori.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import jp.shiori.catalog.Contributor;

/** A contributor as stored with its title (table title_contributor). */
@Embeddable
public class ContributorEntry {

    @Column(nullable = false, length = 500)
    private String name;

    @Column(length = 500)
    private String reading;

    @Column(length = 100)
    private String role;

    protected ContributorEntry() {
        // for JPA
    }

    ContributorEntry(Contributor contributor) {
        this.name = truncate(contributor.name(), 500);
        this.reading = truncate(contributor.reading(), 500);
        this.role = truncate(contributor.role(), 100);
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    Contributor toContributor() {
        return new Contributor(name, reading, role);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContributorEntry c
                && name.equals(c.name)
                && Objects.equals(reading, c.reading)
                && Objects.equals(role, c.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, reading, role);
    }
}
