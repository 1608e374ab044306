package jp.shiori.catalog.internal.marc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.Isbn;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDraft;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;

/** Which MARC 21 field goes where in a {@link TitleDraft}. Text is cleaned by {@link SubfieldText}. */
final class MarcTitleMapper {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{3}");

    TitleDraft toDraft(Record record) throws UnusableRecordException {
        String controlNumber = controlField(record, "001");
        DataField titleStatement = firstField(record, "245");
        String title = titleStatement == null ? null : title(titleStatement);
        if (title == null) {
            throw new UnusableRecordException(controlNumber, "the record has no title (245 $a $b $n $p are missing)");
        }
        return new TitleDraft(
                Optional.ofNullable(controlField(record, "003")).orElse("MARC"),
                controlNumber,
                title,
                reading(record, titleStatement)
                        .map(linked -> SubfieldText.titleReading(subfields(linked, "abnp")))
                        .orElse(null),
                contributors(record),
                publisher(record),
                publicationYear(record),
                isbns(record),
                ndc(record),
                materialType(record.getLeader()),
                language(record),
                seriesTitle(record),
                volume(record, titleStatement),
                firstSubfield(record, "520", 'a').map(SubfieldText::plain).orElse(null),
                subjects(record));
    }

    /** 245 $a $b $n $p, keeping the record's punctuation between them and dropping it at the end. */
    private static String title(DataField titleStatement) {
        return SubfieldText.titleOf(titleStatement.getSubfields().stream()
                .filter(subfield -> "abnp".indexOf(subfield.getCode()) >= 0
                        && !subfield.getData().isBlank())
                .toList());
    }

    /** Main entry first (100, 110), then the added entries (700, 710), each with its kana reading if any. */
    private static List<Contributor> contributors(Record record) {
        List<Contributor> contributors = new ArrayList<>();
        for (DataField field : Stream.concat(dataFields(record, "100", "110"), dataFields(record, "700", "710"))
                .toList()) {
            String name =
                    first(field, 'a').map(SubfieldText::withoutIsbdPunctuation).orElse(null);
            if (name == null) {
                continue;
            }
            String reading = reading(record, field)
                    .flatMap(linked -> first(linked, 'a'))
                    .map(SubfieldText::nameReading)
                    .orElse(null);
            contributors.add(new Contributor(name, reading, role(field)));
        }
        return contributors;
    }

    /** Relator terms ($e) when given, else relator codes ($4). */
    private static String role(DataField field) {
        List<String> terms = subfields(field, "e").isEmpty() ? subfields(field, "4") : subfields(field, "e");
        List<String> roles = terms.stream()
                .map(SubfieldText::withoutIsbdPunctuation)
                .filter(Objects::nonNull)
                .toList();
        return roles.isEmpty() ? null : String.join(", ", roles);
    }

    /** RDA records name the publisher in 264 with second indicator 1; older ones in 260. */
    private static DataField publication(Record record) {
        return dataFields(record, "264")
                .filter(field -> field.getIndicator2() == '1')
                .findFirst()
                .orElseGet(() -> firstField(record, "260"));
    }

    private static String publisher(Record record) {
        DataField publication = publication(record);
        return publication == null
                ? null
                : first(publication, 'b')
                        .map(SubfieldText::withoutIsbdPunctuation)
                        .orElse(null);
    }

    /** The first four-digit year of the publication date, else 008/07-10 (date 1). */
    private static Integer publicationYear(Record record) {
        DataField publication = publication(record);
        if (publication != null) {
            for (String date : subfields(publication, "c")) {
                Matcher year = YEAR.matcher(date);
                if (year.find()) {
                    return Integer.valueOf(year.group(1));
                }
            }
        }
        String fixed = controlField(record, "008");
        if (fixed != null
                && fixed.length() >= 11
                && fixed.substring(7, 11).chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(fixed.substring(7, 11));
        }
        return null;
    }

    private static List<Isbn> isbns(Record record) {
        Set<Isbn> isbns = new LinkedHashSet<>();
        dataFields(record, "020")
                .forEach(field -> subfields(field, "a")
                        .forEach(number -> Isbn.parse(number).ifPresent(isbns::add)));
        return List.copyOf(isbns);
    }

    /** NDC is the 084 whose source ($2) is njb, e.g. {@code njb/10}; NDL's NDLC sits in 084 too ($2 kktb). */
    private static String ndc(Record record) {
        return dataFields(record, "084")
                .filter(field -> first(field, '2')
                        .filter(source -> source.startsWith("njb"))
                        .isPresent())
                .flatMap(field -> first(field, 'a').stream())
                .map(String::strip)
                .filter(ndc -> !ndc.isEmpty())
                .findFirst()
                .orElse(null);
    }

    /** Leader/06 (type of record) and /07 (bibliographic level). */
    static MaterialType materialType(Leader leader) {
        if (leader == null) {
            return MaterialType.OTHER;
        }
        char type = leader.getTypeOfRecord();
        char level = leader.getImplDefined1()[0];
        return switch (type) {
            case 'a' -> level == 'm' ? MaterialType.BOOK : level == 's' ? MaterialType.MAGAZINE : MaterialType.OTHER;
            case 't' -> level == 'm' ? MaterialType.BOOK : MaterialType.OTHER;
            case 'i', 'j' -> MaterialType.CD;
            case 'g' -> MaterialType.DVD;
            case 'e', 'f' -> MaterialType.MAP;
            case 'm' -> MaterialType.ELECTRONIC;
            default -> MaterialType.OTHER;
        };
    }

    /** 008/35-37 when it is a code, else the first 041 $a. */
    private static String language(Record record) {
        String fixed = controlField(record, "008");
        if (fixed != null
                && fixed.length() >= 38
                && LANGUAGE_CODE.matcher(fixed.substring(35, 38)).matches()) {
            return fixed.substring(35, 38);
        }
        return firstSubfield(record, "041", 'a')
                .map(String::strip)
                .filter(code -> code.length() >= 3
                        && LANGUAGE_CODE.matcher(code.substring(0, 3)).matches())
                .map(code -> code.substring(0, 3))
                .orElse(null);
    }

    /** 490 as transcribed, 440 as older records have it (obsolete since 2008), else the 830 heading. */
    private static String seriesTitle(Record record) {
        return seriesStatements(record)
                .flatMap(field -> first(field, 'a').stream())
                .map(SubfieldText::withoutIsbdPunctuation)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The volume in the series, else the number of the part in the title (245 $n). */
    private static String volume(Record record, DataField titleStatement) {
        return seriesStatements(record)
                .flatMap(field -> first(field, 'v').stream())
                .map(SubfieldText::withoutIsbdPunctuation)
                .filter(Objects::nonNull)
                .findFirst()
                .or(() -> first(titleStatement, 'n').map(SubfieldText::withoutIsbdPunctuation))
                .orElse(null);
    }

    private static Stream<DataField> seriesStatements(Record record) {
        return Stream.of("490", "440", "830").flatMap(tag -> dataFields(record, tag));
    }

    /** 600, 610, 650, 651: the heading with its general subdivisions, "Jazz--History and criticism". */
    private static List<String> subjects(Record record) {
        Set<String> subjects = new LinkedHashSet<>();
        dataFields(record, "600", "610", "650", "651").forEach(field -> {
            List<String> parts = subfields(field, "ax").stream()
                    .map(SubfieldText::withoutIsbdPunctuation)
                    .filter(Objects::nonNull)
                    .toList();
            if (!parts.isEmpty() && first(field, 'a').isPresent()) {
                subjects.add(String.join("--", parts));
            }
        });
        return List.copyOf(subjects);
    }

    /**
     * JAPAN/MARC gives a field its reading in an 880 linked by $6 (245 $6 880-01 ↔ 880 $6 245-01/$1).
     * NDL links two, the kana reading (script code $1) and a romanisation (script code "(B"): we want the kana.
     */
    private static Optional<DataField> reading(Record record, DataField field) {
        Optional<String> occurrence = first(field, '6')
                .filter(link -> link.startsWith("880-") && link.length() >= 6)
                .map(link -> link.substring(4, 6))
                .filter(number -> !number.equals("00"));
        if (occurrence.isEmpty()) {
            return Optional.empty();
        }
        String linkBack = field.getTag() + "-" + occurrence.get();
        return dataFields(record, "880")
                .filter(linked -> first(linked, '6')
                        .filter(link -> link.startsWith(linkBack))
                        .isPresent())
                .filter(linked -> SubfieldText.isKana(String.join(" ", subfields(linked, "abnp"))))
                .findFirst();
    }

    private static String controlField(Record record, String tag) {
        VariableField field = record.getVariableField(tag);
        if (field instanceof ControlField control && !control.getData().isBlank()) {
            return control.getData().strip();
        }
        return null;
    }

    private static DataField firstField(Record record, String tag) {
        return dataFields(record, tag).findFirst().orElse(null);
    }

    private static Stream<DataField> dataFields(Record record, String... tags) {
        return record.getVariableFields(tags).stream()
                .filter(DataField.class::isInstance)
                .map(DataField.class::cast);
    }

    private static Optional<String> first(DataField field, char code) {
        return field.getSubfields(code).stream()
                .map(Subfield::getData)
                .filter(data -> !data.isBlank())
                .map(SubfieldText::composed)
                .findFirst();
    }

    private static Optional<String> firstSubfield(Record record, String tag, char code) {
        return dataFields(record, tag)
                .flatMap(field -> first(field, code).stream())
                .findFirst();
    }

    /** The non-blank subfields whose codes are listed, in record order, as the record's (composed) text. */
    private static List<String> subfields(DataField field, String codes) {
        return field.getSubfields().stream()
                .filter(subfield -> codes.indexOf(subfield.getCode()) >= 0)
                .map(Subfield::getData)
                .filter(data -> !data.isBlank())
                .map(SubfieldText::composed)
                .toList();
    }
}
