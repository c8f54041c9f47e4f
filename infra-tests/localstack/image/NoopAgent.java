package broadsheet.localstack;

/**
 * Stands in for ddb-local-loader-0.1.jar, a GitHub download LocalStack passes to DynamoDB Local as
 * -javaagent only to lift the 20-GSI limit, which Broadsheet's table never reaches.
 */
public final class NoopAgent {
    private NoopAgent() {}

    public static void premain(String args, java.lang.instrument.Instrumentation instrumentation) {}
}
