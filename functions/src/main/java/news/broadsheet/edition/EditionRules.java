package news.broadsheet.edition;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.broadsheet.article.ArticleRules;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.Invalid.FieldError;

/** The documented limits of an edition's layout. */
public final class EditionRules {
    public static final int MAX_PAGES = 100;
    public static final int MAX_ARTICLES_PER_PAGE = 60;
    public static final int MAX_PAGE_NAME = 20;

    private EditionRules() {}

    public static EditionInput normalise(String date, EditionInput in) {
        List<FieldError> errors = new ArrayList<>();
        EditionDates.layable(errors, "date", ArticleRules.editionDate(errors, "date", date));
        if (in == null) {
            throw new Invalid(List.of(new FieldError("", "the body must be a JSON object")));
        }
        if (in.number() == null || in.number() < 1) {
            errors.add(new FieldError("/number", "is required: the issue number, 1 or more"));
        }
        List<EditionPage> pages = in.pages() == null ? List.of() : in.pages();
        if (pages.isEmpty() || pages.size() > MAX_PAGES) {
            errors.add(new FieldError("/pages", "between 1 and " + MAX_PAGES + " pages"));
        }
        Set<Integer> numbers = new HashSet<>();
        Set<String> placed = new HashSet<>();
        List<EditionPage> clean = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            EditionPage p = pages.get(i);
            String at = "/pages/" + i;
            if (p == null) {
                errors.add(new FieldError(at, "must be an object"));
                continue;
            }
            if (p.number() < 1 || p.number() > ArticleRules.MAX_PAGE) {
                errors.add(new FieldError(at + "/number", "must be a page number from 1 to " + ArticleRules.MAX_PAGE + ", once"));
            } else if (!numbers.add(p.number())) {
                errors.add(new FieldError(at + "/number", "page number " + p.number() + " is on two pages; each number once"));
            }
            // A 版面 name is one line next to others (the page strip, titles): no bidi scopes (BidiControls).
            String name = p.name() == null ? null
                    : news.broadsheet.text.BidiControls.strip(Normalizer.normalize(p.name().strip(), Normalizer.Form.NFC));
            if (news.broadsheet.text.TextRules.isBlank(name) || name.codePointCount(0, name.length()) > MAX_PAGE_NAME) {
                errors.add(new FieldError(at + "/name", "is required, at most " + MAX_PAGE_NAME + " characters"));
            } else {
                ArticleRules.singleLineProblem(name).ifPresent(problem -> errors.add(new FieldError(at + "/name", problem)));
            }
            if (p.articles().size() > MAX_ARTICLES_PER_PAGE) {
                errors.add(new FieldError(at + "/articles", "at most " + MAX_ARTICLES_PER_PAGE + " articles a page"));
            }
            for (int j = 0; j < p.articles().size(); j++) {
                String id = p.articles().get(j);
                if (id == null || id.isBlank() || !placed.add(id)) {
                    errors.add(new FieldError(at + "/articles/" + j, "must be an article id, placed once in the edition"));
                }
            }
            clean.add(new EditionPage(p.number(), name, p.articles()));
        }
        String publishAt = publishAt(errors, in.publishAt());
        if (!errors.isEmpty()) {
            throw new Invalid(errors);
        }
        clean.sort((a, b) -> Integer.compare(a.number(), b.number()));
        return new EditionInput(in.number(), clean, publishAt);
    }

    /** ISO 8601 with an offset (a bare local time would be ambiguous), kept as a UTC instant; see {@link news.broadsheet.article.Dates}. */
    private static String publishAt(List<FieldError> errors, String value) {
        return ArticleRules.instantWithOffset(errors, "/publishAt", value);
    }
}
