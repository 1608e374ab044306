package jp.shiori.web.sru;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.Holding;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDetail;

/**
 * A title as a MARC 21 bibliographic record in MARCXML (MARC 21 slim), with our holdings in 852. The kana
 * reading of the title goes to an 880 linked to 245, as alternate graphic representations are linked.
 * Subfields without a value, and fields left without subfields, are not written.
 */
final class MarcXmlRecord {

    static final String NAMESPACE = "http://www.loc.gov/MARC21/slim";

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{3}");

    private MarcXmlRecord() {}

    static void write(XmlWriter out, TitleDetail title) {
        out.start("", "record", NAMESPACE).namespace("", NAMESPACE);
        out.element("", "leader", NAMESPACE, leader(title.materialType()));
        controlField(out, "001", String.valueOf(title.id()));
        controlField(out, "008", fixedLengthData(title));
        for (String isbn : title.isbns()) {
            dataField(out, "020", ' ', ' ', 'a', isbn);
        }
        dataField(out, "084", ' ', ' ', 'a', title.ndc(), '2', title.ndc() == null ? null : "njb/10");

        List<Contributor> contributors = title.contributors();
        if (!contributors.isEmpty()) {
            dataField(
                    out,
                    "100",
                    '1',
                    ' ',
                    'a',
                    contributors.get(0).name(),
                    'e',
                    contributors.get(0).role());
        }
        boolean hasReading = present(title.titleReading());
        boolean volumeInSeries = present(title.seriesTitle());
        char titleAddedEntry = contributors.isEmpty() ? '0' : '1';
        dataField(
                out,
                "245",
                titleAddedEntry,
                '0',
                '6',
                hasReading ? "880-01" : null,
                'a',
                title.title(),
                'n',
                volumeInSeries ? null : title.volume());
        dataField(
                out,
                "260",
                ' ',
                ' ',
                'b',
                title.publisher(),
                'c',
                title.publicationYear() == null ? null : String.valueOf(title.publicationYear()));
        if (volumeInSeries) {
            dataField(out, "490", '0', ' ', 'a', title.seriesTitle(), 'v', title.volume());
        }
        dataField(out, "520", ' ', ' ', 'a', title.summary());
        for (String subject : title.subjects()) {
            dataField(out, "650", ' ', '4', 'a', subject);
        }
        for (Contributor other : contributors.subList(Math.min(1, contributors.size()), contributors.size())) {
            dataField(out, "700", '1', ' ', 'a', other.name(), 'e', other.role());
        }
        for (Holding holding : title.holdings()) {
            dataField(
                    out,
                    "852",
                    ' ',
                    ' ',
                    'b',
                    holding.branchCode(),
                    'c',
                    holding.shelfLocation(),
                    'h',
                    holding.callNumber());
        }
        if (hasReading) {
            // $1: the script of the linked field is CJK (MARC 21 script identification codes).
            dataField(out, "880", titleAddedEntry, '0', '6', "245-01/$1", 'a', title.titleReading());
        }
        out.end();
    }

    /**
     * Leader: new record, type and level from the material type, UTF-8 (09 = a), encoding level unknown,
     * ISBD punctuation omitted. A MARCXML record has no length or base address, so they are zero.
     */
    static String leader(MaterialType type) {
        String typeAndLevel = switch (type == null ? MaterialType.OTHER : type) {
            case BOOK -> "am";
            case MAGAZINE -> "as";
            case CD -> "jm";
            case DVD -> "gm";
            case MAP -> "em";
            case KAMISHIBAI -> "km";
            case ELECTRONIC -> "mm";
            case OTHER -> "pm";
        };
        return "00000n" + typeAndLevel + " a2200000uc 4500";
    }

    /**
     * 008, the 40 positions for all materials: no date entered on file (we do not keep one), a single
     * known date or none, place not known, material-specific positions not coded (fill), language.
     */
    static String fixedLengthData(TitleDetail title) {
        Integer year = title.publicationYear();
        String dates =
                year == null || year < 0 || year > 9999 ? "nuuuuuuuu" : "s" + String.format("%04d", year) + "    ";
        String language = title.language() != null
                        && LANGUAGE_CODE.matcher(title.language()).matches()
                ? title.language()
                : "und";
        return "000000" + dates + "xx " + "|".repeat(17) + language + " d";
    }

    private static void controlField(XmlWriter out, String tag, String value) {
        out.start("", "controlfield", NAMESPACE)
                .attribute("tag", tag)
                .text(value)
                .end();
    }

    /** {@code codesAndValues}: a subfield code (Character) followed by its value (String, may be null). */
    private static void dataField(XmlWriter out, String tag, char ind1, char ind2, Object... codesAndValues) {
        List<Object> present = new ArrayList<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            if (codesAndValues[i + 1] instanceof String value && present(value)) {
                present.add(codesAndValues[i]);
                present.add(value.strip());
            }
        }
        if (present.isEmpty()) {
            return;
        }
        out.start("", "datafield", NAMESPACE)
                .attribute("tag", tag)
                .attribute("ind1", String.valueOf(ind1))
                .attribute("ind2", String.valueOf(ind2));
        for (int i = 0; i < present.size(); i += 2) {
            out.start("", "subfield", NAMESPACE)
                    .attribute("code", String.valueOf(present.get(i)))
                    .text((String) present.get(i + 1))
                    .end();
        }
        out.end();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
