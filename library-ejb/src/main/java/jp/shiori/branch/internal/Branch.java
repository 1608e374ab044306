package jp.shiori.branch.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import jp.shiori.branch.BranchKind;
import jp.shiori.branch.PickupPointView;
import jp.shiori.common.LocalizedText;

/** A library building or the bookmobile, with the stations at which it hands over holds. */
@Entity
@Table(name = "branch")
@NamedQuery(
        name = Branch.ALL_IN_DISPLAY_ORDER,
        query = "select distinct b from Branch b left join fetch b.stations order by b.displayOrder")
@NamedQuery(name = Branch.BY_CODE, query = "select b from Branch b left join fetch b.stations where b.code = :code")
public class Branch {

    public static final String ALL_IN_DISPLAY_ORDER = "Branch.allInDisplayOrder";
    public static final String BY_CODE = "Branch.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BranchKind kind;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "address_ja")
    private String addressJa;

    @Column(name = "address_en")
    private String addressEn;

    @Column(length = 32)
    private String phone;

    @Column(name = "phone_note_ja")
    private String phoneNoteJa;

    @Column(name = "phone_note_en")
    private String phoneNoteEn;

    @Column(name = "opening_hours_ja", length = 1000)
    private String openingHoursJa;

    @Column(name = "opening_hours_en", length = 1000)
    private String openingHoursEn;

    @Column(name = "pickup_location", nullable = false)
    private boolean pickupLocation;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    @OneToMany(mappedBy = "branch")
    private List<PickupStation> stations = new ArrayList<>();

    @Version
    private long version;

    protected Branch() {
        // for JPA
    }

    public Branch(
            String code, BranchKind kind, LocalizedText name, String phone, boolean pickupLocation, int displayOrder) {
        this.code = requireCode(code);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.nameJa = Objects.requireNonNull(name, "name").ja();
        this.nameEn = name.en();
        this.phone = phone;
        this.pickupLocation = pickupLocation;
        this.displayOrder = displayOrder;
    }

    private static String requireCode(String code) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,31}")) {
            throw new IllegalArgumentException("branch code must be lowercase letters, digits or '-': " + code);
        }
        return code;
    }

    void addStation(PickupStation station) {
        stations.add(station);
    }

    /**
     * The pickup points this branch offers (受取館 / 受取ステーション): none when holds cannot be collected
     * here; the stations when it has some (the central library's counter and hold-shelf room, the
     * bookmobile's stops); otherwise the branch itself.
     */
    public List<PickupPointView> pickupPoints() {
        if (!pickupLocation) {
            return List.of();
        }
        // Sorted here, not by @OrderBy: a fetch join loads the stations in whatever order the database returns.
        List<PickupStation> active = stations.stream()
                .filter(PickupStation::active)
                .sorted(Comparator.comparingInt(PickupStation::displayOrder))
                .toList();
        if (active.isEmpty()) {
            return List.of(new PickupPointView(code, null, null, name()));
        }
        return active.stream()
                .map(s -> new PickupPointView(code, s.code(), s.kind(), s.name()))
                .toList();
    }

    public Long id() {
        return id;
    }

    /** All stations, also withdrawn ones (old holds still name them), in display order. */
    List<PickupStation> stations() {
        return stations.stream()
                .sorted(Comparator.comparingInt(PickupStation::displayOrder))
                .toList();
    }

    public String code() {
        return code;
    }

    public BranchKind kind() {
        return kind;
    }

    public LocalizedText name() {
        return new LocalizedText(nameJa, nameEn);
    }

    public LocalizedText address() {
        return LocalizedText.of(addressJa, addressEn);
    }

    public String phone() {
        return phone;
    }

    public LocalizedText phoneNote() {
        return LocalizedText.of(phoneNoteJa, phoneNoteEn);
    }

    public LocalizedText openingHours() {
        return LocalizedText.of(openingHoursJa, openingHoursEn);
    }

    public boolean pickupLocation() {
        return pickupLocation;
    }

    public int displayOrder() {
        return displayOrder;
    }
}
