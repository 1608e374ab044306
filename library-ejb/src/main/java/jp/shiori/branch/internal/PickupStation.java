package jp.shiori.branch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import jp.shiori.branch.PickupStationKind;
import jp.shiori.common.LocalizedText;

/** 受取ステーション: a place inside a branch (counter, hold-shelf room) or a bookmobile stop. */
@Entity
@Table(name = "pickup_station")
public class PickupStation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "branch_id", nullable = false)
    private Branch branch;

    @Column(nullable = false, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PickupStationKind kind;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected PickupStation() {
        // for JPA
    }

    public PickupStation(Branch branch, String code, PickupStationKind kind, LocalizedText name, int displayOrder) {
        this.branch = Objects.requireNonNull(branch, "branch");
        this.code = Objects.requireNonNull(code, "code");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.nameJa = Objects.requireNonNull(name, "name").ja();
        this.nameEn = name.en();
        this.displayOrder = displayOrder;
        branch.addStation(this);
    }

    /** A station taken out of service (a discontinued bus stop) is kept for history but not offered. */
    public void withdraw() {
        this.active = false;
    }

    public Long id() {
        return id;
    }

    public Branch branch() {
        return branch;
    }

    public String code() {
        return code;
    }

    public PickupStationKind kind() {
        return kind;
    }

    public LocalizedText name() {
        return new LocalizedText(nameJa, nameEn);
    }

    public boolean active() {
        return active;
    }

    int displayOrder() {
        return displayOrder;
    }
}
