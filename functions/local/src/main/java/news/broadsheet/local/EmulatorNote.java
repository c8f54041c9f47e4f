package news.broadsheet.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.Newsroom;

/**
 * What {@code make run} leaves beside its data folder while it runs ({@code data.emulator}): its
 * emulator's process id and endpoint, the table and the site bucket. The emulator runs in a session
 * of its own, so that Ctrl-C reaches the stop hook that saves the data before anything stops; a run
 * killed without its hook (kill -9, a crash) therefore leaves the emulator running, holding
 * everything written since the last save. A clean stop removes the note; the next start that finds
 * one rescues that work: it saves what the emulator holds, then stops it.
 */
final class EmulatorNote {
    private EmulatorNote() {}

    /** The note's place for a data folder: {@code .local/data} has {@code .local/data.emulator}. */
    static Path beside(Path data) {
        return data.resolveSibling(data.getFileName() + ".emulator");
    }

    /**
     * @param owner the process id of the run that started the emulator: a note whose owner still runs
     *              belongs to another make run in this folder, and is left alone
     */
    static void write(Path note, long owner, long pid, URI endpoint, String table, String bucket) throws IOException {
        write(note, owner, pid, endpoint, table, bucket, null);
    }

    /** As the shorter one, with the upload bucket whose {@code epaper/} scope a rescue saves too. */
    static void write(Path note, long owner, long pid, URI endpoint, String table, String bucket, String uploadBucket) throws IOException {
        Properties p = new Properties();
        if (uploadBucket != null) {
            p.setProperty("uploadBucket", uploadBucket);
        }
        p.setProperty("owner", Long.toString(owner));
        p.setProperty("pid", Long.toString(pid));
        p.setProperty("endpoint", endpoint.toString());
        p.setProperty("table", table);
        p.setProperty("bucket", bucket);
        Files.createDirectories(note.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(note, StandardCharsets.UTF_8)) {
            p.store(out, "make run's emulator; removed on a clean stop");
        }
    }

    static void remove(Path note) throws IOException {
        Files.deleteIfExists(note);
    }

    /**
     * Saves into {@code data} what the emulator of a run that left {@code note} still holds, stops
     * that emulator and removes the note. Returns the counts saved (items, site objects), or empty
     * when there is no note, the run that wrote it still runs (the note is then kept), its process is
     * no longer our emulator (only a process running {@code serial_moto_server.py} on the noted port
     * is ever stopped), or it could not be read (the previous save is kept).
     */
    static Optional<int[]> rescue(Path note, Path data) throws IOException {
        if (!Files.isRegularFile(note)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        if (ProcessHandle.of(Long.parseLong(p.getProperty("owner", "-1"))).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.empty();
        }
        URI endpoint = URI.create(p.getProperty("endpoint", "http://127.0.0.1:0"));
        Optional<ProcessHandle> emulator = ProcessHandle.of(Long.parseLong(p.getProperty("pid", "-1")))
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine()
                        .filter(c -> c.contains("serial_moto_server.py") && c.contains(" " + endpoint.getPort()))
                        .isPresent());
        Optional<int[]> saved = Optional.empty();
        if (emulator.isPresent()) {
            Emulator left = new Emulator() {
                @Override
                public URI endpoint() {
                    return endpoint;
                }

                @Override
                public String kind() {
                    return "moto";
                }

                @Override
                public void close() {}
            };
            try (var dynamo = left.dynamo(); var s3 = Newsroom.s3(left)) {
                saved = Optional.of(LocalData.save(dynamo, p.getProperty("table"), s3, p.getProperty("bucket"), p.getProperty("uploadBucket"), data));
            } catch (IOException | RuntimeException e) {
                System.err.println("The last run's emulator could not be read; the previous save is kept: " + e);
            }
            emulator.get().destroy();
            try {
                emulator.get().onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                emulator.get().destroyForcibly();
            }
        }
        remove(note);
        return saved;
    }
}
