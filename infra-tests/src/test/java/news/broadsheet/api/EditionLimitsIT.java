package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.broadsheet.article.Article;
import news.broadsheet.article.ArticleInput;
import news.broadsheet.article.ArticleInputBuilder;
import news.broadsheet.article.Block;
import news.broadsheet.article.Status;
import news.broadsheet.edition.EditionInput;
import news.broadsheet.edition.EditionPage;
import news.broadsheet.edition.EditionService;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.store.DynamoArticleStore;
import news.broadsheet.store.DynamoEditionStore;
import news.broadsheet.store.Transactions;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/** Failure 4: an edition save past 49 articles, or past 4 MB, was not atomic (500 after partial writes). */
@ExtendWith(EmulatorExtension.class)
class EditionLimitsIT {
    static final String EDITOR = "ed";
    /** Characters a paragraph of {@link #bigArticle()}. */
    static final int PARAGRAPH = 5_300;

    /**
     * An article of about 303 KB stored, near the article limit (311,900 bytes with its other
     * attributes: DynamoDB's item less the room kept for the corrections log and the layout):
     * 19 paragraphs of 5,300 three-byte characters.
     */
    static String bigArticle() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 19; i++) {
            body.append(i == 0 ? "" : ",").append("{\"type\":\"paragraph\",\"text\":\"").append("字".repeat(PARAGRAPH)).append("\"}");
        }
        return "{\"headline\":\"长篇报道\",\"status\":\"ready\",\"body\":[" + body + "]}";
    }

    @Test
    void fortyNineSmallArticlesAndOneAtTheArticleLimit_areLaidOutWhole(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, EDITOR));
        ApiHandler api = new ApiHandler(ApiComponent.create(newsroom.config()));
        List<String> small = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            small.add(Call.of("POST", "/api/articles").token(EDITOR).json("{\"headline\":\"短讯" + i + "\"}").send(api)
                    .json().get("id").asText());
        }
        Call.Reply big = Call.of("POST", "/api/articles").token(EDITOR).json(bigArticle()).send(api);
        assertThat(big.status()).as(big.body()).isEqualTo(201);
        String bigId = big.json().get("id").asText();

        Call.Reply saved = Call.of("PUT", "/api/editions/2026-04-01").token(EDITOR).json(EditionApiIT.layout(1,
                String.join(",", small.stream().map(EditionApiIT::q).toList()), EditionApiIT.q(bigId))).send(api);

        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
        for (String id : small) {
            assertThat(Call.of("GET", "/api/articles/" + id).token(EDITOR).send(api).json().get("edition").asText()).isEqualTo("2026-04-01");
        }
        assertThat(Call.of("GET", "/api/articles/" + bigId).token(EDITOR).send(api).json().get("page").asInt()).isEqualTo(2);
    }

    /** moto takes a transaction of any size; DynamoDB refuses one past 100 writes or 4 MB. Every one we send must fit. */
    @Test
    void anEditionOfTwentyArticlesAtTheLimit_isSavedInTransactionsDynamoDbAccepts(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        List<Long> sizes = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        DynamoDbClient real = emulator.dynamo();
        DynamoDbClient recording = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("transactWriteItems") && args[0] instanceof TransactWriteItemsRequest r) {
                        sizes.add(r.transactItems().stream().mapToLong(Transactions::size).sum());
                        counts.add(r.transactItems().size());
                    }
                    if (method.isDefault() && args != null && args.length >= 1 && args[0] instanceof java.util.function.Consumer<?>) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        String table = newsroom.config().table();
        DynamoArticleStore articles = new DynamoArticleStore(recording, table);
        List<String> ids = new ArrayList<>();
        String text = "字".repeat(PARAGRAPH);
        for (int i = 0; i < 20; i++) {
            List<Block> body = new ArrayList<>();
            for (int b = 0; b < 19; b++) {
                body.add(Block.paragraph(text));
            }
            Article a = Article.create("big-" + i, ArticleInputBuilder.builder().headline("长篇" + i).body(body).status(Status.READY).build(), Status.READY, "2026-04-01T00:00:00Z", "editor");
            articles.insert(a);
            ids.add(a.id());
        }
        sizes.clear();
        counts.clear();

        new EditionService(new DynamoEditionStore(recording, table, articles), articles, java.time.Clock.systemUTC())
                .put("2026-04-02", new EditionInput(1, List.of(new EditionPage(1, "要闻", ids)), null), null,
                        new news.broadsheet.auth.Principal("editor", java.util.EnumSet.of(news.broadsheet.auth.Role.EDITOR)));

        assertThat(sizes).hasSizeGreaterThan(1).allSatisfy(s -> assertThat(s).isLessThanOrEqualTo(Transactions.MAX_BYTES));
        assertThat(counts).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(Transactions.MAX_ACTIONS));
        assertThat(articles.findAll(ids).values()).allSatisfy(a -> assertThat(a.edition()).isEqualTo("2026-04-02"));
    }

    /**
     * Failure 4, the other half: past one transaction the save is batched, and a batch that fails after
     * earlier ones went through (here the second, as a throttled or cut connection would) leaves no
     * article claiming the layout that was never saved; the editor's retry then saves it whole.
     */
    @Test
    void aLayoutSaveFailingAtItsSecondBatch_leavesNoArticleClaimingIt_andTheRetrySavesItWhole(Emulator emulator) {
        Newsroom newsroom = Newsroom.create(emulator, Map.of());
        String table = newsroom.config().table();
        DynamoDbClient real = emulator.dynamo();
        int[] transactions = {0};
        int[] failAt = {Integer.MAX_VALUE};
        DynamoDbClient failing = (DynamoDbClient) Proxy.newProxyInstance(DynamoDbClient.class.getClassLoader(),
                new Class<?>[] {DynamoDbClient.class}, (proxy, method, args) -> {
                    if (method.isDefault() && args != null && args.length >= 1 && args[0] instanceof java.util.function.Consumer<?>) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    if (method.getName().equals("transactWriteItems") && ++transactions[0] == failAt[0]) {
                        throw software.amazon.awssdk.core.exception.SdkClientException.create("injected: connection reset");
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DynamoArticleStore articles = new DynamoArticleStore(failing, table);
        List<String> ids = new ArrayList<>();
        String text = "字".repeat(PARAGRAPH);
        for (int i = 0; i < 20; i++) {
            List<Block> body = new ArrayList<>();
            for (int b = 0; b < 19; b++) {
                body.add(Block.paragraph(text));
            }
            Article a = Article.create("batch-" + i, ArticleInputBuilder.builder().headline("长篇" + i).body(body).status(Status.READY).build(), Status.READY, "2026-04-01T00:00:00Z", "editor");
            articles.insert(a);
            ids.add(a.id());
        }
        EditionService layout = new EditionService(new DynamoEditionStore(failing, table, articles), articles, java.time.Clock.systemUTC());
        var editor = new news.broadsheet.auth.Principal("editor", java.util.EnumSet.of(news.broadsheet.auth.Role.EDITOR));
        EditionInput input = new EditionInput(1, List.of(new EditionPage(1, "要闻", ids)), null);
        transactions[0] = 0;
        failAt[0] = 2;   // 20 articles of ~303 KB are at least two transactions under 4 MB; the first goes through

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> layout.put("2026-04-03", input, null, editor))
                .hasMessageContaining("injected");

        assertThat(transactions[0]).as("the first batch was sent, the second failed, then the undo").isGreaterThanOrEqualTo(3);
        assertThat(articles.findAll(ids).values()).allSatisfy(a -> {
            assertThat(a.edition()).as(a.id()).isNull();
            assertThat(a.page()).as(a.id()).isNull();
        });
        assertThat(new DynamoEditionStore(real, table, articles).find("2026-04-03")).isEmpty();

        failAt[0] = Integer.MAX_VALUE;
        layout.put("2026-04-03", input, null, editor);

        assertThat(articles.findAll(ids).values()).allSatisfy(a -> assertThat(a.edition()).isEqualTo("2026-04-03"));
        assertThat(new DynamoEditionStore(real, table, articles).find("2026-04-03").orElseThrow().articleIds()).isEqualTo(ids);
    }
}
