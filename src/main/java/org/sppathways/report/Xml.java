package org.sppathways.report;

import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter}, which does all escaping: the report is
 * well-formed XHTML (and so also parses as an XML document in tests).
 */
final class Xml {
  private final XMLStreamWriter out;

  Xml(Writer writer) {
    try {
      this.out = XMLOutputFactory.newFactory().createXMLStreamWriter(writer);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  Xml open(String element, String... attributes) {
    try {
      out.writeStartElement(element);
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        out.writeAttribute(attributes[i], attributes[i + 1]);
      }
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  Xml text(String text) {
    try {
      out.writeCharacters(text);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  Xml close() {
    try {
      out.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An element holding only text. */
  Xml leaf(String element, String text, String... attributes) {
    return open(element, attributes).text(text).close();
  }

  /** An element with attributes only. */
  Xml empty(String element, String... attributes) {
    return open(element, attributes).close();
  }

  Xml raw(String markup) {
    try {
      out.writeDTD(markup);
      return this;
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  void finish() {
    try {
      out.writeEndDocument();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
