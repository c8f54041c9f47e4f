package news.broadsheet.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The importer's doubts carried over to drafts made from an editor's reading ({@link ExplicitReading}), so
 * the editor does not lose a warning by confirming the review. The importer's own reading of the page is
 * laid beside the editor's, story by story (a story is the set of its source lines):
 * <ul>
 *   <li>a story the editor kept as the importer read it (the same lines, each with the same role) keeps
 *       every doubt the importer had about it, word for word;</li>
 *   <li>a story the editor changed (its bounds or a line's role) no longer carries doubts about how it was
 *       read: each is listed among what was recognised, prefixed {@link #SETTLED}, in the story that now
 *       holds the old story's first line;</li>
 *   <li>a doubt the drafts carry anyway (a photo without its file, a generated headline: facts of the
 *       drafts, found again by {@link ExplicitReading}) is never repeated nor said to be settled.</li>
 * </ul>
 */
public final class CarriedDoubts {
    /** How the report names a doubt the editor's reading settled; the doubt follows, as the importer wrote it. */
    public static final String SETTLED = "the importer's doubt, settled by the editor's reading: ";

    private CarriedDoubts() {}

    /**
     * {@code explicit} (the drafts of {@code reading}, already checked) with the importer's doubts of
     * {@code text} carried or said to be settled, as above; its articles, pieces and layout are unchanged.
     */
    public static ImportResult carry(String text, List<ExplicitReading.Entry> reading, ImportResult explicit) {
        ImportResult guess = PageImporter.read(text);
        List<LineReadings.LineReading> lines = LineReadings.of(text, guess);
        Map<Integer, ExplicitReading.Entry> byLine = new HashMap<>();
        reading.forEach(e -> byLine.put(e.line(), e));
        Map<Integer, Set<Integer>> editorStories = new HashMap<>();
        reading.forEach(e -> editorStories.computeIfAbsent(e.story(), k -> new LinkedHashSet<>()).add(e.line()));

        List<List<String>> doubts = new ArrayList<>();
        List<List<String>> found = new ArrayList<>();
        for (ImportedArticle a : explicit.articles()) {
            doubts.add(new ArrayList<>(a.unsure()));
            found.add(new ArrayList<>(a.recognised()));
        }
        for (int k = 0; k < guess.articles().size(); k++) {
            int story = k;
            List<LineReadings.LineReading> mine = lines.stream().filter(l -> l.story() == story).toList();
            if (mine.isEmpty() || byLine.get(mine.get(0).line()) == null) {
                continue;
            }
            int into = byLine.get(mine.get(0).line()).story();
            if (into >= doubts.size()) {
                continue;
            }
            Set<Integer> guessed = new LinkedHashSet<>();
            mine.forEach(l -> guessed.add(l.line()));
            boolean kept = guessed.equals(editorStories.get(into)) && mine.stream()
                    .allMatch(l -> byLine.get(l.line()) != null && Objects.equals(byLine.get(l.line()).role(), l.role()));
            List<String> already = new ArrayList<>(explicit.articles().get(into).unsure());
            for (String doubt : guess.articles().get(k).unsure()) {
                // A fact of the draft the reading found again: the same doubt, or that its headline was generated.
                // A doubt about where the text belongs says more than that, and is carried.
                if (already.remove(doubt) || doubt.contains("headline generated") && !doubt.contains(PageImporter.CHECK_PLACE)
                        && explicit.articles().get(into).headlineGenerated()) {
                    continue;
                }
                if (kept) {
                    doubts.get(into).add(doubt);
                } else {
                    found.get(into).add(SETTLED + doubt);
                }
            }
        }
        List<ImportedArticle> out = new ArrayList<>();
        for (int i = 0; i < explicit.articles().size(); i++) {
            ImportedArticle a = explicit.articles().get(i);
            out.add(new ImportedArticle(a.article(), List.copyOf(found.get(i)), List.copyOf(doubts.get(i)), a.headGroup(),
                    a.continuedFrom(), a.continuesOn()));
        }
        return new ImportResult(out, explicit.unassigned(), explicit.unsorted(), explicit.pieces(), explicit.layout());
    }
}
