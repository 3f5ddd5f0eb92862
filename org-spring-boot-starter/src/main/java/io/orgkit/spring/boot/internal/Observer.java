package io.orgkit.spring.boot.internal;

import io.orgkit.core.io.ImportResult;
import io.orgkit.core.organizations.OrgId;
import io.orgkit.core.sync.SyncReport;
import io.orgkit.spring.boot.ImportFinishedEvent;
import io.orgkit.spring.boot.SyncFinishedEvent;
import java.time.Duration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;

/** Times sync and import calls and publishes their outcome as Spring events. */
public final class Observer {
    static final int MAX_ERROR = 200;

    private final ApplicationEventPublisher publisher;

    public Observer(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    SyncReport sync(OrgId org, SyncFinishedEvent.Operation operation, Supplier<SyncReport> call) {
        long start = System.nanoTime();
        SyncReport report;
        try {
            report = call.get();
        } catch (RuntimeException | Error e) {
            publisher.publishEvent(new SyncFinishedEvent(org, operation, null, describe(e), since(start)));
            throw e;
        }
        publisher.publishEvent(new SyncFinishedEvent(org, operation, report, null, since(start)));
        return report;
    }

    ImportResult importing(OrgId org, Supplier<ImportResult> call) {
        long start = System.nanoTime();
        ImportResult result;
        try {
            result = call.get();
        } catch (RuntimeException | Error e) {
            publisher.publishEvent(new ImportFinishedEvent(org, null, describe(e), since(start)));
            throw e;
        }
        publisher.publishEvent(new ImportFinishedEvent(org, result, null, since(start)));
        return result;
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The exception's type and message, cut to {@value #MAX_ERROR} characters (OrgKit's messages carry no secrets). */
    static String describe(Throwable e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return cut(text, MAX_ERROR);
    }

    static String cut(@Nullable String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
