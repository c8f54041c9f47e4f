package news.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.broadsheet.auth.Principal;
import news.broadsheet.auth.Role;
import news.broadsheet.importer.ImportService;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * A page of {@link ImportService#MAX_ARTICLES} stories is one transaction DynamoDB accepts (at most 100
 * writes, its documented TransactWriteItems limit), the page's record stored twice included. An emulator
 * takes any size, so the writes are counted here.
 */
class ImportTransactionSizeTest {
    @Test
    void aPageOfTheMostStoriesOneImportTakes_isWrittenInAtMost100Writes() {
        List<TransactWriteItemsRequest> sent = new ArrayList<>();
        DynamoDbClient recording = new DynamoDbClient() {
            @Override
            public GetItemResponse getItem(GetItemRequest request) {
                return GetItemResponse.builder().build();
            }

            @Override
            public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
                sent.add(request);
                return TransactWriteItemsResponse.builder().build();
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {}
        };
        DynamoArticleStore articles = new DynamoArticleStore(recording, "t");
        AtomicInteger ids = new AtomicInteger();
        ImportService service = new ImportService(new DynamoImportLog(recording, "t", articles),
                Clock.fixed(Instant.parse("2031-06-01T08:00:00Z"), ZoneOffset.UTC), () -> "s" + ids.incrementAndGet());
        String names = "甲乙丙丁戊己庚辛壬癸";
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < ImportService.MAX_ARTICLES; i++) {
            String name = "" + names.charAt(i / 10) + names.charAt(i % 10);
            page.append("城南简讯").append(name).append("\n\n本报讯 这是简讯").append(name).append("的正文。\n\n");
        }

        ImportService.Imported done = service.importPage(page.toString(), "2031-06-01", 2, new Principal("ed", java.util.EnumSet.of(Role.EDITOR)));

        assertThat(done.articles()).hasSize(ImportService.MAX_ARTICLES);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).transactItems()).hasSize(2 * ImportService.MAX_ARTICLES + 2).hasSizeLessThanOrEqualTo(100);
    }
}
