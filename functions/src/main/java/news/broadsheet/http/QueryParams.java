package news.broadsheet.http;

import news.broadsheet.failure.BadRequest;
import news.broadsheet.text.TextRules;

/** Reads typed query parameters, answering 400 for ones that do not parse. */
public final class QueryParams {
    private QueryParams() {}

    public static Integer integer(ApiRequest request, String name) {
        String value = request.query().get(name);
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
        String value = request.query().get(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        TextRules.problem(value).ifPresent(p -> {
            throw new BadRequest("query parameter " + name + " " + p);
        });
        return value;
    }
}
