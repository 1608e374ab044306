package jp.shiori.web.sru;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A response or record read back with a namespace-aware DOM parser, queried by XPath with fixed prefixes. */
final class ParsedXml {

    private static final Map<String, String> PREFIXES = Map.of(
            "srw", SruProtocol.NAMESPACE,
            "diag", SruDiagnostic.NAMESPACE,
            "marc", MarcXmlRecord.NAMESPACE,
            "zr", ExplainRecord.NAMESPACE,
            "srw_dc", DublinCoreRecord.SCHEMA_NAMESPACE,
            "dc", DublinCoreRecord.DC_NAMESPACE);

    final Document document;
    private final XPath xpath;

    ParsedXml(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError(
                    "Not well-formed XML:\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String namespaceURI) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceURI) {
                return null;
            }
        });
    }

    /** One record written alone into a document of its own. */
    static ParsedXml of(Consumer<XmlWriter> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XmlWriter out = XmlWriter.document(bytes);
        content.accept(out);
        out.finish();
        return new ParsedXml(bytes.toByteArray());
    }

    String text(String expression) {
        try {
            return xpath.evaluate(expression, document);
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (Exception e) {
            throw new AssertionError(expression, e);
        }
    }

    int count(String expression) {
        return texts(expression).size();
    }
}
