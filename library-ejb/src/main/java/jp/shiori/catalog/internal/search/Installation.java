package jp.shiori.catalog.internal.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The identity of this database, created once. Copies of data kept elsewhere (the index) remember it. */
@Entity
@Table(name = "installation")
@NamedQuery(name = Installation.ALL, query = "select i from Installation i")
public class Installation {

    public static final String ALL = "Installation.all";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Installation() {
        // for JPA
    }

    public Installation(Instant now) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = now;
    }

    public String id() {
        return id;
    }
}
