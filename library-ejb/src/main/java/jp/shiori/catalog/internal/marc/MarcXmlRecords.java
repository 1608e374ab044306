package jp.shiori.catalog.internal.marc;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/**
 * MARCXML ({@code http://www.loc.gov/MARC21/slim}) records, pulled one at a time into marc4j records.
 *
 * <p>Not marc4j's {@code MarcXmlReader}: it parses on a thread of its own, which blocks for good when the
 * reader is abandoned half-way (a stopped import job). A pull parser stays on the caller's thread.
 */
final class MarcXmlRecords implements MarcRecords {

    private final InputStream in;
    private final XMLStreamReader xml;
    private final MarcFactory marc = MarcFactory.newInstance();

    MarcXmlRecords(InputStream in) throws IOException {
        this.in = in;
        var xmlFactory = XMLInputFactory.newFactory();
        // Imported files come from outside: no DTDs, no external entities.
        xmlFactory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xmlFactory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            this.xml = xmlFactory.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new IOException("cannot read the MARCXML document: " + e.getMessage(), e);
        }
    }

    @Override
    public Record next() throws IOException, UnusableRecordException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("record")) {
                    return readRecord();
                }
            }
            return null;
        } catch (XMLStreamException e) {
            // Unlike ISO 2709 there is no terminator to start again from: the rest of the file is lost.
            throw new IOException("the MARCXML document is not well-formed: " + e.getMessage(), e);
        }
    }

    /** Reads up to the end of the record element, so that a bad record leaves the parser before the next. */
    private Record readRecord() throws XMLStreamException, UnusableRecordException {
        Record record = marc.newRecord();
        DataField field = null;
        String problem = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("record")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String tag = xml.getAttributeValue(null, "tag");
            try {
                switch (xml.getLocalName()) {
                    case "leader" -> record.setLeader(marc.newLeader(xml.getElementText()));
                    case "controlfield" -> record.addVariableField(marc.newControlField(tag, xml.getElementText()));
                    case "datafield" -> {
                        field = marc.newDataField(tag, indicator("ind1"), indicator("ind2"));
                        record.addVariableField(field);
                    }
                    case "subfield" -> {
                        String code = xml.getAttributeValue(null, "code");
                        String data = xml.getElementText();
                        if (field == null || code == null || code.length() != 1) {
                            throw new IllegalArgumentException("a subfield without a field or a one-letter code");
                        }
                        field.addSubfield(marc.newSubfield(code.charAt(0), data));
                    }
                    default -> {
                        // elements of other vocabularies inside a record carry nothing for us
                    }
                }
            } catch (RuntimeException e) {
                // marc4j refuses a bad tag or a short leader with one of several runtime exceptions.
                if (problem == null) {
                    problem = "malformed MARCXML <" + xml.getLocalName() + (tag == null ? "" : " tag=\"" + tag + "\"")
                            + ">: " + e.getMessage();
                }
            }
        }
        if (problem != null) {
            throw new UnusableRecordException(record.getControlNumber(), problem);
        }
        return record;
    }

    private char indicator(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null || value.isEmpty() ? ' ' : value.charAt(0);
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing the parser frees only its own state; the stream below is closed next
        } finally {
            in.close();
        }
    }
}
