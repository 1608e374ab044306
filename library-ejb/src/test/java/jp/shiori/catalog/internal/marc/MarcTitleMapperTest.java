package jp.shiori.catalog.internal.marc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.Isbn;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDraft;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/** Mapping rules on records built by hand, for the cases the sample files do not show. */
class MarcTitleMapperTest {

    private static final MarcFactory MARC = MarcFactory.newInstance();
    private final MarcTitleMapper mapper = new MarcTitleMapper();

    @Test
    void theLeaderTellsTheMaterialType() {
        assertEquals(MaterialType.BOOK, typeOf("am"));
        assertEquals(MaterialType.BOOK, typeOf("tm"));
        assertEquals(MaterialType.MAGAZINE, typeOf("as"));
        assertEquals(MaterialType.CD, typeOf("jm"));
        assertEquals(MaterialType.CD, typeOf("im"));
        assertEquals(MaterialType.DVD, typeOf("gm"));
        assertEquals(MaterialType.MAP, typeOf("em"));
        assertEquals(MaterialType.MAP, typeOf("fm"));
        assertEquals(MaterialType.ELECTRONIC, typeOf("mm"));
        assertEquals(MaterialType.OTHER, typeOf("cm"));
        assertEquals(MaterialType.OTHER, typeOf("ts"));
    }

    @Test
    void aTitleWithoutPunctuationBetweenItsElementsGetsTheIsbdSeparators() throws Exception {
        Record record = record(
                "am",
                field(
                        "245",
                        "10",
                        'a',
                        "Sonny Rollins",
                        'h',
                        "[sound recording]",
                        'b',
                        "nine classic jazz originals",
                        'n',
                        "Vol. 2",
                        'p',
                        "Ballads."));

        assertEquals(
                "Sonny Rollins : nine classic jazz originals. Vol. 2. Ballads",
                mapper.toDraft(record).title());
    }

    @Test
    void aReadingInHiraganaOrHalfWidthKanaBecomesFullWidthKatakana() throws Exception {
        Record record = record(
                "am",
                field("245", "00", '6', "880-01", 'a', "銀河鉄道の夜 /", 'c', "宮沢賢治 著."),
                field("100", "1 ", '6', "880-02", 'a', "宮沢, 賢治,", 'e', "著"),
                field("880", "00", '6', "245-01/$1", 'a', "ぎんが てつどう の よる."),
                field("880", "00", '6', "245-01/(B", 'a', "Ginga tetsudo no yoru."),
                field("880", "1 ", '6', "100-02/$1", 'a', "ﾐﾔｻﾞﾜ, ｹﾝｼﾞ,"));

        TitleDraft draft = mapper.toDraft(record);

        assertEquals("ギンガテツドウノヨル", draft.titleReading());
        assertEquals(List.of(new Contributor("宮沢, 賢治", "ミヤザワ, ケンジ", "著")), draft.contributors());
    }

    @Test
    void theRoleIsTheRelatorTermOrElseTheRelatorCode() throws Exception {
        Record record = record(
                "jm",
                field("245", "00", 'a', "Friendly fire"),
                field("100", "1 ", 'a', "Lovano, Joe,", 'd', "1952-", 'e', "composer,", 'e', "performer."),
                field("700", "1 ", 'a', "Roach, Max,", 'd', "1924-2007.", '4', "prf."));

        assertEquals(
                List.of(
                        new Contributor("Lovano, Joe", null, "composer, performer"),
                        new Contributor("Roach, Max", null, "prf")),
                mapper.toDraft(record).contributors());
    }

    @Test
    void theMainEntryComesBeforeTheAddedEntries() throws Exception {
        Record record = record(
                "am",
                field("245", "00", 'a', "Title"),
                field("700", "1 ", 'a', "Added, Entry"),
                field("100", "1 ", 'a', "Main, Entry"));

        assertEquals(
                List.of("Main, Entry", "Added, Entry"),
                mapper.toDraft(record).contributors().stream()
                        .map(Contributor::name)
                        .toList());
    }

    @Test
    void theRdaPublicationStatementComesBeforeTheOlder260() throws Exception {
        Record record = record(
                "am",
                field("245", "00", 'a', "Title"),
                field("260", "  ", 'a', "東京 :", 'b', "古い社,", 'c', "1999."),
                field("264", " 4", 'c', "©2018"),
                field("264", " 1", 'a', "東京 :", 'b', "新潮社,", 'c', "[2019]"));

        TitleDraft draft = mapper.toDraft(record);

        assertEquals("新潮社", draft.publisher());
        assertEquals(2019, draft.publicationYear());
    }

    @Test
    void withoutAYearInThePublicationStatementTheYearComesFrom008() throws Exception {
        Record record = record("am", field("245", "00", 'a', "Title"), field("260", "  ", 'c', "[n.d.]"));
        record.addVariableField(MARC.newControlField("008", "190212s2019    ja ||||g |||| ||||||jpn  "));

        assertEquals(2019, mapper.toDraft(record).publicationYear());
    }

    @Test
    void withoutALanguageIn008TheLanguageComesFrom041() throws Exception {
        Record record = record("am", field("245", "00", 'a', "Title"), field("041", "1 ", 'a', "engjpn"));
        record.addVariableField(MARC.newControlField("008", "970929s1987       ||||  |||||||||||     "));

        assertEquals("eng", mapper.toDraft(record).language());
    }

    @Test
    void isbnsAndSubjectsAreKeptOnceInRecordOrder() throws Exception {
        Record record = record(
                "am",
                field("245", "00", 'a', "Title"),
                field("020", "  ", 'a', "4-10-109205-2 : $c 476円"),
                field("020", "  ", 'a', "9784101092058 (pbk.)"),
                field("020", "  ", 'a', "978-4-10-109205-9"),
                field("020", "  ", 'a', "0-89898-551-x"),
                field("650", " 0", 'a', "Jazz", 'x', "History and criticism."),
                field("651", " 0", 'a', "Cuba."),
                field("650", " 0", 'a', "Jazz", 'x', "History and criticism."));

        TitleDraft draft = mapper.toDraft(record);

        assertEquals(List.of(new Isbn("9784101092058"), new Isbn("9780898985511")), draft.isbns());
        assertEquals(List.of("Jazz--History and criticism", "Cuba"), draft.subjects());
    }

    @Test
    void aCjkCompatibilityIdeographInANameIsKeptAsWritten() throws Exception {
        // NFC would turn 塚 (U+FA10) into 塚 (U+585A); a name is spelled with the one it has.
        Record record = record("am", field("245", "00", 'a', "Title"), field("700", "1 ", 'a', "石\uFA10, 裕昭"));

        assertEquals("石\uFA10, 裕昭", mapper.toDraft(record).contributors().get(0).name());
    }

    @Test
    void aRecordWithoutTitleIsRefusedWithItsControlNumber() {
        Record record = record("am", field("245", "00", 'c', "著者のみ"));
        record.addVariableField(MARC.newControlField("001", "X1"));

        var refusal = assertThrows(UnusableRecordException.class, () -> mapper.toDraft(record));
        assertEquals("X1", refusal.controlNumber());
    }

    @Test
    void withoutSourceAndSeriesTheDraftSaysMarcAndNull() throws Exception {
        TitleDraft draft = mapper.toDraft(record("am", field("245", "00", 'a', "Title")));

        assertEquals("MARC", draft.source());
        assertNull(draft.sourceId());
        assertNull(draft.seriesTitle());
        assertNull(draft.volume());
        assertNull(draft.ndc());
    }

    private MaterialType typeOf(String typeAndLevel) {
        return MarcTitleMapper.materialType(MARC.newLeader("00000n" + typeAndLevel + " a2200000 i 4500"));
    }

    private static Record record(String typeAndLevel, DataField... fields) {
        Record record = MARC.newRecord("00000n" + typeAndLevel + " a2200000 i 4500");
        for (DataField field : fields) {
            record.addVariableField(field);
        }
        return record;
    }

    /** A data field from its tag, indicators and code/value pairs: field("245", "00", 'a', "Title"). */
    private static DataField field(String tag, String indicators, Object... subfields) {
        DataField field = MARC.newDataField(tag, indicators.charAt(0), indicators.charAt(1));
        for (int i = 0; i < subfields.length; i += 2) {
            field.addSubfield(MARC.newSubfield((Character) subfields[i], (String) subfields[i + 1]));
        }
        return field;
    }
}
