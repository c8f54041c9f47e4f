package news.broadsheet.publish;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.broadsheet.render.Labels;
import news.broadsheet.render.PrintFileNames;
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
     * ASCII {@code filename} ({@code 2026-03-12-1.pdf}, {@code 2026-03-12.pdf} for the whole edition) and a
     * UTF-8 {@code filename*} with the name the reader page's link gives it ({@link PrintFileNames}:
     * {@code 城南日报 2026年3月12日 第1版.pdf}), as RFC 6266 section 4.3 recommends for non-ASCII names, in
     * RFC 8187's encoding. A browser prefers this name to a link's {@code download} value. Null for any other key.
     *
     * @param paperName the paper's name as the site prints it; null or blank leaves it out of the name
     */
    public static String contentDisposition(String key, String paperName) {
        Matcher m = PRINT_PDF.matcher(key);
        if (!m.matches()) {
            return null;
        }
        String date = m.group(1);
        String day = Labels.day(date);
        boolean edition = m.group(2).equals("edition");
        String ascii = edition ? date + ".pdf" : date + "-" + m.group(2) + ".pdf";
        String name = edition ? PrintFileNames.edition(paperName, day) : PrintFileNames.page(paperName, day, Integer.parseInt(m.group(2)));
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc8187(name);
    }

    /** RFC 8187 section 3.2.1's value-chars: each UTF-8 byte outside attr-char percent-encoded (upper-case hex). */
    static String rfc8187(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    public Rule ruleFor(String key) {
        return rules.stream().filter(r -> r.pattern().matcher(key).find()).findFirst().orElseThrow();
    }

    public SiteObject object(RenderedFile file) {
        Rule rule = ruleFor(file.key());
        return new SiteObject(file.key(), file.bytes(), rule.contentType(), rule.cacheControl(), SiteRenderer.sha256(file.bytes()));
    }
}
