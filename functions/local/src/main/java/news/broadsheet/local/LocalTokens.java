package news.broadsheet.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import news.broadsheet.wiring.Config;

/**
 * The local stack's two bearer tokens (an editor's and a reporter's). Each is the environment's
 * ({@code BROADSHEET_EDITOR_TOKEN}, {@code BROADSHEET_REPORTER_TOKEN}) when set, else the one kept
 * in {@code file} ({@code make run}: {@code .local/tokens.env}, in the shell's {@code NAME=value}
 * form), which the first start fills with 144 random bits each. So the tokens stay the same from
 * one start to the next, and a script can read them from the file; the environment's never
 * replace the kept ones.
 */
public record LocalTokens(String editor, String reporter) {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** @throws IOException when the file cannot be read, or made the first time */
    public static LocalTokens resolve(Map<String, String> env, Path file) throws IOException {
        LocalTokens kept = kept(file);
        return new LocalTokens(chosen(env, Config.EDITOR_TOKEN, kept.editor), chosen(env, Config.REPORTER_TOKEN, kept.reporter));
    }

    private static LocalTokens kept(Path file) throws IOException {
        if (Files.exists(file)) {
            Properties values = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                values.load(in);
            }
            String editor = values.getProperty(Config.EDITOR_TOKEN, "");
            String reporter = values.getProperty(Config.REPORTER_TOKEN, "");
            if (!editor.isBlank() && !reporter.isBlank()) {
                return new LocalTokens(editor, reporter);
            }
        }
        LocalTokens made = new LocalTokens(random(), random());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(next, Config.EDITOR_TOKEN + "=" + made.editor + "\n" + Config.REPORTER_TOKEN + "=" + made.reporter + "\n");
        try {
            // Bearer tokens: readable by their owner only, where the file system has POSIX permissions.
            Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own permissions stand.
        }
        Files.move(next, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return made;
    }

    private static String chosen(Map<String, String> env, String name, String kept) {
        String value = env.get(name);
        return value != null && !value.isBlank() ? value : kept;
    }

    private static String random() {
        byte[] random = new byte[18];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
