package jp.shiori.web.sru;

import java.util.List;
import java.util.Optional;
import jp.shiori.catalog.TitleDetail;

/**
 * The record schemas a client may ask for in {@code recordSchema}, by identifier or short name. MARCXML
 * is the default: it is what library systems import.
 */
enum RecordSchema {
    MARCXML("marcxml", "info:srw/schema/1/marcxml-v1.1", "MARCXML (MARC 21 slim)", MarcXmlRecord.NAMESPACE),
    DC("dc", "info:srw/schema/1/dc-v1.1", "Dublin Core", DublinCoreRecord.DC_NAMESPACE);

    private final String name;
    private final String identifier;
    private final String title;
    private final String namespace;

    RecordSchema(String name, String identifier, String title, String namespace) {
        this.name = name;
        this.identifier = identifier;
        this.title = title;
        this.namespace = namespace;
    }

    String shortName() {
        return name;
    }

    String identifier() {
        return identifier;
    }

    String title() {
        return title;
    }

    /** The short name (any case), the identifier, or the record namespace, which some clients send. */
    static Optional<RecordSchema> named(String nameOrIdentifier) {
        for (RecordSchema schema : values()) {
            if (schema.name.equalsIgnoreCase(nameOrIdentifier)
                    || List.of(schema.identifier, schema.namespace).contains(nameOrIdentifier)) {
                return Optional.of(schema);
            }
        }
        return Optional.empty();
    }

    void write(XmlWriter out, TitleDetail title) {
        switch (this) {
            case MARCXML -> MarcXmlRecord.write(out, title);
            case DC -> DublinCoreRecord.write(out, title);
        }
    }
}
