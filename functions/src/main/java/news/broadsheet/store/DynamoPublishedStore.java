package news.broadsheet.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import news.broadsheet.json.Json;
import news.broadsheet.publish.LoggedCorrection;
import news.broadsheet.publish.ArchiveMonth;
import news.broadsheet.publish.ManifestEntry;
import news.broadsheet.publish.Planner;
import news.broadsheet.publish.PublishedArticle;
import news.broadsheet.publish.PublishedEdition;
import news.broadsheet.publish.PublishedPage;
import news.broadsheet.publish.PublishedStore;
import news.broadsheet.publish.SiteRecord;
import news.broadsheet.publish.HeldArticle;
import news.broadsheet.publish.Snapshot;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The published record in the single table. A pointer per edition at {@code EDITION#date / PUBLISHED}
 * (in GSI1 under {@code PUBLISHED_EDITIONS} by date once committed, so neighbours are one keyed
 * query); the site record at {@code SITE / PUBLISHED}; each month of the archive at
 * {@code ARCHIVE#YYYY-MM / PUBLISHED} (at most 31 editions, so a few hundred bytes); each snapshot in parts at
 * {@code SNAPSHOT#id / PART#n}, a part holding rows (pages, articles, files) up to
 * {@link #PART_BYTES} of JSON, so no item nears DynamoDB's 400 KB whatever the edition's size.
 * A commit is one TransactWriteItems of a handful of small items (the edition, up to two neighbours,
 * the site, and the month an edition joins or leaves; months past one transaction's 100 writes, as after a
 * failed rebuild end, go first through {@link #writeAhead}), plus a line of the corrections log
 * ({@code CORRECTIONS / LOG#at#article#n}) per correction it shows for the first time.
 * Keys a publication removed have a tombstone each at {@code GONE#scope / key}; the editions whose
 * snapshot may show an article have an item each at {@code SHOWN#article / date}, written before the
 * commit that shows it and removed after the one that stops.
 */
public final class DynamoPublishedStore implements PublishedStore {
    /** A part's JSON stays under this, a quarter of DynamoDB's 400 KB item limit. */
    static final int PART_BYTES = 100 * 1024;

    private final DynamoDbClient dynamo;
    private final String table;

    public DynamoPublishedStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** One row of a stored snapshot: a 版面, an article on one, a file of the edition's scope, or an article held under embargo. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    record Row(PublishedPage page, PublishedArticle article, String key, ManifestEntry file, HeldArticle held) {
        Row(PublishedPage page, PublishedArticle article, String key, ManifestEntry file) {
            this(page, article, key, file, null);
        }
    }

    @Override
    public Optional<PublishedEdition> find(String date) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(Keys.edition(date), Keys.PUBLISHED))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(Json.stored(item.get("doc").s(), PublishedEdition.class));
    }

    /** One BatchGetItem per 100 dates (DynamoDB's limit), asking again for any keys it hands back unprocessed. */
    @Override
    public Map<String, PublishedEdition> findAll(java.util.Collection<String> dates) {
        Map<String, PublishedEdition> found = new HashMap<>();
        List<String> all = new ArrayList<>(new java.util.LinkedHashSet<>(dates));
        for (int i = 0; i < all.size(); i += 100) {
            List<Map<String, AttributeValue>> keys = all.subList(i, Math.min(all.size(), i + 100)).stream()
                    .map(date -> DynamoArticleStore.key(Keys.edition(date), Keys.PUBLISHED)).toList();
            Map<String, software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes> request = Map.of(table,
                    software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
            while (!request.isEmpty()) {
                var ask = request;
                var response = dynamo.batchGetItem(r -> r.requestItems(ask));
                // Keyed by the item's own key (EDITION#date), whatever its document says.
                response.responses().getOrDefault(table, List.of()).forEach(item -> found.put(
                        item.get(Keys.PK).s().substring(Keys.edition("").length()), Json.stored(item.get("doc").s(), PublishedEdition.class)));
                request = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
            }
        }
        return found;
    }

    @Override
    public Snapshot snapshot(PublishedEdition edition) {
        List<PublishedPage> pages = new ArrayList<>();
        Map<Integer, List<PublishedArticle>> onPage = new HashMap<>();
        Map<String, ManifestEntry> files = new TreeMap<>();
        List<HeldArticle> held = new ArrayList<>();
        for (Map<String, AttributeValue> item : query(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk").expressionAttributeValues(Map.of(":pk",
                        AttributeValue.fromS(Keys.snapshot(edition.snapshotId())))))) {
            for (Row row : Json.stored(item.get("doc").s(), Row[].class)) {
                if (row.page() != null) {
                    pages.add(row.page());
                } else if (row.article() != null) {
                    onPage.computeIfAbsent(row.article().page(), n -> new ArrayList<>()).add(row.article());
                } else if (row.held() != null) {
                    held.add(row.held());
                } else {
                    files.put(row.key(), row.file());
                }
            }
        }
        List<PublishedPage> filled = pages.stream()
                .map(p -> new PublishedPage(p.number(), p.name(), onPage.getOrDefault(p.number(), List.of()))).toList();
        return new Snapshot(edition.date(), edition.number(), filled, files, held);
    }

    @Override
    public Optional<PublishedEdition> before(String date) {
        return neighbour("gsi1sk < :d", date, false);
    }

    @Override
    public Optional<PublishedEdition> after(String date) {
        return neighbour("gsi1sk > :d", date, true);
    }

    private Optional<PublishedEdition> neighbour(String condition, String date, boolean forward) {
        QueryResponse page = dynamo.query(r -> r.tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :pk AND " + condition)
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.PUBLISHED_EDITIONS), ":d", AttributeValue.fromS(date)))
                .scanIndexForward(forward).limit(1));
        return page.items().stream().findFirst().map(i -> Json.stored(i.get("doc").s(), PublishedEdition.class));
    }

    @Override
    public List<PublishedEdition> newest(int n) {
        QueryResponse page = dynamo.query(r -> r.tableName(table).indexName(Keys.GSI1)
                .keyConditionExpression("gsi1pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.PUBLISHED_EDITIONS)))
                .scanIndexForward(false).limit(n));
        return page.items().stream().map(i -> Json.stored(i.get("doc").s(), PublishedEdition.class)).toList();
    }

    @Override
    public List<PublishedEdition> committed() {
        return query(QueryRequest.builder().tableName(table).indexName(Keys.GSI1).keyConditionExpression("gsi1pk = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.PUBLISHED_EDITIONS))))
                .stream().map(i -> Json.stored(i.get("doc").s(), PublishedEdition.class)).toList();
    }

    @Override
    public SiteRecord site() {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(Keys.SITE, Keys.PUBLISHED))).item();
        return item == null || item.isEmpty() ? SiteRecord.EMPTY : Json.stored(item.get("doc").s(), SiteRecord.class);
    }

    @Override
    public ArchiveMonth month(String month) {
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).consistentRead(true)
                .key(DynamoArticleStore.key(Keys.archiveMonth(month), Keys.PUBLISHED))).item();
        return item == null || item.isEmpty() ? ArchiveMonth.empty(month) : Json.stored(item.get("doc").s(), ArchiveMonth.class);
    }

    @Override
    public int stage(String snapshotId, Snapshot snapshot) {
        List<Row> rows = new ArrayList<>();
        snapshot.pages().forEach(p -> rows.add(new Row(new PublishedPage(p.number(), p.name(), List.of()), null, null, null)));
        snapshot.articles().forEach(a -> rows.add(new Row(null, a, null, null)));
        snapshot.files().forEach((k, f) -> rows.add(new Row(null, null, k, f)));
        snapshot.held().forEach(h -> rows.add(new Row(null, null, null, null, h)));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        List<String> part = new ArrayList<>();
        int bytes = 0;
        for (Row row : rows) {
            String json = Json.write(row);
            int size = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
            if (!part.isEmpty() && bytes + size > PART_BYTES) {
                items.add(partItem(snapshotId, items.size() + 1, part));
                part = new ArrayList<>();
                bytes = 0;
            }
            part.add(json);
            bytes += size;
        }
        items.add(partItem(snapshotId, items.size() + 1, part));
        Batches.put(dynamo, table, items);
        return items.size();
    }

    private static Map<String, AttributeValue> partItem(String snapshotId, int n, List<String> rows) {
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.snapshot(snapshotId), Keys.part(n)));
        item.put("type", AttributeValue.fromS("snapshot-part"));
        item.put("doc", AttributeValue.fromS("[" + String.join(",", rows) + "]"));
        ItemSize.require(item, "a snapshot part");
        return item;
    }

    @Override
    public void write(List<PointerWrite> pointers, SiteWrite site, List<MonthWrite> months) {
        write(pointers, site, months, List.of());
    }

    @Override
    public void write(List<PointerWrite> pointers, SiteWrite site, List<MonthWrite> months, List<LoggedCorrection> logged) {
        write(pointers, site, months, logged, List.of());
    }

    /**
     * The lines to unlog go in the commit's transaction as far as DynamoDB's 100 actions allow; any
     * beyond (an edition of many corrected stories taken down) are deleted right after the commit.
     * The page rendered for the commit already leaves them all out.
     */
    @Override
    public void write(List<PointerWrite> pointers, SiteWrite site, List<MonthWrite> months, List<LoggedCorrection> logged,
                      List<LoggedCorrection> unlogged) {
        List<TransactWriteItem> writes = new ArrayList<>();
        for (PointerWrite w : pointers) {
            writes.add(TransactWriteItem.builder().put(conditional(pointerItem(w), w.expectedRevision(), "revision")).build());
        }
        if (site != null) {
            writes.add(TransactWriteItem.builder().put(conditional(siteItem(site), site.expectedVersion(), "version")).build());
        }
        for (MonthWrite w : months) {
            writes.add(TransactWriteItem.builder().put(conditional(monthItem(w), w.expectedVersion(), "version")).build());
        }
        for (LoggedCorrection line : logged) {
            // Unconditional: the key is the entry's, so a line logged again is the same item.
            Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.CORRECTIONS_LOG, Keys.logLine(line.key())));
            item.put("type", AttributeValue.fromS("logged-correction"));
            item.put("doc", AttributeValue.fromS(Json.write(line)));
            ItemSize.require(item, "a line of the corrections log");
            writes.add(TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build());
        }
        java.util.Set<String> relogged = new java.util.HashSet<>();
        logged.forEach(l -> relogged.add(l.key()));
        List<Map<String, AttributeValue>> afterwards = new ArrayList<>();
        for (LoggedCorrection line : unlogged) {
            if (relogged.contains(line.key())) {
                continue;   // one transaction may not touch an item twice; logged again, it stays
            }
            Map<String, AttributeValue> key = DynamoArticleStore.key(Keys.CORRECTIONS_LOG, Keys.logLine(line.key()));
            if (writes.size() < Transactions.MAX_ACTIONS) {
                writes.add(TransactWriteItem.builder().delete(d -> d.tableName(table).key(key)).build());
            } else {
                afterwards.add(key);
            }
        }
        // Said for a take-down as much as a publication: both commit here.
        commitOrLose(writes, "another publication changed the published record meanwhile; nothing was committed and the site"
                + " shows what it showed before. Ask again: publish, or take the edition down, once more.");
        if (!afterwards.isEmpty()) {
            Batches.delete(dynamo, table, afterwards);
        }
    }

    /**
     * The months in one transaction, each conditional on its version, with a check that the site record
     * is still at {@code siteVersion}: a run that changed the site meanwhile makes this step lose the race as
     * the commit would, and so does a run at the same site version (its intent added no key) whose month
     * moved first ({@link #ownWriteFound} takes no untouched month for this call's own write).
     */
    @Override
    public void writeAhead(List<MonthWrite> months, long siteVersion) {
        List<TransactWriteItem> writes = new ArrayList<>();
        ConditionCheck.Builder site = ConditionCheck.builder().tableName(table).key(DynamoArticleStore.key(Keys.SITE, Keys.PUBLISHED));
        if (siteVersion == 0) {
            site.conditionExpression("attribute_not_exists(pk)");
        } else {
            site.conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", "version"))
                    .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(siteVersion))));
        }
        writes.add(TransactWriteItem.builder().conditionCheck(site.build()).build());
        for (MonthWrite w : months) {
            writes.add(TransactWriteItem.builder().put(conditional(monthItem(w), w.expectedVersion(), "version")).build());
        }
        commitOrLose(writes, "another publication changed the published record meanwhile; the site"
                + " shows what it showed before. Ask again: publish, or take the edition down, once more.");
    }

    /** One transaction; cancelled by anything but this call's own earlier, answered-late attempt, it lost a race ({@code lost}, said to the editor). */
    private void commitOrLose(List<TransactWriteItem> writes, String lost) {
        Transactions.require(writes);
        try {
            dynamo.transactWriteItems(r -> r.transactItems(writes));
        } catch (TransactionCanceledException e) {
            if (!ownWriteFound(writes, e.cancellationReasons())) {
                throw new news.broadsheet.publish.LostRace(lost);
            }
        }
    }

    /**
     * Whether a cancelled commit failed only because its own items are already stored: an earlier
     * attempt of the same call committed and its answer was lost (the client timed out), and the SDK's
     * retry then found its conditions false. DynamoDB itself answers such a retry with success (the SDK
     * sends the same ClientRequestToken with each attempt, honoured for ten minutes: TransactWriteItems
     * in the DynamoDB API Reference); emulators such as moto ignore the token. Each item names its
     * publication's snapshot and commit time, so finding it stored byte for byte means this commit won.
     * A month item names no run (two runs may write the same one), so a conditional put whose condition
     * still held ({@code None}) says the earlier attempt did not write it: then this call did not win,
     * whatever the others found.
     */
    static boolean ownWriteFound(List<TransactWriteItem> writes, List<CancellationReason> reasons) {
        if (reasons == null || reasons.size() != writes.size()) {
            return false;
        }
        boolean anyFailed = false;
        for (int i = 0; i < writes.size(); i++) {
            CancellationReason reason = reasons.get(i);
            String code = reason.code();
            if (code == null || "None".equals(code)) {
                Put unwritten = writes.get(i).put();
                if (unwritten != null && unwritten.conditionExpression() != null) {
                    return false;
                }
                continue;
            }
            Put put = writes.get(i).put();
            if (!"ConditionalCheckFailed".equals(code) || put == null || !put.item().equals(reason.item())) {
                return false;
            }
            anyFailed = true;
        }
        return anyFailed;
    }

    /**
     * Writes the items {@link #write} would commit, as they would be after it, with BatchWriteItem:
     * no transaction and no conditions. Only for tools that load a whole archive into a table nothing
     * else writes (a benchmark's seed); a publication always commits with {@link #write}.
     */
    public void load(List<PointerWrite> pointers, SiteWrite site, List<MonthWrite> months) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        pointers.forEach(w -> items.add(pointerItem(w)));
        if (site != null) {
            items.add(siteItem(site));
        }
        months.forEach(w -> items.add(monthItem(w)));
        items.forEach(i -> ItemSize.require(i, "a published record"));
        Batches.put(dynamo, table, items);
    }

    private static Map<String, AttributeValue> pointerItem(PointerWrite w) {
        PublishedEdition next = w.next();
        PublishedEdition stored = next.withRevision(w.expectedRevision() + 1);
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.edition(next.date()), Keys.PUBLISHED));
        item.put("type", AttributeValue.fromS("published-edition"));
        item.put("revision", AttributeValue.fromN(Long.toString(stored.revision())));
        item.put("doc", AttributeValue.fromS(Json.write(stored)));
        if (stored.committed()) {
            item.put(Keys.GSI1_PK, AttributeValue.fromS(Keys.PUBLISHED_EDITIONS));
            item.put(Keys.GSI1_SK, AttributeValue.fromS(next.date()));
        }
        return item;
    }

    private static Map<String, AttributeValue> siteItem(SiteWrite site) {
        SiteRecord stored = site.next().withVersion(site.expectedVersion() + 1);
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.SITE, Keys.PUBLISHED));
        item.put("type", AttributeValue.fromS("published-site"));
        item.put("version", AttributeValue.fromN(Long.toString(stored.version())));
        item.put("doc", AttributeValue.fromS(Json.write(stored)));
        return item;
    }

    private static Map<String, AttributeValue> monthItem(MonthWrite w) {
        ArchiveMonth stored = new ArchiveMonth(w.next().month(), w.next().editions(), w.next().page(), w.expectedVersion() + 1,
                w.next().modified());
        Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.archiveMonth(stored.month()), Keys.PUBLISHED));
        item.put("type", AttributeValue.fromS("published-month"));
        item.put("version", AttributeValue.fromN(Long.toString(stored.version())));
        item.put("doc", AttributeValue.fromS(Json.write(stored)));
        return item;
    }

    private Put conditional(Map<String, AttributeValue> item, long expected, String attribute) {
        ItemSize.require(item, "a published record");
        // The item that failed the condition comes back with the cancellation, so a lost answer can be told from a lost race.
        Put.Builder put = Put.builder().tableName(table).item(item)
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
        if (expected == 0) {
            return put.conditionExpression("attribute_not_exists(pk)").build();
        }
        return put.conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", attribute))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromN(Long.toString(expected)))).build();
    }

    /** One keyed query of the log's partition, newest first: its cost is {@code limit}, whatever the log's length. */
    @Override
    public List<LoggedCorrection> latestCorrections(int limit) {
        return dynamo.query(r -> r.tableName(table).consistentRead(true)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :log)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.CORRECTIONS_LOG),
                                ":log", AttributeValue.fromS(Keys.logLine(""))))
                        .scanIndexForward(false).limit(limit))
                .items().stream().map(i -> Json.stored(i.get("doc").s(), LoggedCorrection.class)).toList();
    }

    @Override
    public void mayShow(String date, Collection<String> articleIds) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(articleIds)) {
            Map<String, AttributeValue> item = new HashMap<>(DynamoArticleStore.key(Keys.shown(id), date));
            item.put("type", AttributeValue.fromS("shown"));
            items.add(item);
        }
        Batches.put(dynamo, table, items);
    }

    @Override
    public void noLongerShows(String date, Collection<String> articleIds) {
        Batches.delete(dynamo, table, articleIds.stream().distinct().map(id -> DynamoArticleStore.key(Keys.shown(id), date)).toList());
    }

    @Override
    public java.util.Set<String> mayShow(String articleId) {
        java.util.Set<String> dates = new java.util.TreeSet<>();
        if (!Keys.fits(Keys.shown(articleId), null)) {
            return dates;
        }
        query(QueryRequest.builder().tableName(table).consistentRead(true).keyConditionExpression("pk = :pk")
                .projectionExpression("sk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.shown(articleId)))))
                .forEach(i -> dates.add(i.get("sk").s()));
        return dates;
    }

    @Override
    public void discard(String snapshotId) {
        List<Map<String, AttributeValue>> keys = query(QueryRequest.builder().tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk").projectionExpression("pk, sk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.snapshot(snapshotId)))));
        Batches.delete(dynamo, table, keys);
    }

    /** One small item a removed key, in its scope's partition: the site's fallback asks with one GetItem, a publication with one query. */
    @Override
    public void bury(Collection<String> keys, String removedAt) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(keys)) {
            Map<String, AttributeValue> item = new HashMap<>(tombstone(key));
            item.put("type", AttributeValue.fromS("tombstone"));
            item.put("removedAt", AttributeValue.fromS(removedAt));
            items.add(item);
        }
        Batches.put(dynamo, table, items);
    }

    @Override
    public boolean buried(String key) {
        if (!Keys.fits(Keys.gone(Planner.scopeOf(key)), key)) {
            return false;
        }
        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(table).key(tombstone(key)).projectionExpression("pk")).item();
        return item != null && !item.isEmpty();
    }

    @Override
    public java.util.Set<String> buriedIn(String scope) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        query(QueryRequest.builder().tableName(table).consistentRead(true).keyConditionExpression("pk = :pk")
                .projectionExpression("sk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.gone(scope)))))
                .forEach(i -> keys.add(i.get("sk").s()));
        return keys;
    }

    @Override
    public void unbury(Collection<String> keys) {
        Batches.delete(dynamo, table, keys.stream().distinct().map(DynamoPublishedStore::tombstone).toList());
    }

    private static Map<String, AttributeValue> tombstone(String key) {
        return DynamoArticleStore.key(Keys.gone(Planner.scopeOf(key)), key);
    }

    private List<Map<String, AttributeValue>> query(QueryRequest.Builder q) {
        List<Map<String, AttributeValue>> out = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse page = dynamo.query(q.exclusiveStartKey(start).build());
            out.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return out;
    }

}
