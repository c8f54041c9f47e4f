package news.broadsheet.publish;

import java.util.List;
import java.util.regex.Pattern;
import news.broadsheet.render.RenderedFile;
import news.broadsheet.render.SiteRenderer;

/**
 * Content-Type and Cache-Control from an ordered list of path rules; the first match wins, and the
 * last rule matches everything, which the constructor checks. Hashed assets never change, so they
 * are cached for a year; HTML and feeds change, so browsers revalidate after a minute while the CDN
 * keeps them a day (the publisher invalidates exactly what changed).
 */
public final class HeaderRules {
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    public static final String SHORT = "public, max-age=60, s-maxage=86400";

    /** One rule: keys matching {@code pattern} are served with these headers. */
    public record Rule(Pattern pattern, String contentType, String cacheControl) {}

    public static final List<Rule> DEFAULT = List.of(
            new Rule(Pattern.compile("^assets/.+\\.[0-9a-f]{8,}\\.css$"), "text/css; charset=utf-8", IMMUTABLE),
            new Rule(Pattern.compile("^assets/.+\\.[0-9a-f]{8,}\\.js$"), "text/javascript; charset=utf-8", IMMUTABLE),
            new Rule(Pattern.compile("^assets/.+\\.[0-9a-f]{8,}\\.svg$"), "image/svg+xml", IMMUTABLE),
            new Rule(Pattern.compile("(^|/)search/[0-9a-f]{12}/.+\\.bin$"), "application/octet-stream", IMMUTABLE),
            new Rule(Pattern.compile("(^|/)search/[0-9a-f]{12}/.+\\.json$"), "application/json", IMMUTABLE),
            new Rule(Pattern.compile("(^|/)search/[0-9a-f]{12}/.+\\.txt$"), "text/plain; charset=utf-8", IMMUTABLE),
            new Rule(Pattern.compile("^search/index\\.json$"), "application/json", SHORT),
            // An edition's printed pages: named by their content (PrintedPages), so never changed in place.
            new Rule(Pattern.compile("^editions/[^/]+/print/.+\\.[0-9a-f]{12}\\.webp$"), "image/webp", IMMUTABLE),
            new Rule(Pattern.compile("^editions/[^/]+/print/.+\\.[0-9a-f]{12}\\.jpg$"), "image/jpeg", IMMUTABLE),
            new Rule(Pattern.compile("^editions/[^/]+/print/.+\\.[0-9a-f]{12}\\.pdf$"), "application/pdf", IMMUTABLE),
            new Rule(Pattern.compile("\\.html$"), "text/html; charset=utf-8", SHORT),
            new Rule(Pattern.compile("^feed\\.xml$"), "application/atom+xml; charset=utf-8", SHORT),
            new Rule(Pattern.compile("\\.xml$"), "application/xml; charset=utf-8", SHORT),
            new Rule(Pattern.compile("\\.txt$"), "text/plain; charset=utf-8", SHORT),
            new Rule(Pattern.compile(""), "application/octet-stream", SHORT));

    private final List<Rule> rules;

    public HeaderRules(List<Rule> rules) {
        if (rules.isEmpty() || !rules.get(rules.size() - 1).pattern().pattern().isEmpty()) {
            throw new IllegalArgumentException("the last header rule must match every key (an empty pattern)");
        }
        this.rules = List.copyOf(rules);
    }

    public static HeaderRules defaults() {
        return new HeaderRules(DEFAULT);
    }

    private static final Pattern PRINT_PDF = Pattern.compile("^editions/(\\d{4}-\\d{2}-\\d{2})/print/(\\d+|edition)\\.[0-9a-f]{12}\\.pdf$");

    /**
     * The Content-Disposition of an edition's printed-page PDF, so that a reader who opens it and saves it
     * gets a readable name instead of its hashed key: {@code inline} (it still opens in the browser), an
     * ASCII {@code filename} and, for a 版面, a UTF-8 {@code filename*} ({@code 2026-03-12 第1版.pdf}), as
     * RFC 6266 section 4.3 recommends for non-ASCII names (RFC 8187 encoding). Null for any other key.
     */
    public static String contentDisposition(String key) {
        java.util.regex.Matcher m = PRINT_PDF.matcher(key);
        if (!m.matches()) {
            return null;
        }
        String date = m.group(1);
        if (m.group(2).equals("edition")) {
            return "inline; filename=\"" + date + ".pdf\"";
        }
        String utf8 = java.net.URLEncoder.encode(date + " 第" + m.group(2) + "版.pdf", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return "inline; filename=\"" + date + "-" + m.group(2) + ".pdf\"; filename*=UTF-8''" + utf8;
    }

    public Rule ruleFor(String key) {
        return rules.stream().filter(r -> r.pattern().matcher(key).find()).findFirst().orElseThrow();
    }

    public SiteObject object(RenderedFile file) {
        Rule rule = ruleFor(file.key());
        return new SiteObject(file.key(), file.bytes(), rule.contentType(), rule.cacheControl(), SiteRenderer.sha256(file.bytes()));
    }
}
