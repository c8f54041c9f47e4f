package news.broadsheet.http;

import news.broadsheet.failure.BadRequest;
import news.broadsheet.text.TextRules;

/**
 * Reads typed query parameters, answering 400 for ones that do not parse, and for one given more than once
 * ({@code ?duplicateOf=a&duplicateOf=b}): every parameter the API reads takes one value, and neither the first,
 * the last nor both joined is what the caller surely meant.
 */
public final class QueryParams {
    private QueryParams() {}

    public static Integer integer(ApiRequest request, String name) {
        String value = single(request, name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BadRequest("query parameter " + name + " must be a whole number");
        }
    }

    public static String text(ApiRequest request, String name) {
        String value = single(request, name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        TextRules.problem(value).ifPresent(p -> {
            throw new BadRequest("query parameter " + name + " " + p);
        });
        return value;
    }

    private static String single(ApiRequest request, String name) {
        if (request.repeated().contains(name)) {
            throw new BadRequest("query parameter " + name + " is given more than once; send it once");
        }
        return request.query().get(name);
    }

    /** {@code true} or {@code false}; absent is false. */
    public static boolean flag(ApiRequest request, String name) {
        String value = single(request, name);
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadRequest("query parameter " + name + " must be true or false");
    }
}
