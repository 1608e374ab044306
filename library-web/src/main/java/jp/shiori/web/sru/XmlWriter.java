package jp.shiori.web.sru;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An {@link XMLStreamWriter} that cannot produce a malformed document: the stream writer escapes markup
 * characters, and this class drops what XML 1.0 cannot carry at all (control characters from an old MARC
 * import, a stray surrogate in a query), which the stream writer would pass through.
 */
final class XmlWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

    private final XMLStreamWriter xml;

    private XmlWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** A whole document in UTF-8, with its XML declaration. */
    static XmlWriter document(OutputStream out) {
        try {
            XmlWriter writer = new XmlWriter(FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name()));
            return writer.write(() -> writer.xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0"));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
    }

    /** An element without declaration, to be embedded as text (SRU recordPacking=string). */
    static XmlWriter fragment(Writer out) {
        try {
            return new XmlWriter(FACTORY.createXMLStreamWriter(out));
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
    }

    XmlWriter start(String prefix, String localName, String namespace) {
        return write(() -> xml.writeStartElement(prefix, localName, namespace));
    }

    XmlWriter namespace(String prefix, String namespace) {
        return write(() -> {
            if (prefix.isEmpty()) {
                xml.writeDefaultNamespace(namespace);
            } else {
                xml.writeNamespace(prefix, namespace);
            }
        });
    }

    XmlWriter attribute(String name, String value) {
        return write(() -> xml.writeAttribute(name, xmlChars(value)));
    }

    XmlWriter text(String text) {
        return write(() -> xml.writeCharacters(xmlChars(text)));
    }

    XmlWriter end() {
        return write(xml::writeEndElement);
    }

    /** {@code <prefix:name>text</prefix:name>} in a namespace declared further up. */
    XmlWriter element(String prefix, String localName, String namespace, String text) {
        return start(prefix, localName, namespace).text(text).end();
    }

    /** Closes open elements and flushes; the underlying stream stays open. */
    void finish() {
        write(() -> {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        });
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    // Writing to memory cannot fail for I/O reasons; a failure here is a bug (say, an element ended twice).
    private XmlWriter write(Step step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write XML", e);
        }
        return this;
    }

    /** The text without the code points XML 1.0 forbids (Char production: tab, LF, CR and U+0020 upwards). */
    static String xmlChars(String text) {
        if (text == null) {
            return "";
        }
        if (text.codePoints().allMatch(XmlWriter::isXmlChar)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlWriter::isXmlChar).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
