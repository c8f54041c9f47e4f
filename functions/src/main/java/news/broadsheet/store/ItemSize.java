package news.broadsheet.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import news.broadsheet.failure.TooLarge;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * DynamoDB's own size arithmetic, so that an item over the limit is refused here, as DynamoDB
 * would refuse it, even on an emulator that forgives it. The rules are those of the DynamoDB
 * Developer Guide, "Item sizes and formats" and "Service, account, and table quotas": an item's size
 * is the sum of the UTF-8 lengths of its attribute names and the sizes of their values; a string is
 * its UTF-8 length, a binary its length, a number about one byte per two significant digits plus
 * one, a boolean or null one byte, a list or map three bytes plus one per element plus its
 * elements (a map's element names count too), a set the sum of its elements; at most 400 KB.
 */
public final class ItemSize {
    /** DynamoDB's maximum item size: 400 KB, counted as 400 × 1024 bytes. */
    public static final int MAX_ITEM_BYTES = 400 * 1024;

    /**
     * The most we write: 400,000 bytes by this count, a margin of 9,600 bytes (2.3%) under
     * {@link #MAX_ITEM_BYTES}. Emulators count differently and refuse earlier (moto above 405,000
     * bytes by its own arithmetic, which charges a number its decimal length and a list or map no
     * overhead), and "400 KB" read as 400,000 bytes is the stricter reading of AWS's quota; an item
     * one of them refuses all the same is still the caller's 413 (see the DynamoDB client's
     * {@code ItemSizeExceeded}).
     */
    public static final int GUARD_BYTES = 400_000;

    private ItemSize() {}

    /** The item's size in bytes as DynamoDB counts it. */
    public static int of(Map<String, AttributeValue> item) {
        int size = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            size += utf8(e.getKey()) + value(e.getValue());
        }
        return size;
    }

    /** @throws TooLarge when the item is over {@link #GUARD_BYTES} */
    public static void require(Map<String, AttributeValue> item, String what) {
        int size = of(item);
        if (size > GUARD_BYTES) {
            throw new TooLarge(what + " takes " + size + " bytes stored; at most " + GUARD_BYTES + " are accepted");
        }
    }

    static int value(AttributeValue v) {
        if (v.s() != null) {
            return utf8(v.s());
        }
        if (v.n() != null) {
            return number(v.n());
        }
        if (v.b() != null) {
            return v.b().asByteArray().length;
        }
        if (v.bool() != null || Boolean.TRUE.equals(v.nul())) {
            return 1;
        }
        if (v.hasSs()) {
            return v.ss().stream().mapToInt(ItemSize::utf8).sum();
        }
        if (v.hasNs()) {
            return v.ns().stream().mapToInt(ItemSize::number).sum();
        }
        if (v.hasBs()) {
            return v.bs().stream().mapToInt(b -> b.asByteArray().length).sum();
        }
        if (v.hasL()) {
            List<AttributeValue> l = v.l();
            return 3 + l.size() + l.stream().mapToInt(ItemSize::value).sum();
        }
        if (v.hasM()) {
            Map<String, AttributeValue> m = v.m();
            return 3 + m.size() + m.entrySet().stream().mapToInt(e -> utf8(e.getKey()) + value(e.getValue())).sum();
        }
        return 1;
    }

    /** One byte per two significant digits, plus one (leading and trailing zeros do not count). */
    static int number(String n) {
        String digits = new BigDecimal(n).stripTrailingZeros().unscaledValue().abs().toString();
        return (digits.length() + 1) / 2 + 1;
    }

    static int utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
