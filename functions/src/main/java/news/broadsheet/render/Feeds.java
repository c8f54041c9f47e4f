package news.broadsheet.render;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import news.broadsheet.article.Article;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Correction;

/** The Atom feed and the sitemaps, written with a streaming XML writer (which escapes every text and attribute). */
public final class Feeds {
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private Feeds() {}

    /** An Atom entry: the article and where it lives. */
    public record Entry(Article article, String url, String date) {}

    /** A sitemap URL and its last modification (a date or an instant). */
    public record Url(String loc, String lastmod) {}

    public static byte[] atom(SiteInfo site, List<Entry> entries) {
        return write(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            w.writeAttribute("xml:lang", "zh-CN");
            element(w, "title", site.paperName());
            element(w, "id", site.baseUrl() + "/");
            link(w, site.baseUrl() + "/feed.xml", "self");
            link(w, site.baseUrl() + "/", "alternate");
            element(w, "updated", entries.stream().map(e -> updated(e)).max(String::compareTo).orElse("1970-01-01T00:00:00Z"));
            for (Entry e : entries) {
                w.writeStartElement("entry");
                element(w, "title", e.article().headline());
                element(w, "id", site.baseUrl() + e.url());
                link(w, site.baseUrl() + e.url(), "alternate");
                element(w, "published", e.date() + "T00:00:00Z");
                element(w, "updated", updated(e));
                for (Byline b : e.article().byline()) {
                    if (b.name() != null) {
                        w.writeStartElement("author");
                        element(w, "name", b.name());
                        w.writeEndElement();
                    }
                }
                String summary = summary(e.article());
                if (summary != null) {
                    element(w, "summary", summary);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
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

    /** The latest of the corrected text and the logged corrections, else the edition's day. */
    private static String updated(Entry e) {
        String updated = e.article().correctedAt() != null ? e.article().correctedAt() : e.date() + "T00:00:00Z";
        for (Correction c : e.article().corrections()) {
            updated = Instant.parse(c.at()).isAfter(Instant.parse(updated)) ? c.at() : updated;
        }
        return updated;
    }

    /** The entry's summary: its corrections log first (readers of the feed are told what changed), then the lead. */
    private static String summary(Article a) {
        StringBuilder out = new StringBuilder();
        a.corrections().forEach(c -> out.append(c.type().label()).append("：").append(c.note()).append('\n'));
        String lead = Labels.lead(a.body());
        if (lead != null) {
            out.append(lead);
        }
        return out.length() == 0 ? null : out.toString().strip();
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
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String href, String rel) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
    }
}
