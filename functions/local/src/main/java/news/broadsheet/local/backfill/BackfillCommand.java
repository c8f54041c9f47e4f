package news.broadsheet.local.backfill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@code make backfill DIR=… [FROM=YYYY-MM-DD] [TO=YYYY-MM-DD] [NUMBER=n] [REPORT=file] [API=url]}:
 * brings a folder of archive dumps online through a running Broadsheet API ({@link Backfill}).
 * Prints the summary; exits 0 when every edition is on the site, 1 when something failed or the issue
 * numbers break their sequence without {@code YES=1} (nothing is sent then), 2 on bad arguments.
 */
public final class BackfillCommand {
    private BackfillCommand() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 7 || args.length > 9) {
            usage("expected DIR FROM TO NUMBER REPORT API TOKEN [YES] (FROM, TO: - for none)");
        }
        // YES=1: a person checked the issue numbers' breaks the first run reported and wants them so.
        boolean yes = args.length >= 8 && (args[7].equals("1") || args[7].equalsIgnoreCase("yes"));
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            usage("DIR is not a folder: " + dir);
        }
        LocalDate from = date("FROM", args[1]);
        LocalDate to = date("TO", args[2]);
        if (from != null && to != null && to.isBefore(from)) {
            usage("TO (" + to + ") is before FROM (" + from + ")");
        }
        int number = 1;
        try {
            number = Integer.parseInt(args[3]);
        } catch (NumberFormatException e) {
            usage("NUMBER must be a whole number: " + args[3]);
        }
        Path report = Path.of(args[4]);
        Backfill.Outcome outcome;
        try {
            outcome = Backfill.run(new Backfill.Options(dir, from, to, number, args[5], args[6], report, 0,
                    System.console() != null, yes, args.length > 8 && args[8].equals("queue")), System.err);
        } catch (java.net.ConnectException e) {
            // The stack went away mid-run (stopped or killed): say so and how to go on, not a stack trace.
            System.err.println();
            System.err.println("backfill: the API at " + args[5] + " stopped answering (" + e.getMessage() + ").");
            System.err.println("Start it again (make run) and run the same make backfill: it resumes where it stopped.");
            System.exit(1);
            return;
        }
        System.out.println(summaryOf(report));
        System.out.println("Report: " + report.toAbsolutePath());
        System.exit(outcome.failed() == 0 && outcome.refreshed() ? 0 : 1);
    }

    private static String summaryOf(Path report) throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        news.broadsheet.json.Json.read(Files.readString(report), com.fasterxml.jackson.databind.JsonNode.class).path("summary")
                .forEach(l -> out.append(l.asText()).append('\n'));
        return out.toString().stripTrailing();
    }

    private static LocalDate date(String name, String value) {
        if (value.isBlank() || value.equals("-")) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            usage(name + " must be YYYY-MM-DD: " + value);
            return null;
        }
    }

    private static void usage(String problem) {
        System.err.println("make backfill DIR=folder [FROM=YYYY-MM-DD] [TO=YYYY-MM-DD] [NUMBER=first issue number] [REPORT=file] [API=url] [YES=1] [WAY=queue]");
        System.err.println(problem);
        System.exit(2);
    }
}
