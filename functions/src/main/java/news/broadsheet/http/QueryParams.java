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

    /**
     * {@code true} or {@code false}; absent is false. Given with no value ({@code ?dryRun=}) is a 400, not false: a
     * dry run asked for with an empty value would otherwise import for real.
     */
    public static boolean flag(ApiRequest request, String name) {
        String value = single(request, name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadRequest("query parameter " + name + " must be true or false");
    }

    /**
     * Refuses (400) a query parameter this request does not take, naming it and those it takes: a misspelt one
     * ({@code dryrun=true}) would otherwise be ignored, and the request do what it was not asked to.
     */
    public static void only(ApiRequest request, java.util.Set<String> names) {
        for (String name : new java.util.TreeSet<>(request.query().keySet())) {
            if (!names.contains(name)) {
                throw new BadRequest("unknown query parameter " + name + ": this request takes " + String.join(", ", new java.util.TreeSet<>(names)));
            }
        }
    }
}
