package news.broadsheet.render;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.broadsheet.article.Article;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Correction;
import news.broadsheet.article.CorrectionType;

/**
 * The Atom feed and the sitemaps, written with a streaming XML writer (which escapes every text and
 * attribute). Every text and URL passes {@link XmlText#clean} first, so no character XML forbids
 * reaches a feed or sitemap, whatever the stored text holds.
 */
public final class Feeds {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private Feeds() {}

    /** An Atom entry: the article and where it lives. */
    public record Entry(Article article, String url, String date) {}

    /** A sitemap URL and its last modification (a date or an instant). */
    public record Url(String loc, String lastmod) {}

    /**
     * The Atom feed (RFC 4287). The paper is the feed's author, so an entry whose byline names no
     * person (a notice, a 本报评论员 piece) is still valid: section 4.1.1 asks for an author on every
     * entry unless the feed has one. A role alone is its entry's author name.
     *
     * @param entries newest edition first, each edition's articles in reading order
     * @param zone the paper's time zone: every timestamp carries its offset
     */
    public static byte[] atom(SiteInfo site, ZoneId zone, List<Entry> entries) {
        return write(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            w.writeAttribute("xml:lang", "zh-CN");
            element(w, "title", site.paperName());
            element(w, "id", site.baseUrl() + "/");
            link(w, site.baseUrl() + "/feed.xml", "self");
            link(w, site.baseUrl() + "/", "alternate");
            Instant newest = entries.stream().map(e -> modified(e, zone))
                    .max(Instant::compareTo).orElse(Instant.EPOCH);
            element(w, "updated", Timestamps.format(newest, zone));
            author(w, site.paperName());
            for (Entry e : entries) {
                w.writeStartElement("entry");
                element(w, "title", e.article().headline());
                element(w, "id", site.baseUrl() + e.url());
                link(w, site.baseUrl() + e.url(), "alternate");
                element(w, "published", Timestamps.format(Timestamps.published(e.article(), e.date(), zone), zone));
                element(w, "updated", Timestamps.format(modified(e, zone), zone));
                for (Byline b : e.article().byline()) {
                    String name = b.name() != null ? b.name() : b.role();
                    if (name != null && !name.isBlank()) {
                        author(w, name);
                    }
                }
                if (CorrectionType.retracts(e.article().corrections())) {
                    w.writeStartElement("summary");
                    w.writeAttribute("type", "html");
                    w.writeCharacters(XmlText.clean(retractedSummary(e.article())));
                    w.writeEndElement();
                } else {
                    String summary = summary(e.article());
                    if (summary != null) {
                        element(w, "summary", summary);
                    }
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** The last change readers were told of: the text's, or a later entry of its corrections log. */
    private static Instant modified(Entry e, ZoneId zone) {
        Instant modified = Timestamps.modified(e.article(), e.date(), zone);
        for (Correction c : e.article().corrections()) {
            Instant at = Instant.parse(c.at());
            modified = at.isAfter(modified) ? at : modified;
        }
        return modified;
    }

    /** The entry's summary: its corrections log first (readers of the feed are told what changed), then its description. */
    private static String summary(Article a) {
        StringBuilder out = new StringBuilder();
        a.corrections().forEach(c -> out.append(c.type().label()).append("：").append(c.note()).append('\n'));
        String lead = Labels.description(a);
        if (lead != null) {
            out.append(lead);
        }
        return out.length() == 0 ? null : out.toString().strip();
    }

    /**
     * A retracted entry's summary, as escaped HTML (RFC 4287 section 3.1.1.2): its log, then its lead
     * struck, as the article page strikes its text; plain text could only repeat the text unstruck.
     */
    private static String retractedSummary(Article a) {
        StringBuilder out = new StringBuilder();
        a.corrections().forEach(c -> out.append("<p><strong>").append(html(c.type().label())).append("</strong>：")
                .append(html(c.note())).append("</p>"));
        String lead = Labels.description(a);
        if (lead != null) {
            out.append("<p><s>").append(html(lead)).append("</s></p>");
        }
        return out.toString();
    }

    /** Text as HTML text: the markup characters escaped (the XML writer then escapes the whole once more). */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void author(XMLStreamWriter w, String name) throws XMLStreamException {
        w.writeStartElement("author");
        element(w, "name", name);
        w.writeEndElement();
    }

    public static byte[] sitemapIndex(List<Url> sitemaps) {
        return write(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (Url u : sitemaps) {
                w.writeStartElement("sitemap");
                element(w, "loc", u.loc());
                if (u.lastmod() != null) {
                    element(w, "lastmod", u.lastmod());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    public static byte[] urlset(List<Url> urls) {
        return write(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            for (Url u : urls) {
                w.writeStartElement("url");
                element(w, "loc", u.loc());
                if (u.lastmod() != null) {
                    element(w, "lastmod", u.lastmod());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(XmlText.clean(text));
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String href, String rel) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", XmlText.clean(href));
    }
}
