package org.oxyalloc.api.web;

import org.slf4j.MDC;

/** Puts the plan and user into the log lines written inside a try-with-resources block. */
public final class LogContext implements AutoCloseable {

    private LogContext() {
    }

    public static LogContext of(Long plan, String user) {
        if (plan != null) {
            MDC.put("plan", String.valueOf(plan));
        }
        MDC.put("user", user);
        return new LogContext();
    }

    @Override
    public void close() {
        MDC.remove("plan");
        MDC.remove("user");
    }
}
