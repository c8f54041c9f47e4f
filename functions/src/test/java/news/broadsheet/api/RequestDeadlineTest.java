package news.broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import news.broadsheet.wiring.ApiComponent;
import news.broadsheet.wiring.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTP API's 30 s integration timeout, and the function's own 20 s before it: a request whose
 * database does not answer must still answer in time, with a problem that says what happened, and
 * not be cut off by Lambda (API Gateway's bare 500 or 503). Here the table's endpoint accepts
 * connections and never answers. Without the deadline the SDK waits 30 s per attempt, three times;
 * the {@code @Timeout} is only the test's safety net, the assertions are on the answer.
 */
class RequestDeadlineTest {
    static final String TOKEN = "editor-token";
    static ServerSocket silent;
    static final List<Socket> held = new CopyOnWriteArrayList<>();
    static ApiHandler api;

    @BeforeAll
    static void start() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!silent.isClosed()) {
                try {
                    held.add(silent.accept());   // read nothing, answer nothing
                } catch (IOException closed) {
                    return;
                }
            }
        }, "silent-dynamodb");
        accept.setDaemon(true);
        accept.start();
        System.setProperty("aws.accessKeyId", "test");
        System.setProperty("aws.secretAccessKey", "test");
        api = new ApiHandler(ApiComponent.create(Config.from(Map.of(Config.ENDPOINT, "http://127.0.0.1:" + silent.getLocalPort(),
                Config.EDITOR_TOKEN, TOKEN))));
    }

    @AfterAll
    static void stop() throws IOException {
        silent.close();
        for (Socket s : held) {
            s.close();
        }
    }

    static com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse read(Context lambda) {
        return api.handleRequest(HttpEvents.request("GET", "/api/articles/0b7e4c52-8f1e-4d7e-9c55-2f0a7d7f4a10",
                Map.of("authorization", "Bearer " + TOKEN), Map.of(), null), lambda);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aRequestWhoseDatabaseNeverAnswers_answers503OutOfTime_beforeLambdasTimeout() {
        // 2 s left in the invocation: the request's deadline is 0.5 s, the rest is the margin to answer.
        // A short deadline is as good a witness as a long one: without it the SDK waits 30 s an attempt.
        var response = read(lambdaWithMillisLeft(2_000));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("content-type", "application/problem+json; charset=utf-8");
        assertThat(response.getBody()).contains("\"title\":\"Out of time\"").contains("HTTP API allows 30 s");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aRequestWithLessTimeLeftThanTheMarginToAnswer_makesNoCallAtAll() {
        int connectionsBefore = held.size();
        var response = read(lambdaWithMillisLeft(1_000));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(held).hasSize(connectionsBefore);
    }

    static Context lambdaWithMillisLeft(int millis) {
        return new Context() {
            @Override public String getAwsRequestId() { return "deadline-test"; }
            @Override public String getLogGroupName() { return null; }
            @Override public String getLogStreamName() { return null; }
            @Override public String getFunctionName() { return "ApiFunction"; }
            @Override public String getFunctionVersion() { return "1"; }
            @Override public String getInvokedFunctionArn() { return null; }
            @Override public CognitoIdentity getIdentity() { return null; }
            @Override public ClientContext getClientContext() { return null; }
            @Override public int getRemainingTimeInMillis() { return millis; }
            @Override public int getMemoryLimitInMB() { return 1024; }
            @Override public LambdaLogger getLogger() { return null; }
        };
    }
}
