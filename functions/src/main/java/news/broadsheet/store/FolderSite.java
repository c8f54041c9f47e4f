package news.broadsheet.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import news.broadsheet.publish.SiteBucket;
import news.broadsheet.publish.SiteObject;
import news.broadsheet.render.RenderedFile;

/** The site as a folder, for a static export that any web server can host. */
public final class FolderSite implements SiteBucket {
    private final Path root;
    /** Folders already made: a large export writes thousands of files into few folders. */
    private final java.util.Set<Path> made = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public FolderSite(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(SiteObject object) {
        write(new RenderedFile(object.key(), object.bytes()));
    }

    public void write(RenderedFile file) {
        Path target = root.resolve(file.key()).normalize();
        if (!target.startsWith(root)) {
            throw new IllegalArgumentException("key outside the site folder: " + file.key());
        }
        try {
            if (made.add(target.getParent())) {
                Files.createDirectories(target.getParent());
            }
            Files.write(target, file.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public java.util.List<String> keys(String prefix) {
        Path dir = root.resolve(prefix).normalize();
        if (!Files.isDirectory(dir)) {
            return java.util.List.of();
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public java.util.Optional<byte[]> read(String key) {
        Path file = root.resolve(key).normalize();
        try {
            return file.startsWith(root) && Files.isRegularFile(file) ? java.util.Optional.of(Files.readAllBytes(file)) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String key) {
        Path target = root.resolve(key).normalize();
        return target.startsWith(root) && Files.isRegularFile(target);
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(root.resolve(key).normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
