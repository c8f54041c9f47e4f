package news.broadsheet.emulator;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import news.broadsheet.wiring.Config;

/**
 * A Broadsheet backend wired to an emulator: fresh resources created from template.yaml and a
 * {@link Config} that points the production wiring at them.
 */
public final class Newsroom {
    private final Emulator emulator;
    private final Config config;

    private Newsroom(Emulator emulator, Config config) {
        this.emulator = emulator;
        this.config = config;
    }

    /** Creates a table (and, once the site exists, a bucket) with unique names in the emulator. */
    public static Newsroom create(Emulator emulator, Map<String, String> extraEnv) {
        // The SDK's default credential chain reads these; an emulator accepts any.
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("AWS_REGION", Emulator.REGION);
        env.put(Config.TABLE_NAME, "broadsheet-" + suffix);
        env.put(Config.SITE_BUCKET, "broadsheet-site-" + suffix);
        env.put(Config.ENDPOINT, emulator.endpoint().toString());
        Config config = Config.from(env);
        try (var dynamo = emulator.dynamo()) {
            TemplateResources.createTable(dynamo, config.table());
        }
        return new Newsroom(emulator, config);
    }

    public Config config() {
        return config;
    }

    public Emulator emulator() {
        return emulator;
    }
}
