package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Correction;
import news.broadsheet.article.CorrectionService;
import news.broadsheet.article.CorrectionType;
import news.broadsheet.article.Status;
import news.broadsheet.failure.TooLarge;
import org.junit.jupiter.api.Test;

/**
 * The corrections log lives in the article's item, so the paper must never accept an article too
 * large to take its whole log: a retraction is always possible.
 */
class CorrectionRoomTest {
    // No call reaches DynamoDB: the writes are only built and checked.
    final DynamoArticleStore store = new DynamoArticleStore(null, "t");

    /** A published article whose body is {@code chars} characters of 3 UTF-8 bytes, in blocks of at most 20,000. */
    static Article article(int chars) {
        List<Block> body = new ArrayList<>();
        for (int left = chars; left > 0; left -= 20_000) {
            body.add(Block.paragraph("字".repeat(Math.min(left, 20_000))));
        }
        return Article.create("a1", ArticleInputBuilder.builder().headline("长篇报道").body(body).edition("2026-01-05").page(1)
                .status(Status.PUBLISHED).build(), Status.PUBLISHED, "2026-01-05T00:00:00Z", "editor").placed("2026-01-05", 1);
    }

    void put(Article a, Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        store.put(a, item, "attribute_not_exists(pk)", Map.of());
    }

    boolean accepted(Article a) {
        try {
            put(a, DynamoArticleStore.currentItem(a));
            put(a, DynamoArticleStore.revisionItem(a));
            return true;
        } catch (TooLarge e) {
            return false;
        }
    }

    /** The longest body (in characters) the store accepts, found by bisection. */
    int largestAccepted() {
        int lo = 0;
        int hi = 200_000;
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (accepted(article(mid))) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    @Test
    void anArticleAtTheLargestAcceptedSize_takesItsWholeLog_endingInARetraction() {
        Article largest = article(largestAccepted());
        Article logged = largest;
        // The longest log the rules allow: every entry a note of the most characters at 4 UTF-8 bytes each.
        String note = "𠮷".repeat(CorrectionService.MAX_NOTE);
        for (int n = 1; n <= CorrectionService.MAX_CORRECTIONS; n++) {
            CorrectionType type = n == CorrectionService.MAX_CORRECTIONS ? CorrectionType.RETRACTION : CorrectionType.CLARIFICATION;
            logged = logged.withCorrection(new Correction(n, type, note, "2026-01-05T09:30:00.000Z",
                    "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"));
            Article withEntries = logged;
            assertThatCode(() -> put(withEntries, DynamoArticleStore.currentItem(withEntries)))
                    .as("entry %d", n).doesNotThrowAnyException();
        }
        assertThat(logged.corrections()).hasSize(CorrectionService.MAX_CORRECTIONS);
    }

    @Test
    void oneCharacterMore_isRefusedWhenTheArticleIsWritten_notWhenItIsRetracted() {
        Article over = article(largestAccepted() + 1);

        assertThatThrownBy(() -> put(over, DynamoArticleStore.currentItem(over)))
                .isInstanceOf(TooLarge.class);
    }

    @Test
    void anArticleStoredLargerBeforeTheRoomWasKept_canStillBeRetracted_butNotEditedLarger() {
        Article legacy = article(largestAccepted() + 20_000).withWriteSeq(3L);
        Article retracted = legacy.withCorrection(new Correction(1, CorrectionType.RETRACTION, "本文撤回。", "2026-01-05T09:30:00.000Z", "editor"))
                .withWriteSeq(4L);

        assertThatCode(() -> store.conditionalPut(retracted, legacy)).doesNotThrowAnyException();
        Article longer = legacy.withBody(article(largestAccepted() + 20_001).body()).withWriteSeq(4L);
        assertThatThrownBy(() -> store.conditionalPut(longer, legacy)).isInstanceOf(TooLarge.class);
    }
}
