package news.broadsheet.importer.rules;

import java.util.regex.Pattern;

/**
 * Lines that close a story, printed on a line of their own after its last paragraph: the source of a
 * brief in brackets ({@code （新华社江城2月3日电）}, {@code （本报记者 王晨）} is a byline instead) and a
 * contributor credit ({@code （林小雨参与采写）}). They belong to the story above, never to the head of
 * the next.
 */
public final class StoryEndRule {
    private static final Pattern SOURCE = Pattern.compile(
            "^[（(](?:据)?(?:本报|新华社|中新社|人民日报)[^（）()]{0,20}?(?:电|讯)[）)]$");
    private static final Pattern CONTRIBUTOR = Pattern.compile("^[（(][^（）()]{2,30}(?:参与采写|参与报道|对本文亦有贡献)[）)]$");

    private StoryEndRule() {}

    public static boolean closesStory(String line) {
        String text = line.strip();
        return SOURCE.matcher(text).matches() || CONTRIBUTOR.matcher(text).matches();
    }
}
