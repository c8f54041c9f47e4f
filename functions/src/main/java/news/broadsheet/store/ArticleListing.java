package news.broadsheet.store;

import java.util.Map;
import java.util.Set;
import news.broadsheet.article.ArticleStore.ArticleQuery;

/**
 * Which index answers an article listing: an edition's articles by page (GSI1), otherwise the most
 * recently updated first, by author (GSI4), by status (GSI2) or of all articles (GSI3). The other
 * filters are applied to what the index reads. The cursor it hands out names the whole query.
 */
record ArticleListing(String index, String partitionAttribute, String sortAttribute, String partition, boolean newestFirst,
                      Cursor.Listing cursor) {

    static ArticleListing of(ArticleQuery q) {
        String filters = "status=" + (q.status() == null ? "" : q.status().wire()) + ";author=" + (q.author() == null ? "" : q.author());
        if (q.edition() != null) {
            return make(Keys.GSI1, Keys.GSI1_PK, Keys.GSI1_SK, Keys.articlesOfEdition(q.edition()), false, filters);
        }
        if (q.author() != null) {
            return make(Keys.GSI4, Keys.GSI4_PK, Keys.GSI4_SK, Keys.articlesBy(q.author()), true, filters);
        }
        if (q.status() != null) {
            return make(Keys.GSI2, Keys.GSI2_PK, Keys.GSI2_SK, Keys.articlesWithStatus(q.status().wire()), true, filters);
        }
        return make(Keys.GSI3, Keys.GSI3_PK, Keys.GSI3_SK, Keys.ALL_ARTICLES, true, filters);
    }

    private static ArticleListing make(String index, String pk, String sk, String partition, boolean newestFirst, String filters) {
        Cursor.Listing cursor = new Cursor.Listing("articles:" + index + ":" + partition + ":" + filters,
                Set.of(Keys.PK, Keys.SK, pk, sk), Map.of(pk, partition, Keys.SK, Keys.CURRENT));
        return new ArticleListing(index, pk, sk, partition, newestFirst, cursor);
    }
}
