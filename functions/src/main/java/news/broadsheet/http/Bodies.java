package news.broadsheet.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import news.broadsheet.failure.BadRequest;
import news.broadsheet.failure.Invalid;
import news.broadsheet.failure.TooLarge;
import news.broadsheet.failure.UnsupportedMediaType;
import news.broadsheet.json.Json;
import news.broadsheet.text.TextRules;

/** Turns request bodies into values, refusing anything too large, not UTF-8 or not of the expected type. */
public final class Bodies {
    /** The largest request body the API reads: 1 MiB. */
    public static final int MAX_JSON_BYTES = 1024 * 1024;

    /**
     * Json's configuration, with a double field taking a JSON number only (no request holds a float). Jackson reads the
     * strings {@code "NaN"} and {@code "Infinity"} into a double even with coercion from text off
     * (they stand for values JSON numbers cannot write), so {@code "NaN"} would pass where {@code "5"}
     * is refused; here both are a wrong type.
     */
    private static final ObjectMapper REQUESTS = Json.mapper().copy().registerModule(new SimpleModule("json-numbers-only")
            .addDeserializer(Double.class, new DoubleOnlyFromNumbers(Double.class, null))
            .addDeserializer(double.class, new DoubleOnlyFromNumbers(Double.TYPE, 0d)));

    private Bodies() {}

    /** Jackson's double, but text of any kind is a wrong type (400); a null or absent value is as before. */
    private static final class DoubleOnlyFromNumbers extends NumberDeserializers.DoubleDeserializer {
        DoubleOnlyFromNumbers(Class<Double> type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                return (Double) ctxt.handleUnexpectedToken(handledType(), p);
            }
            return super.deserialize(p, ctxt);
        }
    }

    public static <T> T json(ApiRequest request, Class<T> type) {
        JsonNode tree = tree(request, "application/json");
        // Every request type is an object: a JSON null would bind to a null record, and an array or a
        // scalar to whatever the mapper makes of it; neither is a request.
        if (!tree.isObject()) {
            throw new BadRequest("the request body is " + (tree.isNull() ? "null" : "a JSON " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT))
                    + "; send a JSON object");
        }
        return bind(tree, type);
    }

    /**
     * The body parsed as JSON of the given media type (such as {@code application/merge-patch+json}),
     * with every string and member name checked by {@link TextRules}: 400 naming each bad field.
     */
    public static JsonNode tree(ApiRequest request, String mediaType) {
        String text = text(request, mediaType, MAX_JSON_BYTES);
        if (text.isBlank()) {
            throw new BadRequest("the request body is empty; send a JSON object");
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readValue(text, JsonNode.class);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
        List<Invalid.FieldError> errors = new ArrayList<>();
        checkText(tree, "", errors);
        if (!errors.isEmpty()) {
            throw new BadRequest(errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are not acceptable text", errors);
        }
        return tree;
    }

    /** Binds a checked tree to a request type: unknown fields and wrong types (no coercion) are 400. */
    public static <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return REQUESTS.treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw new BadRequest("unknown field '" + e.getPropertyName() + "' at " + pointer(e));
        } catch (MismatchedInputException e) {
            if (e.getTargetType() != null && e.getTargetType().isPrimitive() && String.valueOf(e.getOriginalMessage()).startsWith("Cannot map `null`")) {
                // Left out or null where the type has no null (FAIL_ON_NULL_FOR_PRIMITIVES): said as the field's rule.
                String what = e.getTargetType() == boolean.class ? "true or false" : "a number";
                throw new BadRequest(pointer(e) + ": " + what + " is required");
            }
            // Said in the field's words: Jackson's own names Java types (java.util.ArrayList, CoercionConfig).
            throw new BadRequest("wrong type at " + pointer(e) + ": " + expected(e.getTargetType()) + " is expected");
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            // A record that refuses a null (List.copyOf of [null]) throws with no message of its own.
            String why = cause instanceof NullPointerException || cause.getMessage() == null || cause.getMessage().isBlank()
                    ? "a null where a value is required" : firstLine(cause.getMessage());
            throw new BadRequest("invalid value at " + pointer(e) + ": " + why);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON: " + firstLine(e.getOriginalMessage()));
        }
    }

    /** What a JSON value of this type looks like, in words a client's author reads without knowing Java. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return type.isEnum() ? "one of the allowed words" : "an object";
    }

    private static void checkText(JsonNode node, String at, List<Invalid.FieldError> errors) {
        if (node.isTextual()) {
            TextRules.problem(node.textValue()).ifPresent(p -> errors.add(new Invalid.FieldError(at, p)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkText(node.get(i), at + "/" + i, errors);
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(member -> {
                String field = at + "/" + member.getKey();
                TextRules.problem(member.getKey()).ifPresent(p -> errors.add(new Invalid.FieldError(field, "the name " + p)));
                checkText(member.getValue(), field, errors);
            });
        }
    }

    /** The body as text, after checking its media type, size and UTF-8 encoding. */
    public static String text(ApiRequest request, String mediaType, int maxBytes) {
        String charset = charsetOf(String.valueOf(request.header("content-type")));
        if (charset != null && !charset.equals("utf-8")) {
            throw new UnsupportedMediaType("only charset=utf-8 is accepted (got " + charset + ")");
        }
        byte[] body = bytes(request, mediaType, maxBytes);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new BadRequest("the body is not valid UTF-8");
        }
    }

    /** The body's bytes, after checking its media type and size; the caller decodes them (see {@link #charsetOf}). */
    public static byte[] bytes(ApiRequest request, String mediaType, int maxBytes) {
        String contentType = request.header("content-type");
        if (contentType == null || !mediaTypeOf(contentType).equals(mediaType)) {
            throw new UnsupportedMediaType("send Content-Type: " + mediaType + "; charset=utf-8 (got "
                    + (contentType == null ? "none" : contentType) + ")");
        }
        byte[] body = request.body() == null ? new byte[0] : request.body();
        if (body.length > maxBytes) {
            throw new TooLarge("the body is " + body.length + " bytes; the limit is " + maxBytes, body.length, maxBytes, TooLarge.Unit.BYTES);
        }
        return body;
    }

    static String mediaTypeOf(String contentType) {
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of a Content-Type, lower case, or null when there is none. */
    public static String charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.startsWith("charset=")) {
                return p.substring(8).replace("\"", "");
            }
        }
        return null;
    }

    private static String pointer(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()))
                .collect(Collectors.joining("/"));
        return "/" + path;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
