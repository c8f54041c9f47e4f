package news.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Byline;
import news.broadsheet.article.Status;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The Atom feed and sitemaps as XML: well-formed whatever the text, and carrying what RFC 4287 requires. */
class FeedsTest {
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final SiteInfo site = new SiteInfo("城市日报", "https://paper.example", "/assets/site.css");

    /** Failure: entries whose byline names no person (a 本报评论员 piece, a notice) had no author, an invalid feed. */
    @Test
    void atom_hasEveryRequiredElement_whenBylinesAreARoleOnlyOrAbsent() throws Exception {
        Article commentary = article("c1", "坚定信心 稳中求进", List.of(new Byline("本报评论员", null)), "2026-01-05T00:10:00Z", null);
        Article notice = article("n1", "寻物启事", List.of(), "2026-01-05T00:10:00Z", null);
        Article reported = article("r1", "城南供暖提前启动", List.of(new Byline("记者", "林小雨"), new Byline("记者", "周明")),
                "2026-01-04T23:00:00Z", "2026-01-05T06:30:00Z");

        Document feed = parse(Feeds.atom(site, SHANGHAI, entries(commentary, notice, reported)));

        Element root = feed.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(childText(root, "id")).isEqualTo("https://paper.example/");
        assertThat(childText(root, "title")).isEqualTo("城市日报");
        assertThat(childText(root, "updated")).isEqualTo("2026-01-05T14:30:00+08:00");
        assertThat(authors(root)).containsExactly("城市日报");
        List<Element> entries = children(root, "entry");
        assertThat(entries).hasSize(3);
        for (Element e : entries) {
            assertThat(childText(e, "id")).startsWith("https://paper.example/editions/2026-01-05/articles/");
            assertThat(childText(e, "title")).isNotBlank();
            assertThat(OffsetDateTime.parse(childText(e, "updated")).getOffset().getId()).isEqualTo("+08:00");
            assertThat(OffsetDateTime.parse(childText(e, "published")).getOffset().getId()).isEqualTo("+08:00");
            // No content element, so RFC 4287 4.1.2 requires an alternate link.
            assertThat(children(e, "link")).anyMatch(l -> l.getAttribute("rel").equals("alternate")
                    && l.getAttribute("href").equals(childText(e, "id")));
        }
        assertThat(authors(entries.get(0))).containsExactly("本报评论员");
        assertThat(authors(entries.get(1))).isEmpty();
        assertThat(authors(entries.get(2))).containsExactly("林小雨", "周明");
        assertThat(childText(entries.get(2), "published")).isEqualTo("2026-01-05T07:00:00+08:00");
        assertThat(childText(entries.get(2), "updated")).isEqualTo("2026-01-05T14:30:00+08:00");
    }

    /** Failure: U+FFFE, U+FFFF, control characters and lone surrogates made the feed unreadable to every XML parser. */
    @Test
    void charactersXmlForbids_neverReachTheFeed() throws Exception {
        String forbidden = "供暖\uFFFE提前\uFFFF启动\u0001\u0008\u000B\u001F\uD800了";
        Article a = ArticleBuilder.builder().id("x1").headline(forbidden).byline(List.of(new Byline("记者", "林\uFFFF小雨")))
                .body(List.of(Block.paragraph("受降温影响\uFFFE，供暖提前五天启动。\uDFFF"))).edition("2026-01-05")
                .page(1).tags(List.of()).status(Status.PUBLISHED).version(1)
                .publishedAt("2026-01-05T00:00:00Z").writeSeq(1L).build();

        byte[] xml = Feeds.atom(site, SHANGHAI, entries(a));

        Element entry = children(parse(xml).getDocumentElement(), "entry").get(0);
        assertThat(childText(entry, "title")).isEqualTo("供暖提前启动了");
        assertThat(authors(entry)).containsExactly("林小雨");
        assertThat(childText(entry, "summary")).isEqualTo("受降温影响，供暖提前五天启动。");
    }

    @Test
    void charactersXmlForbids_neverReachASitemap() throws Exception {
        List<Feeds.Url> urls = List.of(new Feeds.Url("https://paper.example/editions/2026-01-05/articles/\uFFFEa\u0000b/", "2026-01-05"));

        Document urlset = parse(Feeds.urlset(urls));
        Document index = parse(Feeds.sitemapIndex(urls));

        assertThat(urlset.getElementsByTagName("loc").item(0).getTextContent())
                .isEqualTo("https://paper.example/editions/2026-01-05/articles/ab/");
        assertThat(index.getElementsByTagName("loc").item(0).getTextContent())
                .isEqualTo("https://paper.example/editions/2026-01-05/articles/ab/");
    }

    @Test
    void textXmlAllows_isKeptExactly_includingAstralCharactersAndMarkup() throws Exception {
        String text = "𠀀字 <b>&amp; \"引号\"\t换行\n";
        Article a = article("k1", text, List.of(), "2026-01-05T00:00:00Z", null);

        Element entry = children(parse(Feeds.atom(site, SHANGHAI, entries(a))).getDocumentElement(), "entry").get(0);

        assertThat(childText(entry, "title")).isEqualTo(text);
    }

    private static Article article(String id, String headline, List<Byline> byline, String publishedAt, String correctedAt) {
        return ArticleBuilder.builder().id(id).headline(headline).byline(byline)
                .body(List.of(Block.paragraph("正文。"))).edition("2026-01-05").page(1).tags(List.of())
                .status(Status.PUBLISHED).version(1).publishedAt(publishedAt)
                .correctedAt(correctedAt).writeSeq(1L).build();
    }

    private static List<Feeds.Entry> entries(Article... all) {
        List<Feeds.Entry> out = new ArrayList<>();
        for (Article a : all) {
            out.add(new Feeds.Entry(a, "/editions/2026-01-05/articles/" + a.id() + "/", "2026-01-05"));
        }
        return out;
    }

    /** A strict, namespace-aware XML 1.0 parse: fails on anything not well-formed. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document[] doc = new Document[1];
            assertThatCode(() -> doc[0] = builder.parse(new ByteArrayInputStream(xml))).doesNotThrowAnyException();
            return doc[0];
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String childText(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<%s> in <%s>", name, parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    private static List<String> authors(Element parent) {
        return children(parent, "author").stream().map(a -> childText(a, "name")).toList();
    }
}
