package news.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import news.broadsheet.article.Article;
import news.broadsheet.media.MediaVariant;
import news.broadsheet.render.EditionContent.PageContent;

/** Turns a 版面's {@link PrintedPage} into what its page shows: the image, the story links over it, the PDFs. */
final class Prints {
    /**
     * The sheet's slot (site.css, {@code .sheet}): the viewport less main's padding on phones, at
     * most 40rem from the 48rem breakpoint. A phone at 390 CSS pixels and 3× picks a variant near
     * 1,100 pixels, never the desktop's.
     */
    static final String SHEET_SIZES = "(min-width: 48rem) 40rem, calc(100vw - 2rem)";
    /**
     * Narrower than a tablet, only the phone's images are offered (art direction, a {@code <source media>}):
     * a 3× phone would otherwise pick the desktop's file for its 1,100 device pixels. 查看大图 has the rest.
     */
    static final String PHONE_MEDIA = "(max-width: 47.99rem)";
    /** The widest image a phone is offered: the phone rendition is 828 pixels (414 CSS pixels at 2×). */
    static final int PHONE_MAX_WIDTH = 1000;
    /** The fallback for browsers without srcset: a phone's width. */
    static final int FALLBACK_WIDTH = 640;

    private Prints() {}

    /** The region's fragment on the 版面 page: {@code a-} and the article's URL key (letters, digits, {@code -}, {@code _}). */
    static String regionId(EditionContent content, Article a) {
        return "a-" + content.keys().get(a.id());
    }

    /** {@code /editions/DATE/pages/N/#a-KEY} when the article has a region on its 版面's printed page, else null. */
    static String placeOnPage(EditionContent content, Article a) {
        PageContent page = content.pageOf(a);
        int n = page.page().number();
        return content.print(n).filter(p -> p.regions().containsKey(a.id()))
                .map(p -> SiteUrls.page(content.date(), n) + "#" + regionId(content, a)).orElse(null);
    }

    static Optional<PrintView> view(EditionContent content, PageContent page, String label) {
        return content.print(page.page().number()).filter(p -> !p.images("jpeg").isEmpty() || !p.images("webp").isEmpty())
                .map(p -> view(content, page, label, p));
    }

    private static PrintView view(EditionContent content, PageContent page, String label, PrintedPage print) {
        List<PrintView.Region> regions = new ArrayList<>();
        for (Article a : page.articles()) {
            region(content, print, a).ifPresent(regions::add);
        }
        // A jumped story's continuation (下转/上接): laid out on another 版面, its text goes on here.
        for (Article a : content.readingOrder()) {
            if (!page.articles().contains(a)) {
                region(content, print, a).ifPresent(regions::add);
            }
        }
        List<MediaVariant> jpeg = print.images("jpeg");
        List<MediaVariant> webp = print.images("webp");
        List<MediaVariant> any = jpeg.isEmpty() ? webp : jpeg;
        MediaVariant widest = any.get(any.size() - 1);
        MediaVariant fallback = any.stream().filter(v -> v.width() <= FALLBACK_WIDTH).reduce((x, y) -> y).orElse(any.get(0));
        Picture image = new Picture(fallback.path(), widest.width(), widest.height(), srcset(webp), srcset(any), SHEET_SIZES);
        List<MediaVariant> modern = webp.isEmpty() ? jpeg : webp;
        List<MediaVariant> phone = modern.stream().filter(v -> v.width() <= PHONE_MAX_WIDTH).toList();
        boolean phoneOnly = !phone.isEmpty() && phone.size() < modern.size();
        return new PrintView(image, phoneOnly ? srcset(phone) : null, webp.isEmpty() ? "image/jpeg" : "image/webp",
                label + " 版面图", "0 0 " + number(print.width()) + " " + number(print.height()), regions,
                widest.path(), print.pdfKey() == null ? null : "/" + print.pdfKey(),
                print.pdfKey() == null ? null : size(print.pdfBytes()),
                print.editionPdfKey() == null ? null : "/" + print.editionPdfKey(),
                print.editionPdfKey() == null ? null : size(print.editionPdfBytes()));
    }

    private static Optional<PrintView.Region> region(EditionContent content, PrintedPage print, Article a) {
        List<double[]> shapes = print.regions().get(a.id());
        return shapes == null || shapes.isEmpty() ? Optional.empty()
                : Optional.of(new PrintView.Region(regionId(content, a), content.articleUrl(a), a.headline(), path(shapes)));
    }

    /** Closed polygons as SVG path data: {@code M x y L x y … Z} for each. */
    static String path(List<double[]> polygons) {
        StringBuilder d = new StringBuilder();
        for (double[] p : polygons) {
            if (p.length < 6 || p.length % 2 != 0) {
                throw new IllegalArgumentException("a region polygon needs at least three x, y pairs, not " + p.length + " numbers");
            }
            for (int i = 0; i < p.length; i += 2) {
                d.append(d.isEmpty() ? "" : " ").append(i == 0 ? "M" : "L").append(number(p[i])).append(' ').append(number(p[i + 1]));
            }
            d.append(" Z");
        }
        return d.toString();
    }

    /** Points to a tenth (a tenth of a point is far below a pixel at any width the page is shown). */
    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** The PDF's size as the download link states it: {@code 820 KB}, {@code 3.1 MB} (decimal units). */
    static String size(long bytes) {
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static String srcset(List<MediaVariant> variants) {
        return variants.isEmpty() ? null : variants.stream().map(v -> v.path() + " " + v.width() + "w").collect(Collectors.joining(", "));
    }
}
