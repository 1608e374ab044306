package jp.shiori.web.sru;

import jp.shiori.catalog.Contributor;
import jp.shiori.catalog.TitleDetail;

/**
 * A title as simple Dublin Core in the SRU dc schema: {@code <srw_dc:dc>} around the DC 1.1 elements, in
 * the usual element order. Every contributor is a creator (the dc.creator index searches them all);
 * ISBNs are URNs (RFC 3187); the type is a DCMI Type Vocabulary term when one fits.
 */
final class DublinCoreRecord {

    static final String SCHEMA_NAMESPACE = "info:srw/schema/1/dc-schema";
    static final String DC_NAMESPACE = "http://purl.org/dc/elements/1.1/";

    private DublinCoreRecord() {}

    static void write(XmlWriter out, TitleDetail title) {
        out.start("srw_dc", "dc", SCHEMA_NAMESPACE)
                .namespace("srw_dc", SCHEMA_NAMESPACE)
                .namespace("dc", DC_NAMESPACE);
        element(out, "title", title.title());
        for (Contributor contributor : title.contributors()) {
            element(out, "creator", contributor.name());
        }
        title.subjects().forEach(subject -> element(out, "subject", subject));
        element(out, "description", title.summary());
        element(out, "publisher", title.publisher());
        element(out, "date", title.publicationYear() == null ? null : String.valueOf(title.publicationYear()));
        element(out, "type", dcmiType(title));
        title.isbns().forEach(isbn -> element(out, "identifier", "urn:isbn:" + isbn));
        element(out, "language", title.language());
        out.end();
    }

    private static String dcmiType(TitleDetail title) {
        if (title.materialType() == null) {
            return null;
        }
        return switch (title.materialType()) {
            case BOOK, MAGAZINE -> "Text";
            case CD -> "Sound";
            case DVD -> "MovingImage";
            case MAP, KAMISHIBAI -> "StillImage";
            case ELECTRONIC, OTHER -> null;
        };
    }

    private static void element(XmlWriter out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.element("dc", name, DC_NAMESPACE, value.strip());
        }
    }
}
