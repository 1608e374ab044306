package jp.shiori.web.sru;

/**
 * The ZeeRex record an explain response carries: where the service is, the indexes and schemas it offers,
 * and its record-count defaults. Built from {@link SruIndex} and {@link RecordSchema}, so it cannot
 * describe a different service from the one that answers.
 */
final class ExplainRecord {

    static final String NAMESPACE = "http://explain.z3950.org/dtd/2.0/";
    static final String DATABASE = "sru";

    private ExplainRecord() {}

    static void write(XmlWriter out, String host, int port) {
        out.start("", "explain", NAMESPACE).namespace("", NAMESPACE);

        out.start("", "serverInfo", NAMESPACE)
                .attribute("protocol", "SRU")
                .attribute("version", SruProtocol.VERSION)
                .attribute("transport", "http");
        out.element("", "host", NAMESPACE, host);
        out.element("", "port", NAMESPACE, String.valueOf(port));
        out.element("", "database", NAMESPACE, DATABASE);
        out.end();

        out.start("", "databaseInfo", NAMESPACE);
        titled(out, "title", "Shiori catalog");
        titled(
                out,
                "description",
                "The library's catalog: books, magazines, audio-visual materials and their "
                        + "copies per branch. Terms match words (Japanese text is segmented), readings in kana included.");
        out.end();

        out.start("", "indexInfo", NAMESPACE);
        for (SruIndex.ContextSet set : SruIndex.CONTEXT_SETS) {
            out.start("", "set", NAMESPACE)
                    .attribute("name", set.name())
                    .attribute("identifier", set.identifier())
                    .end();
        }
        for (SruIndex index : SruIndex.values()) {
            out.start("", "index", NAMESPACE)
                    .attribute("search", "true")
                    .attribute("scan", "false")
                    .attribute("sort", "false");
            titled(out, "title", index.title());
            for (String name : index.names()) {
                out.start("", "map", NAMESPACE).start("", "name", NAMESPACE);
                int dot = name.indexOf('.');
                if (dot > 0) {
                    out.attribute("set", name.substring(0, dot)).text(name.substring(dot + 1));
                } else {
                    out.text(name);
                }
                out.end().end();
            }
            out.end();
        }
        out.end();

        out.start("", "schemaInfo", NAMESPACE);
        for (RecordSchema schema : RecordSchema.values()) {
            out.start("", "schema", NAMESPACE)
                    .attribute("identifier", schema.identifier())
                    .attribute("name", schema.shortName())
                    .attribute("retrieve", "true")
                    .attribute("sort", "false");
            titled(out, "title", schema.title());
            out.end();
        }
        out.end();

        out.start("", "configInfo", NAMESPACE);
        out.start("", "default", NAMESPACE)
                .attribute("type", "numberOfRecords")
                .text(String.valueOf(SruProtocol.DEFAULT_RECORDS))
                .end();
        out.start("", "default", NAMESPACE)
                .attribute("type", "retrieveSchema")
                .text(RecordSchema.MARCXML.identifier())
                .end();
        out.start("", "setting", NAMESPACE)
                .attribute("type", "maximumRecords")
                .text(String.valueOf(SruProtocol.MAX_RECORDS))
                .end();
        out.end();

        out.end();
    }

    private static void titled(XmlWriter out, String element, String text) {
        out.start("", element, NAMESPACE)
                .attribute("lang", "en")
                .attribute("primary", "true")
                .text(text)
                .end();
    }
}
