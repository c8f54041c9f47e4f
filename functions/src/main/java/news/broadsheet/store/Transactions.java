package news.broadsheet.store;

import java.util.List;
import news.broadsheet.failure.TooLarge;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * DynamoDB's limits on one TransactWriteItems call, checked before the call because emulators do not
 * enforce them: at most 100 actions, and at most 4 MB of items in all (DynamoDB Developer Guide,
 * "Amazon DynamoDB Transactions: Transaction conflict handling and limits" and "Service, account,
 * and table quotas").
 */
public final class Transactions {
    public static final int MAX_ACTIONS = 100;
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    private Transactions() {}

    /** The size DynamoDB counts for one action: the item of a put, the key of a delete or check. */
    public static int size(TransactWriteItem w) {
        if (w.put() != null) {
            return ItemSize.of(w.put().item());
        }
        if (w.update() != null) {
            return ItemSize.of(w.update().key());
        }
        if (w.delete() != null) {
            return ItemSize.of(w.delete().key());
        }
        return w.conditionCheck() == null ? 0 : ItemSize.of(w.conditionCheck().key());
    }

    /** @throws TooLarge when DynamoDB would refuse the transaction */
    public static void require(List<TransactWriteItem> writes) {
        long bytes = writes.stream().mapToLong(Transactions::size).sum();
        if (writes.size() > MAX_ACTIONS || bytes > MAX_BYTES) {
            throw new TooLarge("one transaction takes at most " + MAX_ACTIONS + " writes of " + MAX_BYTES + " bytes in all; this one has "
                    + writes.size() + " writes of " + bytes + " bytes");
        }
    }
}
