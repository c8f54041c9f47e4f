package news.broadsheet.local;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT (Ctrl-C) as the way the local stack is meant to stop: it exits with status 0 after
 * its shutdown hooks (save the data, stop the emulator), where the JVM's own handling exits with 128 plus
 * the signal's number (143, 130) and {@code make run} reported a clean stop as "Error 143". A stop that
 * fails in a hook still says so on stderr. {@code sun.misc.Signal} (module jdk.unsupported) is the JDK's
 * only way to handle a signal; nothing else in the process handles these two.
 */
final class StopSignals {
    private StopSignals() {}

    /** From now on, SIGTERM and SIGINT run the shutdown hooks and exit 0. */
    static void exitCleanly() {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> System.exit(0));
        }
    }

    /** A process that only waits to be stopped: for the test of the rule above. */
    public static void main(String[] args) throws InterruptedException {
        exitCleanly();
        System.out.println("waiting");
        System.out.flush();
        Thread.currentThread().join();
    }
}
