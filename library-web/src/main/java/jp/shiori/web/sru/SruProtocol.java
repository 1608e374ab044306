package jp.shiori.web.sru;

import static jp.shiori.web.sru.SruDiagnostic.*;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shiori.catalog.CatalogSearch;
import jp.shiori.catalog.InvalidSearchException;
import jp.shiori.catalog.TitleDetail;

/**
 * SRU 1.2 over the catalog: request parameters in, response document out. Every outcome is an SRU
 * response; what goes wrong, down to a failing database, is a diagnostic in it, never an exception.
 */
final class SruProtocol {

    static final String VERSION = "1.2";
    static final String NAMESPACE = "http://www.loc.gov/zing/srw/";
    static final int DEFAULT_RECORDS = 10;
    static final int MAX_RECORDS = 100;

    private static final Logger LOG = Logger.getLogger(SruProtocol.class.getName());
    private static final Pattern VERSION_NUMBER = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
    private static final Set<String> EXPLAIN_PARAMETERS =
            Set.of("operation", "version", "recordPacking", "stylesheet", "extraRequestData");
    // resultSetTTL is accepted and ignored: we keep no result sets, which SRU allows.
    private static final Set<String> SEARCH_PARAMETERS = Set.of(
            "operation",
            "version",
            "query",
            "startRecord",
            "maximumRecords",
            "recordPacking",
            "recordSchema",
            "recordXPath",
            "resultSetTTL",
            "sortKeys",
            "stylesheet",
            "extraRequestData");

    /** A record at its position in the result: the title, or the reason it cannot be sent. */
    private record Retrieved(int position, TitleDetail title) {}

    private final CatalogSearch catalog;

    SruProtocol(CatalogSearch catalog) {
        this.catalog = catalog;
    }

    /**
     * The response to one request. Without an operation, as a browser asks, the answer is explain.
     *
     * @param parameters as the servlet has them; blank values count as absent
     * @param host where the service is, for the explain record
     * @param port the port there
     */
    byte[] respond(Map<String, String[]> parameters, String host, int port) {
        Parameters p = new Parameters(parameters);
        String operation = p.value("operation");
        try {
            if (operation == null || operation.equals("explain")) {
                return explain(p, host, port);
            }
            if (operation.equals("searchRetrieve")) {
                return searchRetrieve(p);
            }
            SruDiagnostic unsupported = new SruDiagnostic(
                    UNSUPPORTED_OPERATION, operation, "Supported operations: explain, searchRetrieve");
            return operation.equals("scan")
                    ? document(out -> response(out, "scanResponse", List.of(unsupported), b -> {}))
                    : explainResponse(List.of(unsupported), host, port, false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SRU request failed: " + parameters.keySet(), e);
            SruDiagnostic failed = new SruDiagnostic(GENERAL_SYSTEM_ERROR, null, "The request could not be answered");
            return document(out -> response(
                    out,
                    "searchRetrieveResponse",
                    List.of(failed),
                    b -> b.element("srw", "numberOfRecords", NAMESPACE, "0")));
        }
    }

    private byte[] explain(Parameters p, String host, int port) {
        List<SruDiagnostic> diagnostics = new ArrayList<>();
        String version = p.value("version");
        if (version != null && !supported(version)) {
            diagnostics.add(new SruDiagnostic(UNSUPPORTED_VERSION, VERSION, "Supported version: " + VERSION));
        }
        p.unsupported(EXPLAIN_PARAMETERS).ifPresent(diagnostics::add);
        if (p.value("stylesheet") != null) {
            diagnostics.add(new SruDiagnostic(STYLESHEETS_UNSUPPORTED, null, "Stylesheets are not supported"));
        }
        String packing = p.value("recordPacking");
        boolean asString = "string".equals(packing);
        if (packing != null && !asString && !packing.equals("xml")) {
            diagnostics.add(unsupportedPacking());
        }
        return explainResponse(diagnostics, host, port, asString);
    }

    private byte[] explainResponse(List<SruDiagnostic> diagnostics, String host, int port, boolean asString) {
        return document(out -> response(out, "explainResponse", diagnostics, body -> {
            body.start("srw", "record", NAMESPACE);
            body.element("srw", "recordSchema", NAMESPACE, ExplainRecord.NAMESPACE);
            recordData(body, asString, data -> ExplainRecord.write(data, host, port));
            body.end();
        }));
    }

    private byte[] searchRetrieve(Parameters p) {
        RecordSchema schema;
        boolean asString;
        List<Retrieved> records = new ArrayList<>();
        long total;
        int start;
        try {
            String version = p.value("version");
            if (version == null) {
                throw new SruDiagnosticException(
                        MANDATORY_PARAMETER_MISSING, "version", "The version parameter is required");
            }
            if (!supported(version)) {
                throw new SruDiagnosticException(UNSUPPORTED_VERSION, VERSION, "Supported version: " + VERSION);
            }
            p.unsupported(SEARCH_PARAMETERS).ifPresent(d -> {
                throw new SruDiagnosticException(d);
            });
            if (p.value("stylesheet") != null) {
                throw new SruDiagnosticException(STYLESHEETS_UNSUPPORTED, null, "Stylesheets are not supported");
            }
            if (p.value("recordXPath") != null) {
                throw new SruDiagnosticException(XPATH_UNSUPPORTED, null, "recordXPath is not supported");
            }
            if (p.value("sortKeys") != null) {
                throw new SruDiagnosticException(SORT_UNSUPPORTED, null, "Sorting is not supported");
            }
            String query = p.value("query");
            if (query == null) {
                throw new SruDiagnosticException(
                        MANDATORY_PARAMETER_MISSING, "query", "The query parameter is required");
            }
            start = p.number("startRecord", 1, 1);
            int count = Math.min(p.number("maximumRecords", DEFAULT_RECORDS, 0), MAX_RECORDS);
            String packing = p.value("recordPacking");
            asString = "string".equals(packing);
            if (packing != null && !asString && !packing.equals("xml")) {
                throw new SruDiagnosticException(unsupportedPacking());
            }
            String schemaName = p.value("recordSchema");
            schema = schemaName == null
                    ? RecordSchema.MARCXML
                    : RecordSchema.named(schemaName)
                            .orElseThrow(() -> new SruDiagnosticException(
                                    UNKNOWN_SCHEMA, schemaName, "Supported schemas: marcxml, dc"));

            SearchPlan plan = SearchPlan.of(CqlParser.parse(query));
            SearchPlan.Hits hits;
            try {
                hits = plan.run(catalog, start, count);
            } catch (InvalidSearchException e) {
                throw new SruDiagnosticException(SruDiagnostic.of(e.problems(), null));
            }
            total = hits.total();
            if (count > 0 && total > 0 && (start > total || hits.ids().isEmpty())) {
                throw new SruDiagnosticException(
                        FIRST_RECORD_OUT_OF_RANGE,
                        String.valueOf(start),
                        "startRecord is beyond the " + total + " records found");
            }
            int position = start;
            for (long id : hits.ids()) {
                records.add(new Retrieved(position++, catalog.title(id).orElse(null)));
            }
        } catch (SruDiagnosticException e) {
            return document(out -> response(
                    out,
                    "searchRetrieveResponse",
                    List.of(e.diagnostic()),
                    body -> body.element("srw", "numberOfRecords", NAMESPACE, "0")));
        }

        long found = total;
        long next = start + (long) records.size();
        return document(out -> response(out, "searchRetrieveResponse", List.of(), body -> {
            body.element("srw", "numberOfRecords", NAMESPACE, String.valueOf(found));
            if (!records.isEmpty()) {
                body.start("srw", "records", NAMESPACE);
                records.forEach(r -> record(body, r, schema, asString));
                body.end();
                if (next <= found) {
                    body.element("srw", "nextRecordPosition", NAMESPACE, String.valueOf(next));
                }
            }
        }));
    }

    private static void record(XmlWriter out, Retrieved retrieved, RecordSchema schema, boolean asString) {
        out.start("srw", "record", NAMESPACE);
        if (retrieved.title() == null) {
            // Withdrawn between the search and now: a surrogate diagnostic in the record's place.
            out.element("srw", "recordSchema", NAMESPACE, "info:srw/schema/1/diagnostics-v1.1");
            SruDiagnostic gone = new SruDiagnostic(RECORD_DOES_NOT_EXIST, null, "The record no longer exists");
            recordData(out, asString, data -> diagnostic(data, gone));
        } else {
            out.element("srw", "recordSchema", NAMESPACE, schema.identifier());
            recordData(out, asString, data -> schema.write(data, retrieved.title()));
        }
        out.element("srw", "recordPosition", NAMESPACE, String.valueOf(retrieved.position()));
        out.end();
    }

    /** recordPacking and recordData: the record as XML, or as one escaped string (recordPacking=string). */
    private static void recordData(XmlWriter out, boolean asString, Consumer<XmlWriter> content) {
        out.element("srw", "recordPacking", NAMESPACE, asString ? "string" : "xml");
        out.start("srw", "recordData", NAMESPACE);
        if (asString) {
            StringWriter text = new StringWriter();
            XmlWriter fragment = XmlWriter.fragment(text);
            content.accept(fragment);
            fragment.finish();
            out.text(text.toString());
        } else {
            content.accept(out);
        }
        out.end();
    }

    /** The response element: version, the operation's body, then the diagnostics. */
    private static void response(
            XmlWriter out, String element, List<SruDiagnostic> diagnostics, Consumer<XmlWriter> body) {
        out.start("srw", element, NAMESPACE).namespace("srw", NAMESPACE);
        out.element("srw", "version", NAMESPACE, VERSION);
        body.accept(out);
        if (!diagnostics.isEmpty()) {
            out.start("srw", "diagnostics", NAMESPACE);
            diagnostics.forEach(d -> diagnostic(out, d));
            out.end();
        }
        out.end();
    }

    private static void diagnostic(XmlWriter out, SruDiagnostic diagnostic) {
        out.start("diag", "diagnostic", SruDiagnostic.NAMESPACE).namespace("diag", SruDiagnostic.NAMESPACE);
        out.element("diag", "uri", SruDiagnostic.NAMESPACE, diagnostic.uri());
        if (diagnostic.details() != null) {
            out.element("diag", "details", SruDiagnostic.NAMESPACE, diagnostic.details());
        }
        if (diagnostic.message() != null) {
            out.element("diag", "message", SruDiagnostic.NAMESPACE, diagnostic.message());
        }
        out.end();
    }

    private static byte[] document(Consumer<XmlWriter> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlWriter out = XmlWriter.document(bytes);
        content.accept(out);
        out.finish();
        return bytes.toByteArray();
    }

    private static SruDiagnostic unsupportedPacking() {
        return new SruDiagnostic(UNSUPPORTED_RECORD_PACKING, null, "Supported record packings: xml, string");
    }

    /**
     * Version negotiation as SRU 1.2 has it: the answer is in the highest version we speak that is not
     * above the one asked for, so 1.2 and anything later get 1.2; 1.1 and earlier cannot be answered.
     */
    static boolean supported(String version) {
        Matcher number = VERSION_NUMBER.matcher(version);
        if (!number.matches()) {
            return false;
        }
        int major = Integer.parseInt(number.group(1));
        int minor = Integer.parseInt(number.group(2));
        return major > 1 || (major == 1 && minor >= 2);
    }

    /** Request parameters: the first value of each; blank values count as absent. */
    private record Parameters(Map<String, String[]> values) {

        String value(String name) {
            String[] all = values.get(name);
            return all == null || all.length == 0 || all[0] == null || all[0].isBlank() ? null : all[0].strip();
        }

        /** A whole number from {@code min} upwards, or {@code absent} when not given. */
        int number(String name, int absent, int min) {
            String text = value(name);
            if (text == null) {
                return absent;
            }
            try {
                int number = Integer.parseInt(text);
                if (number >= min) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // falls through to the diagnostic
            }
            throw new SruDiagnosticException(
                    UNSUPPORTED_PARAMETER_VALUE,
                    name,
                    name + " must be a whole number from " + min + ", not '" + text + "'");
        }

        /** The first parameter the operation does not define; extension parameters (x-...) are ignored. */
        Optional<SruDiagnostic> unsupported(Set<String> defined) {
            return values.keySet().stream()
                    .filter(n -> !defined.contains(n) && !n.startsWith("x-"))
                    .sorted()
                    .findFirst()
                    .map(n -> new SruDiagnostic(UNSUPPORTED_PARAMETER, n, "Unsupported parameter"));
        }
    }
}
