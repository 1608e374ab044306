package jp.shiori.web.sru;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarcXmlRecordTest {

    private static ParsedXml marc(TitleDetail title) {
        return ParsedXml.of(out -> MarcXmlRecord.write(out, title));
    }

    private static String subfield(ParsedXml xml, String tag, String code) {
        return xml.text("/marc:record/marc:datafield[@tag='" + tag + "']/marc:subfield[@code='" + code + "']");
    }

    @Test
    void theRecordIsMarc21SlimWithControlFieldsFirst() {
        ParsedXml xml = marc(FakeCatalog.gingaTetsudo());

        assertEquals(MarcXmlRecord.NAMESPACE, xml.document.getDocumentElement().getNamespaceURI());
        assertEquals("record", xml.document.getDocumentElement().getLocalName());
        assertEquals("101", xml.text("/marc:record/marc:controlfield[@tag='001']"));
        assertEquals(List.of("001", "008"), xml.texts("/marc:record/marc:controlfield/@tag"));
        List<String> tags = xml.texts("/marc:record/marc:datafield/@tag");
        assertEquals(
                List.of("020", "084", "100", "245", "260", "490", "520", "650", "650", "700", "852", "852", "880"),
                tags);
    }

    @Test
    void theLeaderSaysBookMonographInUtf8() {
        String leader = marc(FakeCatalog.gingaTetsudo()).text("/marc:record/marc:leader");

        assertEquals(24, leader.length());
        assertEquals("nam", leader.substring(5, 8));
        assertEquals('a', leader.charAt(9));
        assertEquals("22", leader.substring(10, 12));
        assertEquals("4500", leader.substring(20));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "BOOK, am",
        "MAGAZINE, as",
        "CD, jm",
        "DVD, gm",
        "MAP, em",
        "KAMISHIBAI, km",
        "ELECTRONIC, mm",
        "OTHER, pm"
    })
    void leaderTypeAndLevelFollowTheMaterialType(MaterialType type, String typeAndLevel) {
        assertEquals(typeAndLevel, MarcXmlRecord.leader(type).substring(6, 8));
    }

    @Test
    void fixedLengthDataCarriesYearAndLanguage() {
        String f008 = marc(FakeCatalog.gingaTetsudo()).text("/marc:record/marc:controlfield[@tag='008']");

        assertEquals(40, f008.length());
        assertEquals("s1989", f008.substring(6, 11));
        assertEquals("jpn", f008.substring(35, 38));
    }

    @Test
    void fixedLengthDataWithoutYearOrLanguageSaysUnknown() {
        String f008 = MarcXmlRecord.fixedLengthData(FakeCatalog.bare(1, "x", MaterialType.BOOK));

        assertEquals(40, f008.length());
        assertEquals("nuuuuuuuu", f008.substring(6, 15));
        assertEquals("und", f008.substring(35, 38));
    }

    @Test
    void bibliographicFieldsCarryTheTitleDetail() {
        ParsedXml xml = marc(FakeCatalog.gingaTetsudo());

        assertEquals("9784101092058", subfield(xml, "020", "a"));
        assertEquals("913.6", subfield(xml, "084", "a"));
        assertEquals("njb/10", subfield(xml, "084", "2"));
        assertEquals("宮沢賢治", subfield(xml, "100", "a"));
        assertEquals("著", subfield(xml, "100", "e"));
        assertEquals("ますむらひろし", subfield(xml, "700", "a"));
        assertEquals("銀河鉄道の夜", subfield(xml, "245", "a"));
        assertEquals("新潮社", subfield(xml, "260", "b"));
        assertEquals("1989", subfield(xml, "260", "c"));
        assertEquals("新潮文庫", subfield(xml, "490", "a"));
        assertEquals("み-2-2", subfield(xml, "490", "v"));
        assertEquals("ジョバンニとカムパネルラの銀河の旅。", subfield(xml, "520", "a"));
        assertEquals(List.of("童話", "宮沢賢治"), xml.texts("//marc:datafield[@tag='650']/marc:subfield[@code='a']"));
        assertEquals("4", xml.text("//marc:datafield[@tag='650'][1]/@ind2"));
    }

    @Test
    void theKanaReadingIsAn880LinkedTo245() {
        ParsedXml xml = marc(FakeCatalog.gingaTetsudo());

        assertEquals("880-01", subfield(xml, "245", "6"));
        assertEquals("6", xml.text("//marc:datafield[@tag='245']/marc:subfield[1]/@code"), "$6 comes first");
        assertEquals("245-01/$1", subfield(xml, "880", "6"));
        assertEquals("ギンガ テツドウ ノ ヨル", subfield(xml, "880", "a"));
        assertEquals("1", xml.text("//marc:datafield[@tag='245']/@ind1"), "a 100 is present");
    }

    @Test
    void eachCopyIsAn852WithBranchShelfAndCallNumber() {
        ParsedXml xml = marc(FakeCatalog.gingaTetsudo());

        assertEquals(List.of("central", "onbetsu"), xml.texts("//marc:datafield[@tag='852']/marc:subfield[@code='b']"));
        assertEquals("児童書", xml.text("//marc:datafield[@tag='852'][1]/marc:subfield[@code='c']"));
        assertEquals("913.6/ミ", xml.text("//marc:datafield[@tag='852'][1]/marc:subfield[@code='h']"));
        assertEquals(1, xml.count("//marc:datafield[@tag='852'][2]/marc:subfield"), "no empty subfields");
    }

    @Test
    void aSparseTitleHasNoEmptyFields() {
        ParsedXml xml = marc(FakeCatalog.bare(7, "題名", MaterialType.BOOK));

        assertEquals(List.of("245"), xml.texts("/marc:record/marc:datafield/@tag"));
        assertEquals("0", xml.text("//marc:datafield[@tag='245']/@ind1"), "no 100, so 245 is the main entry");
        assertEquals(List.of("a"), xml.texts("//marc:datafield[@tag='245']/marc:subfield/@code"));
    }

    @Test
    void aVolumeOutsideASeriesGoesTo245n() {
        TitleDetail t = new TitleDetail(
                8,
                "日本の歴史",
                null,
                List.of(new Contributor("A", null, null)),
                null,
                null,
                List.of(),
                null,
                MaterialType.BOOK,
                null,
                null,
                "第3巻",
                null,
                List.of(),
                List.of(),
                false);
        ParsedXml xml = marc(t);

        assertEquals("第3巻", subfield(xml, "245", "n"));
        assertEquals(0, xml.count("//marc:datafield[@tag='490']"));
    }

    @Test
    void markupCharactersInTheTitleAreEscapedAndReadBackIntact() {
        String title = "<script>&\"'銀河\"";
        ParsedXml xml = marc(FakeCatalog.bare(9, title, MaterialType.BOOK));

        assertEquals(title, subfield(xml, "245", "a"));
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        ParsedXml xml = marc(FakeCatalog.bare(10, "銀河\u0001鉄道\u001B\uFFFF", MaterialType.BOOK));

        assertEquals("銀河鉄道", subfield(xml, "245", "a"));
        assertTrue(xml.text("/marc:record/marc:leader").startsWith("00000"));
    }
}
