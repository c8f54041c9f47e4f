package news.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import news.broadsheet.api.ApiHandler;
import news.broadsheet.api.PublisherHandler;
import news.broadsheet.emulator.Emulator;
import news.broadsheet.emulator.EmulatorExtension;
import news.broadsheet.emulator.Newsroom;
import news.broadsheet.json.Json;
import news.broadsheet.store.LambdaPublishTrigger;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;
import news.broadsheet.wiring.PublisherComponent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * The AWS path of publishing, minus the asynchronous hop that is AWS's own: the exact event
 * {@link LambdaPublishTrigger} sends is fed to {@link PublisherHandler#handleRequest}, wired as in
 * production against the emulator.
 */
@ExtendWith(EmulatorExtension.class)
class PublisherHandlerIT {

    @Test
    void theEventLambdaPublishTriggerSends_isOneThePublisherHandlerRuns(Emulator emulator) throws Exception {
        Newsroom newsroom = Newsroom.create(emulator, Map.of(Config.EDITOR_TOKEN, Paper.TOKEN));
        AtomicReference<InvokeRequest> sent = new AtomicReference<>();
        LambdaClient lambda = (LambdaClient) Proxy.newProxyInstance(LambdaClient.class.getClassLoader(),
                new Class<?>[] {LambdaClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("invoke") && args[0] instanceof InvokeRequest request) {
                        sent.set(request);
                        return InvokeResponse.builder().statusCode(202).build();
                    }
                    if (method.getName().equals("invoke") && args[0] instanceof java.util.function.Consumer<?> c) {
                        InvokeRequest.Builder b = InvokeRequest.builder();
                        @SuppressWarnings("unchecked")
                        java.util.function.Consumer<InvokeRequest.Builder> consumer = (java.util.function.Consumer<InvokeRequest.Builder>) c;
                        consumer.accept(b);
                        sent.set(b.build());
                        return InvokeResponse.builder().statusCode(202).build();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Paper paper = new Paper(new ApiHandler(news.broadsheet.local.LocalApiComponent.create(newsroom.config())));
        String id = paper.article("新桥合龙", "新桥今日合龙。", "ready");
        paper.edition("2026-01-05", 1, List.of(List.of(id)));
        var jobs = new news.broadsheet.store.DynamoPublicationStore(emulator.dynamo(), newsroom.config().table());
        Publication job = Publication.queued("job-from-the-api", "2026-01-05", "editor", java.time.Instant.now().toString());
        jobs.start(job, java.time.Instant.now().plusSeconds(60), java.time.Instant.now());

        new LambdaPublishTrigger(() -> lambda, "publisher-fn").trigger(job.id());

        assertThat(sent.get().functionName()).isEqualTo("publisher-fn");
        assertThat(sent.get().invocationType()).isEqualTo(InvocationType.EVENT);
        // Lambda's Java runtime turns the JSON payload into the handler's input type with Jackson, as here.
        Map<String, String> event = Json.mapper().readValue(sent.get().payload().asUtf8String(), new TypeReference<>() {});
        Publication done = new PublisherHandler(PublisherComponent.create(newsroom.config())).handleRequest(event, null);

        assertThat(done.id()).isEqualTo(job.id());
        assertThat(done.status()).as(String.valueOf(done.error())).isEqualTo(Publication.SUCCEEDED);
        assertThat(PublishedStateIT.read(Newsroom.s3(emulator), newsroom.config().siteBucket(), "index.html")).contains("新桥合龙");
    }
}
