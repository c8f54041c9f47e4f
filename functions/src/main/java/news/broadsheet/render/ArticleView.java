package news.broadsheet.render;

import java.util.List;

/**
 * One article page, with everything the template shows already worked out. {@code updated} is the
 * 更新 time line of a headline or text changed without a logged entry; {@code corrections} the logged entries,
 * shown under the text; {@code retracted} strikes the text; {@code printHref} its region on the printed
 * 版面 (在版面中查看), null when the 版面 has no printed page or the story was not located on it.
 * {@code pageHref} is null when the story is on no 版 (a preview of a story laid out in no edition):
 * the page then names no 版.
 */
public record ArticleView(SiteInfo site, String canonical, String description, String jsonLd,
                          String column, String kicker, String headline, String subheadline, String byline,
                          String updated, List<CorrectionNote> corrections, boolean retracted, List<BodyBlock> body,
                          String dateLabel, String editionHref, int pageNumber, String pageName, String pageHref,
                          String printHref, Link previous, Link next) {

    /** The same page for a story on no 版: no 版 named or linked (number 0, no name, no links to a 版面). */
    public ArticleView unplaced() {
        return new ArticleView(site, canonical, description, jsonLd, column, kicker, headline, subheadline, byline, updated,
                corrections, retracted, body, dateLabel, editionHref, 0, null, null, null, previous, next);
    }
}
