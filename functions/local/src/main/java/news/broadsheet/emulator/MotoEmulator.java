package news.broadsheet.emulator;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * moto's server as a child process on a free loopback port, stopped on close (and at JVM exit). It
 * runs through functions/local/moto/serial_moto_server.py, which handles one request at a time so that
 * conditional writes are as atomic as in DynamoDB.
 */
public final class MotoEmulator implements Emulator {
    private final Process process;
    private final URI endpoint;
    /** The stop-at-exit hook, until {@link #outliveThisProcess} takes it away. */
    private volatile Thread reaper;

    private MotoEmulator(Process process, URI endpoint, Thread reaper) {
        this.process = process;
        this.endpoint = endpoint;
        this.reaper = reaper;
    }

    /** The Python that has moto: -Dbroadsheet.moto.python, else the project's virtualenv. */
    public static Path command() {
        String configured = System.getProperty("broadsheet.moto.python");
        Path path = configured == null || configured.isBlank()
                ? Template.projectRoot().resolve(".venv/moto/bin/python") : Path.of(configured);
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("moto is not installed at " + path + "; run `make venv` first");
        }
        return path;
    }

    public static MotoEmulator start(Path python) {
        return start(python, false);
    }

    /**
     * moto in a session of its own, which a terminal's Ctrl-C does not reach: for {@code make run},
     * whose own hook must still read the emulator (to save its data) before it closes it. It is stopped
     * at exit like any, until {@link #outliveThisProcess}: a run stopped while it starts leaves none behind.
     */
    public static MotoEmulator startDetached(Path python) {
        return start(python, true);
    }

    private static MotoEmulator start(Path python, boolean detached) {
        int port = freePort();
        Path server = Template.projectRoot().resolve("functions/local/moto/serial_moto_server.py");
        List<String> command = new ArrayList<>(List.of(python.toString(), server.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)));
        if (detached) {
            command.add(0, "setsid");
        }
        // The stop-at-exit hook is in place before the process exists: a stop (Ctrl-C, SIGTERM) that comes while it
        // is being started waits for it, then stops it, instead of leaving it running in its own session.
        java.util.concurrent.CompletableFuture<Process> started = new java.util.concurrent.CompletableFuture<>();
        Thread reaper = Emulator.stopAtExit("moto-reaper", () -> {
            try {
                stop(started.get(10, TimeUnit.SECONDS));
            } catch (Exception notStarted) {
                // Never started, or not within the wait: nothing of ours to stop.
            }
        });
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            started.completeExceptionally(e);
            Emulator.stopNow(reaper, () -> { });
            throw new IllegalStateException("could not start " + server + " with " + python, e);
        }
        started.complete(process);
        MotoEmulator moto = new MotoEmulator(process, URI.create("http://127.0.0.1:" + port), reaper);
        return Emulator.awaitReady(moto, "moto's server", Duration.ofSeconds(60), moto::answers);
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    /** The emulator's process id (with {@link #startDetached}, the server itself: setsid runs it in place). */
    public long pid() {
        return process.pid();
    }

    @Override
    public String kind() {
        return "moto";
    }

    /**
     * No longer stopped at this JVM's exit: from now on the caller answers for it (make run: its stop hook
     * saves, then closes it, and the note it leaves lets the next start rescue an emulator a kill -9 left).
     * Harmless once the JVM is shutting down (the hook then runs as it was going to).
     */
    public void outliveThisProcess() {
        Thread hook = reaper;
        reaper = null;
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs, or has run.
            }
        }
    }

    @Override
    public void close() {
        Emulator.stopNow(reaper, this::stop);
    }

    private void stop() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Whether moto's server answers its own API; throws once the process has exited, since it never will. */
    private boolean answers() throws IOException {
        if (!process.isAlive()) {
            throw new IllegalStateException("moto's server exited with " + process.exitValue());
        }
        HttpURLConnection c = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
        c.setConnectTimeout(500);
        c.setReadTimeout(2000);
        return c.getResponseCode() == 200;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
