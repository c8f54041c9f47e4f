package news.broadsheet.publish;

import java.util.Arrays;
import java.util.Locale;

/**
 * The steps of a publication at which a test may stop the publisher ({@link Publisher.Checkpoints}),
 * in the order a run reaches them: rendered, each upload step of the plan ({@link Plan.Step}), the
 * deletes, just before the commit and just after it. {@link #label()} is the name a test passes on a
 * command line ({@code uploaded-new_articles}), unchanged from when the steps were strings.
 */
public enum Checkpoint {
    RENDERED("rendered"),
    UPLOADED_ASSETS(Plan.Step.ASSETS),
    UPLOADED_EDITION_FILES(Plan.Step.EDITION_FILES),
    UPLOADED_NEW_ARTICLES(Plan.Step.NEW_ARTICLES),
    UPLOADED_NEW_PAGES(Plan.Step.NEW_PAGES),
    UPLOADED_NEW_EDITIONS(Plan.Step.NEW_EDITIONS),
    UPLOADED_CHANGED_ARTICLES(Plan.Step.CHANGED_ARTICLES),
    UPLOADED_CHANGED_PAGES(Plan.Step.CHANGED_PAGES),
    UPLOADED_CHANGED_EDITIONS(Plan.Step.CHANGED_EDITIONS),
    UPLOADED_SITE(Plan.Step.SITE),
    DELETED("deleted"),
    BEFORE_COMMIT("before-commit"),
    COMMITTED("committed");

    private final String label;
    private final Plan.Step step;

    Checkpoint(String label) {
        this.label = label;
        this.step = null;
    }

    Checkpoint(Plan.Step step) {
        this.label = "uploaded-" + step.name().toLowerCase(Locale.ROOT);
        this.step = step;
    }

    /** The name of this step, as {@code rendered} or {@code uploaded-site}. */
    public String label() {
        return label;
    }

    /** The checkpoint reached once every upload of {@code step} is done. */
    public static Checkpoint uploaded(Plan.Step step) {
        return Arrays.stream(values()).filter(c -> c.step == step).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nothing is uploaded at step " + step));
    }

    /** @throws IllegalArgumentException for a name that is no checkpoint's {@link #label()} */
    public static Checkpoint named(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no checkpoint is named " + label));
    }

    @Override
    public String toString() {
        return label;
    }
}
