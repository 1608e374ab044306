package jp.shiori.web.sru;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import jp.shiori.catalog.MaterialType;
import jp.shiori.catalog.TitleDetail;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DublinCoreRecordTest {

    private static ParsedXml dc(TitleDetail title) {
        return ParsedXml.of(out -> DublinCoreRecord.write(out, title));
    }

    @Test
    void theRecordIsSrwDcAroundDublinCoreElements() {
        ParsedXml xml = dc(FakeCatalog.gingaTetsudo());
        Element root = xml.document.getDocumentElement();

        assertEquals("info:srw/schema/1/dc-schema", root.getNamespaceURI());
        assertEquals("srw_dc:dc", root.getTagName());
        assertEquals("http://purl.org/dc/elements/1.1/", root.getAttribute("xmlns:dc"));
        assertEquals("銀河鉄道の夜", xml.text("/srw_dc:dc/dc:title"));
        assertEquals(List.of("宮沢賢治", "ますむらひろし"), xml.texts("/srw_dc:dc/dc:creator"));
        assertEquals(List.of("童話", "宮沢賢治"), xml.texts("/srw_dc:dc/dc:subject"));
        assertEquals("ジョバンニとカムパネルラの銀河の旅。", xml.text("/srw_dc:dc/dc:description"));
        assertEquals("新潮社", xml.text("/srw_dc:dc/dc:publisher"));
        assertEquals("1989", xml.text("/srw_dc:dc/dc:date"));
        assertEquals("Text", xml.text("/srw_dc:dc/dc:type"));
        assertEquals("urn:isbn:9784101092058", xml.text("/srw_dc:dc/dc:identifier"));
        assertEquals("jpn", xml.text("/srw_dc:dc/dc:language"));
    }

    @Test
    void aSparseTitleHasOnlyTheElementsItFills() {
        ParsedXml xml = dc(FakeCatalog.bare(3, "題名", MaterialType.OTHER));

        assertEquals(List.of("題名"), xml.texts("/srw_dc:dc/*"));
    }

    @Test
    void markupCharactersInTheTitleAreEscapedAndReadBackIntact() {
        String title = "A < B & \"C\" > D";
        assertEquals(title, dc(FakeCatalog.bare(4, title, MaterialType.DVD)).text("/srw_dc:dc/dc:title"));
        assertEquals(
                "MovingImage", dc(FakeCatalog.bare(4, title, MaterialType.DVD)).text("/srw_dc:dc/dc:type"));
    }
}
