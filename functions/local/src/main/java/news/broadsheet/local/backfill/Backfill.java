package news.broadsheet.local.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import news.broadsheet.local.backfill.BackIssueFiles.BackIssueFile;
import news.broadsheet.local.backfill.BackIssueFiles.EditionFiles;
import news.broadsheet.local.backfill.BackfillReport.EditionEntry;
import news.broadsheet.local.backfill.BackfillReport.FileEntry;

/**
 * Brings a folder of back issues online through the API, oldest edition first: each file is filed
 * ({@code POST /api/backfill/files}: imported as ready stories and laid out on its 版面), each edition
 * then published as a back issue ({@code ?mode=backfill}: its own pages, not the site-wide ones), and
 * the site-wide pages refreshed once at the end. Every step can be repeated: run it again after an
 * interruption and what is done is skipped, with no duplicate article or edition.
 */
public final class Backfill {
    /**
     * @param from first edition to take (inclusive), or null
     * @param to last edition to take (inclusive), or null
     * @param firstNumber the issue number (期号) of the oldest edition in the folder
     * @param stopAfterFiles stop (as if killed) after sending this many files; 0 runs to the end
     */
    public record Options(Path dir, LocalDate from, LocalDate to, int firstNumber, String api, String token, Path report,
                          int stopAfterFiles, boolean terminal, boolean numbersConfirmed, boolean byQueue) {
        /**
         * @param byQueue file every edition first, then publish them all through the rebuild's queue and
         *     workers ({@code POST /api/site/rebuild?mode=backfill}) instead of one publication at a time
         */
        public Options(Path dir, LocalDate from, LocalDate to, int firstNumber, String api, String token, Path report,
                       int stopAfterFiles, boolean terminal, boolean numbersConfirmed) {
            this(dir, from, to, firstNumber, api, token, report, stopAfterFiles, terminal, numbersConfirmed, false);
        }

        /**
         * @param numbersConfirmed a person said yes ({@code YES=1}) to numbering across the breaks the
         *     listing reports ({@link BackIssueFiles.NumberBreak}); without it such a run sends nothing
         */
        public Options(Path dir, LocalDate from, LocalDate to, int firstNumber, String api, String token, Path report,
                       int stopAfterFiles, boolean terminal) {
            this(dir, from, to, firstNumber, api, token, report, stopAfterFiles, terminal, false);
        }
    }

    /**
     * How a run ended: files sent, editions published now or found on the site, failures, whether the
     * site was refreshed, and whether it stopped before sending anything for want of a yes to its numbers.
     */
    public record Outcome(int filesSent, int published, int alreadyPublished, int failed, boolean refreshed, boolean stoppedEarly,
                          boolean needsYes) {
        public Outcome(int filesSent, int published, int alreadyPublished, int failed, boolean refreshed, boolean stoppedEarly) {
            this(filesSent, published, alreadyPublished, failed, refreshed, stoppedEarly, false);
        }
    }

    private Backfill() {}

    public static Outcome run(Options o, PrintStream err) throws IOException, InterruptedException {
        BackIssueFiles.Listing listing = BackIssueFiles.list(o.dir(), o.from(), o.to(), o.firstNumber());
        BackfillReport report = BackfillReport.resuming(o.report());
        listing.unplaced().forEach(f -> report.file(new FileEntry(f.relative(), null, null, 0, null, null, "refused", null, f.problem())));
        report.numbering(listing.breaks().stream().map(BackIssueFiles.NumberBreak::describe).toList(), o.numbersConfirmed());
        if (!listing.breaks().isEmpty() && !o.numbersConfirmed()) {
            // Numbers are written into each new edition: checked before the first file goes, not after.
            report.write(o.report());
            listing.breaks().forEach(b -> err.println("backfill: " + b.describe()));
            return new Outcome(0, 0, 0, 0, false, true, true);
        }
        BackfillApi api = new BackfillApi(o.api(), o.token());
        Progress progress = new Progress(err, o.terminal(), listing.fileCount());
        int sent = 0;
        int done = 0;
        int published = 0;
        int already = 0;
        int failed = 0;
        // Runs of consecutive editions for the queue: an edition left out (refused, on the site) ends a run,
        // so that a job's date range never takes in a half-filed edition the one-at-a-time path would not publish.
        List<List<EditionFiles>> runs = new ArrayList<>();
        boolean inRun = false;
        for (EditionFiles edition : listing.editions()) {
            String date = edition.date().toString();
            boolean onSite = false;
            List<String> refused = new ArrayList<>();
            for (BackIssueFile f : edition.files()) {
                if (onSite) {
                    report.file(new FileEntry(f.relative(), date, null, 0, null, null, "already-published", null, null));
                    done++;
                    continue;
                }
                if (o.stopAfterFiles() > 0 && sent == o.stopAfterFiles()) {
                    report.write(o.report());
                    progress.done();
                    return new Outcome(sent, published, already, failed, false, true);
                }
                BackfillApi.Answer a = api.file(Files.readAllBytes(f.path()), date, edition.number());
                sent++;
                done++;
                if (!a.ok()) {
                    refused.add(f.relative());
                    report.file(new FileEntry(f.relative(), date, null, 0, null, null, "refused", null, a.problem()));
                    continue;
                }
                onSite = a.body().path("published").asBoolean();
                report.file(entry(f, date, a.body(), onSite));
            }
            // Written before the publication too: the importer reports a file's findings only once, so a
            // run killed while this edition publishes must not lose what filing it found.
            report.write(o.report());
            String what;
            if (onSite) {
                already++;
                report.edition(new EditionEntry(date, edition.number(), "already-published", null, null));
                what = date + " already on the site";
            } else if (o.byQueue() && refused.isEmpty()) {
                if (!inRun) {
                    runs.add(new ArrayList<>());
                }
                runs.get(runs.size() - 1).add(edition);
                what = date + " filed";
            } else if (!refused.isEmpty()) {
                failed++;
                report.edition(new EditionEntry(date, edition.number(), "failed", null, "file(s) refused: " + String.join(", ", refused)));
                what = date + " not published: a file was refused";
            } else {
                BackfillApi.Answer job = api.publishBackIssue(date);
                boolean ok = job.ok() && job.body().path("status").asText().equals("succeeded");
                if (ok) {
                    published++;
                    report.edition(new EditionEntry(date, edition.number(), "published", job.body().path("id").asText(), null));
                } else {
                    failed++;
                    String why = job.ok() ? job.body().path("error").path("title").asText() + ": "
                            + job.body().path("error").path("detail").asText() : job.problem();
                    report.edition(new EditionEntry(date, edition.number(), "failed", job.body().path("id").asText(null), why));
                }
                what = date + (ok ? " published" : " failed");
            }
            inRun = o.byQueue() && !onSite && refused.isEmpty();
            report.write(o.report());
            progress.step(done, what);
        }
        boolean refreshed = false;
        if (o.byQueue()) {
            refreshed = !runs.isEmpty();
            for (List<EditionFiles> run : runs) {
                int[] counts = publishQueued(api, run, report, progress, done);
                published += counts[0];
                failed += counts[1];
                refreshed &= counts[2] == 1;
            }
            progress.done();
            report.write(o.report());
            return new Outcome(sent, published, already, failed, refreshed, false);
        }
        if (!listing.editions().isEmpty()) {
            BackfillApi.Answer job = api.refreshSite();
            refreshed = job.ok() && job.body().path("status").asText().equals("succeeded");
            progress.step(done, refreshed ? "site-wide pages refreshed" : "site-wide refresh failed: " + job.problem());
        }
        progress.done();
        report.write(o.report());
        return new Outcome(sent, published, already, failed, refreshed, false);
    }

    /**
     * The filed editions published by the rebuild's workers, which also render the site-wide pages once
     * at the end (so no refresh follows): each edition is reported published, or failed with the line
     * the job gives for it. Returns the editions published, failed, and 1 if the job's end succeeded.
     */
    private static int[] publishQueued(BackfillApi api, List<EditionFiles> queued, BackfillReport report, Progress progress, int done)
            throws IOException, InterruptedException {
        String from = queued.get(0).date().toString();
        String to = queued.get(queued.size() - 1).date().toString();
        BackfillApi.Answer job = api.backfillByQueue(from, to, QUEUE_TIMEOUT);
        java.util.Map<String, String> why = new java.util.HashMap<>();
        job.body().path("failures").forEach(f -> {
            String line = f.asText();
            int colon = line.indexOf(": ");
            if (colon > 0) {
                why.put(line.substring(0, colon), line.substring(colon + 2));
            }
        });
        boolean counted = job.ok() && job.body().path("total").isInt();
        int published = 0;
        int failed = 0;
        for (EditionFiles e : queued) {
            String date = e.date().toString();
            if (counted && !why.containsKey(date)) {
                published++;
                report.edition(new EditionEntry(date, e.number(), "published", null, null));
            } else {
                failed++;
                report.edition(new EditionEntry(date, e.number(), "failed", null,
                        why.getOrDefault(date, job.ok() ? "the backfill job ended " + job.body().path("status").asText() : job.problem())));
            }
        }
        boolean ended = job.ok() && job.body().path("status").asText().equals("succeeded");
        progress.step(done, ended ? "published through the queue; site-wide pages rendered"
                : "the backfill job ended " + (job.ok() ? job.body().path("status").asText() : job.problem()));
        return new int[] {published, failed, ended ? 1 : 0};
    }

    /** How long a client waits for a backfill through the queue: a year of back issues, with room. */
    private static final java.time.Duration QUEUE_TIMEOUT = java.time.Duration.ofHours(6);

    /** A filed file's report entry, from the API's answer. */
    static FileEntry entry(BackIssueFile f, String date, JsonNode body, boolean onSite) {
        TreeSet<Integer> pages = new TreeSet<>();
        body.path("pages").forEach(p -> pages.add(p.path("number").asInt()));
        List<String> look = new ArrayList<>();
        body.path("needsLook").forEach(n -> look.add(n.asText()));
        boolean imported = body.path("imported").asBoolean();
        String outcome = imported ? "imported" : onSite ? "already-published" : "already-imported";
        return new FileEntry(f.relative(), date, List.copyOf(pages), body.path("articles").size(),
                imported ? body.path("layout").path("kind").asText(null) : null,
                imported ? body.path("layout").path("evidence").asText(null) : null, outcome, look, null);
    }
}
