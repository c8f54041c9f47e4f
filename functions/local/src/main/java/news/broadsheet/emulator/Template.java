package news.broadsheet.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * template.yaml, read as data. CloudFormation's short tags (!Ref, !Sub …) are read as their plain
 * values, which is all the harness needs: resource types, properties and names.
 */
public final class Template {
    private final JsonNode root;

    private Template(JsonNode root) {
        this.root = root;
    }

    public static Template load() {
        Path file = projectRoot().resolve("template.yaml");
        try {
            return new Template(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project folder: -Dbroadsheet.project, else the nearest folder upwards with a template.yaml. */
    public static Path projectRoot() {
        String configured = System.getProperty("broadsheet.project");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no template.yaml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    public JsonNode root() {
        return root;
    }

    /** Logical ids and bodies of the resources of one CloudFormation type. */
    public List<Map.Entry<String, JsonNode>> resources(String type) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.path("Resources").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (type.equals(e.getValue().path("Type").asText())) {
                out.add(e);
            }
        }
        return out;
    }

    public JsonNode only(String type) {
        List<Map.Entry<String, JsonNode>> found = resources(type);
        if (found.size() != 1) {
            throw new IllegalStateException("template.yaml has " + found.size() + " resources of type " + type + ", expected 1");
        }
        return found.get(0).getValue();
    }
}
