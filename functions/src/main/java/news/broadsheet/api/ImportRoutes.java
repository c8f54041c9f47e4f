package news.broadsheet.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Conflict;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.http.Access;
import news.broadsheet.http.ApiRequest;
import news.broadsheet.http.ApiResponse;
import news.broadsheet.http.Bodies;
import news.broadsheet.http.QueryParams;
import news.broadsheet.http.Route;
import news.broadsheet.importer.ArchiveDump;
import news.broadsheet.importer.ExplicitReading;
import news.broadsheet.importer.LineReadings;
import news.broadsheet.importer.ImportService;
import news.broadsheet.importer.ImportedArticle;
import news.broadsheet.importer.PageDecoder;
import news.broadsheet.importer.rules.HeadGroupRule;

/**
 * {@code POST /api/imports}: a print export in, draft articles and a report out. A file in the
 * archive-dump format (story headers such as {@code 第2版(城事)}) is read as one, or when asked with
 * {@code ?format=archive}; {@code ?format=page} reads it as a page whatever it looks like.
 */
public final class ImportRoutes {
    /** A page export is tens of kilobytes; 512 KiB leaves room for the longest supplement. */
    public static final int MAX_IMPORT_BYTES = 512 * 1024;

    private final ImportService imports;

    public ImportRoutes(ImportService imports) {
        this.imports = imports;
    }

    public List<Route> routes() {
        return List.of(new Route("POST", "/api/imports", Access.NEWSROOM, this::importPage),
                new Route("GET", "/api/imports/{id}", Access.NEWSROOM, this::find));
    }

    private ApiResponse find(ApiRequest request) {
        return ApiResponse.json(200, imports.find(request.pathParam("id")));
    }

    /** The JSON form of an import: the page's text and the editor's reading of it, line by line. */
    public record ReadPage(String text, List<ExplicitReading.Entry> reading) {}

    /** The query parameters POST /api/imports takes (openapi.yaml). */
    static final java.util.Set<String> IMPORT_PARAMETERS = java.util.Set.of("edition", "page", "dryRun", "format", "continues",
            "normalizePunctuation", "duplicateOf");

    private ApiResponse importPage(ApiRequest request) {
        QueryParams.only(request, IMPORT_PARAMETERS);
        boolean dryRun = QueryParams.flag(request, "dryRun");
        String contentType = String.valueOf(request.header("content-type")).split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        List<ExplicitReading.Entry> reading = null;
        String text;
        if (contentType.equals("application/json")) {
            ReadPage body = Bodies.json(request, ReadPage.class);
            if (body.text() == null || body.reading() == null) {
                throw new BadRequest("send {text, reading}: the page's text and a reading of every non-blank line");
            }
            // The page inside the JSON is held to the text/plain limit; the reading around it is extra.
            int bytes = body.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes > MAX_IMPORT_BYTES) {
                throw new TooLarge("the page's text is over " + MAX_IMPORT_BYTES + " bytes", bytes, MAX_IMPORT_BYTES, TooLarge.Unit.BYTES);
            }
            text = body.text();
            reading = body.reading();
            // As a text/plain body's (PageDecoder): U+FFFD stands where bytes could not be read, and is no character of the page.
            int replaced = text.indexOf('\uFFFD');
            if (replaced >= 0) {
                throw new news.broadsheet.failure.Invalid(List.of(new news.broadsheet.failure.Invalid.FieldError("/text",
                        "line " + (1 + text.substring(0, replaced).chars().filter(c -> c == '\n').count())
                                + " holds U+FFFD, a character that could not be read: export the page again, or send it as text/plain with its charset")));
            }
        } else {
            byte[] bytes = Bodies.bytes(request, "text/plain", MAX_IMPORT_BYTES);
            text = PageDecoder.decode(bytes, Bodies.charsetOf(request.header("content-type")));
        }
        String format = QueryParams.text(request, "format");
        // Given, it names one of the two (an empty value is no third choice).
        if (request.query().containsKey("format") && !"archive".equals(format) && !"page".equals(format)) {
            throw new BadRequest("format must be page or archive");
        }
        boolean archive = "archive".equals(format) || (format == null && reading == null && !dryRun && ArchiveDump.looksLikeOne(text));
        if (archive && (reading != null || dryRun)) {
            throw new BadRequest("a reading and dryRun are for a page, not an archive dump");
        }
        String duplicateOf = QueryParams.text(request, "duplicateOf");
        if (duplicateOf != null && (archive || dryRun)) {
            throw new BadRequest("duplicateOf repeats an earlier import of a page on purpose; it is not for an archive dump or a dryRun");
        }
        if (archive) {
            return archive(request, text);
        }
        if (dryRun) {
            ImportService.Preview seen = reading == null ? imports.preview(text, normalizePunctuation(request), request.principal())
                    : imports.previewReading(text, reading, normalizePunctuation(request), request.principal());
            String edition = QueryParams.text(request, "edition");
            Integer page = QueryParams.integer(request, "page");
            // Said before the review, not after it at the import: the page may already be in this edition.
            Optional<Conflict> repeat = edition == null && page == null ? Optional.empty()
                    : imports.repeatOf(text, edition, page, request.principal());
            return preview(seen, repeat);
        }
        ImportService.Imported done = imports.importPage(text, QueryParams.text(request, "edition"),
                QueryParams.integer(request, "page"), request.principal(), normalizePunctuation(request),
                QueryParams.text(request, "continues"), reading, duplicateOf);
        List<Map<String, Object>> report = new ArrayList<>();
        for (int i = 0; i < done.placed().size(); i++) {
            report.add(entry(done.placed().get(i).id(), done.placed().get(i).headline(), done.result().articles().get(i),
                    done.jumps().get(i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", done.record().id());
        body.put("import", done.record().location());
        body.put("articles", done.articles().stream().map(a -> a.id()).toList());
        if (!done.record().joined().isEmpty()) {
            body.put("joined", done.record().joined());
        }
        body.put("report", report);
        body.put("unassigned", done.result().unassigned());
        body.put("unsorted", done.result().unsorted());
        body.put("layout", Map.of("kind", done.result().layout().kind().name().toLowerCase().replace('_', '-'),
                "evidence", done.result().layout().evidence()));
        body.put("notes", done.notes());
        return ApiResponse.json(201, body).header("location", done.record().location());
    }

    /**
     * {@code ?dryRun=true}: the reading line by line and, per story, the report of the draft that reading
     * would make (its doubts are the draft's {@code importDoubts}); nothing is created. With an edition and page,
     * {@code duplicate} says what the import would be refused with as a repeat (absent when it repeats nothing).
     */
    private ApiResponse preview(ImportService.Preview seen, Optional<Conflict> repeat) {
        List<Map<String, Object>> stories = new ArrayList<>();
        for (ImportedArticle a : seen.drafts().articles()) {
            Map<String, Object> entry = entry(null, a.article().headline(), a, null);
            entry.remove("id");
            stories.add(entry);
        }
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineReadings.LineReading l : seen.lines()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("line", l.line());
            line.put("text", l.text());
            line.put("story", l.story());
            line.put("role", l.role());
            line.put("parts", l.parts());
            line.put("joins", l.joins());
            if (l.unsure() != null) {
                line.put("unsure", l.unsure());
            }
            lines.add(line);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lines", lines);
        body.put("stories", stories);
        body.put("unassigned", seen.result().unassigned());
        body.put("unsorted", seen.result().unsorted());
        body.put("layout", Map.of("kind", seen.result().layout().kind().name().toLowerCase().replace('_', '-'),
                "evidence", seen.result().layout().evidence()));
        body.put("notes", seen.notes());
        repeat.ifPresent(r -> body.put("duplicate", finding(r)));
        return ApiResponse.json(200, body);
    }

    /** A repeat refusal as the dry run carries it: the 409 problem's detail and members, in the problem's order. */
    private static Map<String, Object> finding(Conflict refusal) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("detail", refusal.getMessage());
        for (String member : List.of("import", "articles", "edition", "page", "duplicateOf")) {
            if (refusal.extensions().containsKey(member)) {
                out.put(member, refusal.extensions().get(member));
            }
        }
        return out;
    }

    private ApiResponse archive(ApiRequest request, String text) {
        ImportService.ArchiveImported done = imports.importArchive(text, QueryParams.text(request, "edition"),
                request.principal(), normalizePunctuation(request));
        List<Map<String, Object>> report = new ArrayList<>();
        for (ImportService.ArchiveEntry e : done.report()) {
            Map<String, Object> entry = entry(e.article().id(), e.article().headline(), e.found(), e.jump());
            entry.put("page", e.page());
            report.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", done.record().id());
        body.put("import", done.record().location());
        body.put("format", "archive");
        body.put("edition", done.edition());
        if (done.paper() != null) {
            body.put("paper", done.paper());
        }
        body.put("articles", done.articles().stream().map(a -> a.id()).toList());
        body.put("pages", done.pages());
        body.put("report", report);
        body.put("unassigned", done.unassigned());
        body.put("unsorted", false);
        body.put("layout", Map.of("kind", "archive", "evidence", "story headers (第N版(…), 专栏:…); one paragraph per line under each"));
        body.put("notes", done.notes());
        return ApiResponse.json(201, body).header("location", done.record().location());
    }

    static Map<String, Object> entry(String id, String headline, ImportedArticle found, String jump) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        entry.put("headline", headline);
        List<String> recognised = new ArrayList<>(found.recognised());
        if (jump != null) {
            recognised.add(jump);
        }
        entry.put("recognised", recognised);
        entry.put("unsure", found.unsure());
        if (found.headGroup() != null) {
            entry.put("headGroup", headGroup(found.headGroup()));
        }
        return entry;
    }

    private static boolean normalizePunctuation(ApiRequest request) {
        return QueryParams.flag(request, "normalizePunctuation");
    }

    private static Map<String, Object> headGroup(HeadGroupRule.Reading reading) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reading", reading.parts().stream().map(p -> Map.of("role", p.role().name().toLowerCase(), "text", p.text())).toList());
        out.put("confidence", reading.confidence());
        out.put("evidence", reading.evidence());
        if (reading.alternative() != null) {
            out.put("alternative", reading.alternative());
        }
        return out;
    }
}
