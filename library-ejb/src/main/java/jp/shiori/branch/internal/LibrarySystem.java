package jp.shiori.branch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jp.shiori.common.LocalizedText;

/** The library system a deployment serves (釧路市図書館): one row of reference data. */
@Entity
@Table(name = "library_system")
@NamedQuery(name = LibrarySystem.THE_ONE, query = "select l from LibrarySystem l")
public class LibrarySystem {

    static final String THE_ONE = "LibrarySystem.theOne";

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en")
    private String nameEn;

    protected LibrarySystem() {
        // for JPA
    }

    public LocalizedText name() {
        return new LocalizedText(nameJa, nameEn);
    }
}
