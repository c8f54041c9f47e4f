package news.broadsheet.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Failure: `make run` stopped by SIGTERM or Ctrl-C ended with "Error 143" / "Error 130", as if it had failed. */
@DisabledOnOs(OS.WINDOWS)
class StopSignalsTest {
    @Test
    void sigterm_exitsZero() throws Exception {
        assertThat(exitAfter("TERM")).isZero();
    }

    @Test
    void sigint_exitsZero() throws Exception {
        assertThat(exitAfter("INT")).isZero();
    }

    /** Starts a JVM that waits to be stopped (StopSignals.main), sends it the signal, and returns its exit status. */
    private static int exitAfter(String signal) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StopSignals.class.getName())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("waiting");
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).inheritIO().start().waitFor();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("stopped").isTrue();
            return p.exitValue();
        } finally {
            p.destroyForcibly();
        }
    }
}
