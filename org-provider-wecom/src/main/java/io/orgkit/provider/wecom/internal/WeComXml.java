package io.orgkit.provider.wecom.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads WeCom's flat XML ({@code <xml><Name>value</Name>...</xml>}) into a map of its top-level elements. No DTD,
 * no external entities, no entity expansion; at most {@value #MAX_ELEMENTS} elements of at most
 * {@value #MAX_VALUE} characters each.
 */
final class WeComXml {
    static final int MAX_ELEMENTS = 64;
    static final int MAX_VALUE = 16 * 1024;

    private WeComXml() {}

    /** @throws IllegalArgumentException when the text is not such XML */
    static Map<String, String> read(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            Element root = b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getDocumentElement();
            Map<String, String> out = new LinkedHashMap<>();
            NodeList children = root.getChildNodes();
            int elements = 0;
            for (int i = 0; i < children.getLength(); i++) {
                Node n = children.item(i);
                if (n.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                String value = n.getTextContent().trim();
                if (++elements > MAX_ELEMENTS || value.length() > MAX_VALUE) {
                    throw new IllegalArgumentException("too large");
                }
                out.putIfAbsent(n.getNodeName(), value);
            }
            return out;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML", e);
        }
    }
}
