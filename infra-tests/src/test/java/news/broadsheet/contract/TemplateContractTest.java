package news.broadsheet.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.broadsheet.emulator.Template;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.Test;

/** template.yaml and the code describe the same system: handlers, routes, environment. */
class TemplateContractTest {
    final Template template = Template.load();

    JsonNode function(String logicalId) {
        return template.root().path("Resources").path(logicalId);
    }

    @Test
    void everyHandlerNamedInTheTemplate_existsAndIsALambdaHandler() throws Exception {
        List<Map.Entry<String, JsonNode>> functions = template.resources("AWS::Serverless::Function");
        assertThat(functions).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("ApiFunction", "PublisherFunction", "MediaFunction",
                "RebuildFunction");
        for (Map.Entry<String, JsonNode> f : functions) {
            String handler = f.getValue().path("Properties").path("Handler").asText();
            String[] parts = handler.split("::");
            assertThat(parts).as(handler).hasSize(2);
            Class<?> type = Class.forName(parts[0]);
            assertThat(RequestHandler.class.isAssignableFrom(type)).as(handler).isTrue();
            assertThat(type.getMethods()).anyMatch(m -> m.getName().equals(parts[1]));
            assertThat(type.getConstructor()).isNotNull();
        }
    }

    @Test
    void everyApiRouteInTheTemplate_isServedByTheRouterAndListedInTheSpec_andTheReverse() throws Exception {
        Set<String> templateRoutes = new TreeSet<>();
        function("ApiFunction").path("Properties").path("Events").fields().forEachRemaining(e -> {
            JsonNode p = e.getValue().path("Properties");
            assertThat(e.getValue().path("Type").asText()).isEqualTo("HttpApi");
            templateRoutes.add(p.path("Method").asText().toUpperCase(Locale.ROOT) + " " + p.path("Path").asText());
        });
        assertThat(templateRoutes).isEqualTo(OpenApiContractTest.routerRoutes());
        assertThat(templateRoutes).isEqualTo(OpenApiContractTest.specRoutes());
    }

    /** Lambda sets these itself (its reserved variables); a template may not. */
    static final Set<String> SET_BY_LAMBDA = Set.of("AWS_REGION");

    @Test
    void everyEnvironmentVariableConfigReads_isDeclaredForAFunction_localOnly_orSetByLambda() {
        Set<String> read = variablesReadBy(Config::from);
        assertThat(read).as("what Config.from reads").contains(Config.TABLE_NAME).containsAll(Config.LOCAL_ONLY);
        Set<String> undeclared = new TreeSet<>(read);
        Config.API_READS.forEach(undeclared::remove);
        Config.PUBLISHER_READS.forEach(undeclared::remove);
        Config.MEDIA_READS.forEach(undeclared::remove);
        Config.REBUILD_READS.forEach(undeclared::remove);
        Config.LOCAL_ONLY.forEach(undeclared::remove);
        undeclared.removeAll(SET_BY_LAMBDA);
        assertThat(undeclared).as("read by Config.from, but neither function's template environment is checked for it").isEmpty();
    }

    @Test
    void eachFunctionsTemplateEnvironment_setsWhatItReads_andNothingLocalOnly() {
        assertThat(environment("ApiFunction")).containsAll(Config.API_READS).doesNotContainAnyElementsOf(Config.LOCAL_ONLY);
        assertThat(environment("PublisherFunction")).containsAll(Config.PUBLISHER_READS).doesNotContainAnyElementsOf(Config.LOCAL_ONLY);
        assertThat(environment("MediaFunction")).containsAll(Config.MEDIA_READS).doesNotContainAnyElementsOf(Config.LOCAL_ONLY);
        assertThat(environment("RebuildFunction")).containsAll(Config.REBUILD_READS).doesNotContainAnyElementsOf(Config.LOCAL_ONLY);
    }

    /**
     * The rebuild runs on Lambda's own scale-out: the worker takes its queue through an event source
     * mapping with a maximum concurrency (a parameter, 20 unless set) and partial batch responses; the
     * queue's visibility timeout is at least six times the worker's timeout (Lambda Developer Guide,
     * "Creating and configuring an Amazon SQS event source mapping"), and it redrives to a dead-letter
     * queue after as many deliveries as the worker is told to expect.
     */
    @Test
    void theRebuildWorker_takesItsQueueThroughAnEventSourceMapping_boundedAndReportingPartialFailures() {
        JsonNode worker = function("RebuildFunction").path("Properties");
        JsonNode events = worker.path("Events");
        assertThat(events.size()).isEqualTo(1);
        JsonNode mapping = events.elements().next();
        assertThat(mapping.path("Type").asText()).isEqualTo("SQS");
        JsonNode p = mapping.path("Properties");
        assertThat(p.path("Queue").toString()).contains("RebuildQueue");
        assertThat(p.path("FunctionResponseTypes").toString()).contains("ReportBatchItemFailures");
        assertThat(p.path("ScalingConfig").path("MaximumConcurrency").asText()).isEqualTo("RebuildConcurrency");
        assertThat(template.root().path("Parameters").path("RebuildConcurrency").path("Default").asInt()).isEqualTo(20);
        JsonNode queue = template.root().path("Resources").path("RebuildQueue").path("Properties");
        assertThat(queue.path("VisibilityTimeout").asInt()).isGreaterThanOrEqualTo(6 * worker.path("Timeout").asInt());
        assertThat(queue.path("RedrivePolicy").path("deadLetterTargetArn").toString()).contains("RebuildFailures");
        assertThat(queue.path("RedrivePolicy").path("maxReceiveCount").asText())
                .isEqualTo(worker.path("Environment").path("Variables").path(Config.REBUILD_ATTEMPTS).asText());
    }

    /**
     * A queued job's wait for the publisher (PublishRequests.START_WITHIN) covers the ways Lambda starts
     * the asynchronous invocation late (AWS Lambda Developer Guide, "Asynchronous invocation"): its retries
     * after a function error, one and then two minutes apart (MaximumRetryAttempts of them), and, with
     * the publisher's reserved concurrency of 1, a throttled event's backoff of up to five minutes; and the
     * running lease stays the short one, so a dead run frees its edition within a minute.
     */
    @Test
    void aQueuedJobsWaitToStart_coversLambdasRetriesAndThrottleBackoff_whileTheRunningLeaseStaysShort() {
        JsonNode publisher = function("PublisherFunction").path("Properties");
        int retries = publisher.path("EventInvokeConfig").path("MaximumRetryAttempts").asInt();
        long retryWait = retries >= 2 ? 3 : retries;
        assertThat(publisher.path("ReservedConcurrentExecutions").asInt()).isEqualTo(1);
        assertThat(news.broadsheet.publish.PublishRequests.START_WITHIN.toMinutes()).isGreaterThanOrEqualTo(retryWait + 5)
                .isLessThan(publisher.path("EventInvokeConfig").path("MaximumEventAgeInSeconds").asLong() / 60);
        assertThat(news.broadsheet.publish.PublishRequests.LEASE.toSeconds()).isLessThanOrEqualTo(60);
    }

    /**
     * A chunked publication's lease (ChunkedPublication.LEASE) outlasts three of the worker's invocations
     * and no more than Lambda's maximum timeout, and a failed chunk holds its run for the queue's own
     * visibility timeout (ChunkedPublication.REDELIVERY): a change to either setting here shows up there.
     */
    @Test
    void aChunkedPublicationsLease_fitsTheWorkersTimeout_andItsRetryHold_theQueuesVisibilityTimeout() {
        int workerTimeout = function("RebuildFunction").path("Properties").path("Timeout").asInt();
        JsonNode queue = template.root().path("Resources").path("RebuildQueue").path("Properties");
        assertThat(news.broadsheet.publish.ChunkedPublication.LEASE.toSeconds()).isBetween(3L * workerTimeout, 900L);
        assertThat(news.broadsheet.publish.ChunkedPublication.REDELIVERY.toSeconds()).isEqualTo(queue.path("VisibilityTimeout").asLong());
    }

    /**
     * Least privilege on the queue: the worker receives, deletes, reads its attributes and sends; the API
     * (a rebuild's first item) and the publisher (a very large edition's chunks) only send; no one else touches it.
     */
    @Test
    void onlyTheRebuildWorkerTheApiAndThePublisher_touchTheRebuildQueue_withTheActionsEachNeeds() {
        Map<String, Set<String>> onQueue = new java.util.TreeMap<>();
        for (Map.Entry<String, JsonNode> f : template.resources("AWS::Serverless::Function")) {
            for (JsonNode policy : f.getValue().path("Properties").path("Policies")) {
                for (JsonNode statement : policy.path("Statement")) {
                    if (statement.path("Resource").toString().contains("RebuildQueue")) {
                        JsonNode actions = statement.path("Action");
                        (actions.isArray() ? actions : List.of(actions)).forEach(a ->
                                onQueue.computeIfAbsent(f.getKey(), k -> new TreeSet<>()).add(a.asText()));
                    }
                    if (statement.path("Action").toString().contains("sqs:") && !statement.path("Resource").toString().contains("RebuildQueue")) {
                        // Elsewhere only a function's own failed runs, sent to its dead-letter queue.
                        assertThat(statement.path("Action").asText()).as(f.getKey() + " " + statement).isEqualTo("sqs:SendMessage");
                        assertThat(statement.path("Resource").toString()).as(f.getKey() + " " + statement).contains("Failures");
                    }
                }
            }
        }
        assertThat(onQueue).isEqualTo(Map.of("ApiFunction", Set.of("sqs:SendMessage"), "PublisherFunction", Set.of("sqs:SendMessage"),
                "RebuildFunction", Set.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:SendMessage")));
    }

    /**
     * Least privilege for the people routes, both ways: every Cognito action {@code CognitoDirectory} sends is
     * granted to the API function (a missing one is an AccessDeniedException only in AWS, never on the
     * emulators), and nothing it does not send.
     */
    @Test
    void theApiFunction_mayCallExactlyTheCognitoActionsThePeopleDirectorySends() throws Exception {
        String source = java.nio.file.Files.readString(java.nio.file.Path.of(
                "../functions/src/main/java/news/broadsheet/store/CognitoDirectory.java"));
        Set<String> sent = new TreeSet<>();
        java.util.regex.Matcher call = java.util.regex.Pattern.compile("\\.call\\(\"([A-Za-z]+)\"").matcher(source);
        while (call.find()) sent.add("cognito-idp:" + call.group(1));
        assertThat(sent).as("the calls found in CognitoDirectory").contains("cognito-idp:AdminCreateUser");
        Set<String> granted = new TreeSet<>();
        for (JsonNode policy : function("ApiFunction").path("Properties").path("Policies")) {
            for (JsonNode statement : policy.path("Statement")) {
                JsonNode actions = statement.path("Action");
                (actions.isArray() ? actions : List.of(actions)).forEach(a -> {
                    if (a.asText().startsWith("cognito-idp:")) granted.add(a.asText());
                });
            }
        }
        assertThat(granted).isEqualTo(sent);
    }

    /** The API reads the site bucket only to see whether an image file exists (the preflight): GetObject under media/, nothing else. */
    @Test
    void theApiFunction_mayOnlyReadAndDeleteInThePhotosPrefixOfTheSiteBucket() {
        List<String> grants = new java.util.ArrayList<>();
        for (JsonNode policy : function("ApiFunction").path("Properties").path("Policies")) {
            for (JsonNode statement : policy.path("Statement")) {
                if (statement.path("Resource").toString().contains("SiteBucket")) {
                    grants.add(statement.path("Action").asText() + " " + statement.path("Resource").asText());
                }
            }
        }
        // Read for the preflight's HeadObject, delete for DELETE /api/media/{id}: never a page.
        assertThat(grants).containsExactly("s3:GetObject ${SiteBucket.Arn}/" + news.broadsheet.publish.Preflights.MEDIA_PREFIX + "*",
                "s3:DeleteObject ${SiteBucket.Arn}/" + news.broadsheet.publish.Preflights.MEDIA_PREFIX + "*");
    }

    @Test
    void theRecordingOfWhatConfigReads_seesANewVariable() {
        Set<String> read = variablesReadBy(env -> env.get("A_NEW_SETTING"));
        assertThat(read).containsExactly("A_NEW_SETTING");
    }

    /** HTTP API's integration timeout: 30 s at most ("Integration timeout", API Gateway quotas for HTTP APIs). */
    static final int HTTP_API_INTEGRATION_TIMEOUT_MS = 30_000;

    @Test
    void theApiFunctionTimesOutBeforeHttpApiGivesUpOnIt_soASlowRouteFailsInOurLogs_notAsABare503() {
        int functionTimeoutMs = function("ApiFunction").path("Properties").path("Timeout").asInt() * 1000;
        assertThat(functionTimeoutMs).isPositive();
        function("ApiFunction").path("Properties").path("Events").forEach(event -> {
            int integration = event.path("Properties").path("TimeoutInMillis").asInt(HTTP_API_INTEGRATION_TIMEOUT_MS);
            assertThat(functionTimeoutMs).as(event.path("Properties").path("Path").asText()).isLessThan(integration);
        });
    }

    /**
     * CloudFront's custom error responses apply to every behavior of a distribution, so they would
     * turn the API's 403 and 404 problem+json under /api/* into the site's HTML page. The site's
     * missing pages fail over, on its default behavior only, to an open API route that answers 404
     * with the site's page; the API's own answers pass through untouched.
     */
    @Test
    void theSitesMissingPages_failOverPerBehavior_soTheApisProblemJsonReachesClientsUntouched() {
        List<Map.Entry<String, JsonNode>> distributions = template.resources("AWS::CloudFront::Distribution");
        assertThat(distributions).hasSize(1);
        JsonNode config = distributions.get(0).getValue().path("Properties").path("DistributionConfig");
        assertThat(config.path("CustomErrorResponses").size()).as("distribution-wide error pages").isZero();

        JsonNode api = only(config.path("CacheBehaviors"), b -> b.path("PathPattern").asText().equals("/api/*"));
        assertThat(api.path("TargetOriginId").asText()).isEqualTo("api");
        assertThat(origin(config, "api").path("DomainName").toString()).contains("${HttpApi}.execute-api");
        assertThat(origin(config, "api").path("OriginPath").asText("")).isEmpty();

        String group = config.path("DefaultCacheBehavior").path("TargetOriginId").asText();
        JsonNode failover = only(config.path("OriginGroups").path("Items"), g -> g.path("Id").asText().equals(group));
        assertThat(failover.path("FailoverCriteria").path("StatusCodes").path("Items"))
                .extracting(JsonNode::asInt).containsExactlyInAnyOrder(403, 404);
        assertThat(failover.path("Members").path("Items")).extracting(m -> m.path("OriginId").asText())
                .containsExactly("site", "site-fallback");
        assertThat(origin(config, "site").path("DomainName").toString()).contains("SiteBucket");
        JsonNode fallback = origin(config, "site-fallback");
        assertThat(fallback.path("DomainName").toString()).contains("${HttpApi}.execute-api");
        assertThat(fallback.path("OriginPath").asText()).isEqualTo(news.broadsheet.api.SiteFallbackRoutes.PREFIX);

        List<JsonNode> openEvents = new java.util.ArrayList<>();
        function("ApiFunction").path("Properties").path("Events").forEach(e -> {
            if (e.path("Properties").has("Auth")) {
                openEvents.add(e.path("Properties"));
            }
        });
        assertThat(openEvents).as("routes that skip the JWT authorizer").hasSize(1);
        assertThat(openEvents.get(0).path("Path").asText()).isEqualTo(news.broadsheet.api.SiteFallbackRoutes.PREFIX + "/{path+}");
        assertThat(openEvents.get(0).path("Method").asText()).isEqualTo("GET");
        assertThat(openEvents.get(0).path("Auth").path("Authorizer").asText()).isEqualTo("NONE");

        String apiUrl = template.root().path("Outputs").path("ApiUrl").path("Value").toString();
        assertThat(apiUrl).contains("${Distribution.DomainName}/api");
    }

    private static JsonNode origin(JsonNode config, String id) {
        return only(config.path("Origins"), o -> o.path("Id").asText().equals(id));
    }

    private static JsonNode only(JsonNode array, java.util.function.Predicate<JsonNode> which) {
        List<JsonNode> found = new java.util.ArrayList<>();
        array.forEach(n -> {
            if (which.test(n)) {
                found.add(n);
            }
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private Set<String> environment(String function) {
        Set<String> set = names(template.root().path("Globals").path("Function").path("Environment").path("Variables"));
        set.addAll(names(function(function).path("Properties").path("Environment").path("Variables")));
        return set;
    }

    /** The names a reader of the environment asks for, recorded on a map that holds nothing. */
    static Set<String> variablesReadBy(java.util.function.Consumer<Map<String, String>> reader) {
        Set<String> asked = new TreeSet<>();
        Map<String, String> recording = new java.util.AbstractMap<>() {
            @Override
            public Set<Entry<String, String>> entrySet() {
                throw new UnsupportedOperationException("Config must ask for variables by name");
            }

            @Override
            public String get(Object key) {
                asked.add((String) key);
                return null;
            }

            @Override
            public String getOrDefault(Object key, String fallback) {
                asked.add((String) key);
                return fallback;
            }

            @Override
            public boolean containsKey(Object key) {
                asked.add((String) key);
                return false;
            }
        };
        reader.accept(recording);
        return asked;
    }

    @Test
    void functionsRunJava21OnArm64_withSnapStartOnAPublishedAlias() {
        JsonNode globals = template.root().path("Globals").path("Function");
        assertThat(globals.path("Runtime").asText()).isEqualTo("java21");
        assertThat(globals.path("Architectures").get(0).asText()).isEqualTo("arm64");
        assertThat(globals.path("SnapStart").path("ApplyOn").asText()).isEqualTo("PublishedVersions");
        assertThat(globals.path("AutoPublishAlias").asText()).isNotBlank();
        assertThat(globals.path("LoggingConfig").path("LogFormat").asText()).isEqualTo("JSON");
    }

    @Test
    void noPolicyGrantsEveryActionOnEveryResource() {
        for (String f : List.of("ApiFunction", "PublisherFunction", "MediaFunction")) {
            for (JsonNode policy : function(f).path("Properties").path("Policies")) {
                for (JsonNode statement : policy.path("Statement")) {
                    assertThat(statement.path("Action").toString()).as(f).doesNotContain("\"*\"").doesNotContain(":*\"");
                    assertThat(statement.path("Resource").toString()).as(f).isNotEqualTo("\"*\"");
                }
            }
        }
    }

    /**
     * EventBridge Scheduler's execution role: only the scheduler may assume it, only for this account's
     * schedule group (the User Guide's confused-deputy conditions), and it may do one thing: invoke the
     * publisher's alias.
     */
    @Test
    void theSchedulerRole_isAssumableOnlyByEventBridgeScheduler_forThisGroup_andMayOnlyStartThePublisher() {
        JsonNode role = template.root().path("Resources").path("SchedulerRole");
        assertThat(role.path("Type").asText()).isEqualTo("AWS::IAM::Role");
        JsonNode trust = role.path("Properties").path("AssumeRolePolicyDocument").path("Statement");
        assertThat(trust).hasSize(1);
        assertThat(trust.get(0).path("Effect").asText()).isEqualTo("Allow");
        assertThat(trust.get(0).path("Action").asText()).isEqualTo("sts:AssumeRole");
        assertThat(names(trust.get(0).path("Principal"))).containsExactly("Service");
        assertThat(trust.get(0).path("Principal").path("Service").asText()).isEqualTo("scheduler.amazonaws.com");
        assertThat(names(trust.get(0).path("Condition"))).containsExactly("StringEquals");
        JsonNode condition = trust.get(0).path("Condition").path("StringEquals");
        assertThat(condition.path("aws:SourceAccount").asText()).isEqualTo("AWS::AccountId");
        assertThat(condition.path("aws:SourceArn").asText()).isEqualTo("PublishSchedules.Arn");

        List<String> grants = new java.util.ArrayList<>();
        assertThat(role.path("Properties").path("ManagedPolicyArns").isMissingNode()).as("no managed policies").isTrue();
        for (JsonNode policy : role.path("Properties").path("Policies")) {
            for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                assertThat(statement.path("Condition").isMissingNode()).isTrue();
                grants.add(statement.path("Effect").asText() + " " + statement.path("Action") + " " + statement.path("Resource").asText());
            }
        }
        assertThat(grants).containsExactly("Allow \"lambda:InvokeFunction\" PublisherFunction.Alias");
        assertThat(template.resources("AWS::Scheduler::ScheduleGroup")).extracting(Map.Entry::getKey).containsExactly("PublishSchedules");
    }

    /**
     * The API creates, moves and deletes schedules in the stack's own group only, and hands them the
     * scheduler's role only: {@code iam:PassRole} on that role, to EventBridge Scheduler alone.
     */
    @Test
    void theApiFunction_schedulesOnlyInItsOwnGroup_andPassesOnlyTheSchedulersRole_toTheSchedulerAlone() {
        List<String> grants = new java.util.ArrayList<>();
        for (JsonNode policy : function("ApiFunction").path("Properties").path("Policies")) {
            for (JsonNode statement : policy.path("Statement")) {
                String actions = statement.path("Action").toString();
                if (actions.contains("scheduler:") || actions.contains("iam:")) {
                    grants.add(statement.path("Action").toString() + " " + statement.path("Resource").asText() + " "
                            + statement.path("Condition"));
                }
            }
        }
        assertThat(grants).containsExactly(
                "[\"scheduler:CreateSchedule\",\"scheduler:UpdateSchedule\",\"scheduler:DeleteSchedule\",\"scheduler:GetSchedule\"]"
                        + " arn:${AWS::Partition}:scheduler:${AWS::Region}:${AWS::AccountId}:schedule/${PublishSchedules}/* ",
                "\"iam:PassRole\" SchedulerRole.Arn {\"StringEquals\":{\"iam:PassedToService\":\"scheduler.amazonaws.com\"}}");
        JsonNode env = function("ApiFunction").path("Properties").path("Environment").path("Variables");
        assertThat(env.path(Config.SCHEDULE_GROUP).asText()).isEqualTo("PublishSchedules");
        assertThat(env.path(Config.SCHEDULER_ROLE_ARN).asText()).isEqualTo("SchedulerRole.Arn");
        assertThat(env.path(Config.PUBLISHER_FUNCTION).asText()).as("the schedules' target").isEqualTo("PublisherFunction.Alias");
        for (String other : List.of("PublisherFunction", "MediaFunction")) {
            assertThat(function(other).path("Properties").path("Policies").toString()).as(other).doesNotContain("scheduler:")
                    .doesNotContain("iam:");
        }
    }

    @Test
    void theMediaFunction_startsOnlyForOriginals_andWritesOnlyVariants() {
        JsonNode media = function("MediaFunction").path("Properties");
        JsonNode event = media.path("Events").path("Uploaded");
        assertThat(event.path("Type").asText()).isEqualTo("S3");
        assertThat(event.path("Properties").path("Filter").path("S3Key").path("Rules").toString())
                .contains("\"prefix\"").contains("\"" + news.broadsheet.media.MediaKeys.UPLOAD_PREFIX + "\"");
        assertThat(media.path("Policies").toString()).contains("/" + news.broadsheet.media.MediaKeys.VARIANT_PREFIX + "*");
        assertThat(media.path("DeadLetterQueue").path("Type").asText()).isEqualTo("SQS");
    }

    private static Set<String> names(JsonNode variables) {
        Set<String> out = new HashSet<>();
        variables.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** The publisher's line for a failed job ({@code RequestLog.end} with status "failed") is what the alarm's metric counts. */
    @Test
    void failedPublications_areCountedFromThePublishersLog_byAnAlarm() {
        JsonNode filter = function("FailedPublications").path("Properties");
        assertThat(filter.path("LogGroupName").toString()).contains("PublisherFunctionLogs");
        assertThat(filter.path("FilterPattern").asText())
                .isEqualTo("{ $.formattedMessage = \"request\" && $.mdc.status = \"failed\" }");
        JsonNode alarm = function("FailedPublicationsAlarm").path("Properties");
        assertThat(alarm.path("MetricName").asText()).isEqualTo(filter.at("/MetricTransformations/0/MetricName").asText());
        assertThat(alarm.path("Namespace")).isEqualTo(filter.at("/MetricTransformations/0/MetricNamespace"));
        assertThat(alarm.path("Threshold").asInt()).isEqualTo(1);
    }
}
