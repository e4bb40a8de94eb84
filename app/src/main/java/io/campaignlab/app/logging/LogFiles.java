package io.campaignlab.app.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/**
 * Sends the full log, stack traces included, to a file: the workspace's {@code logs/campaign-lab.log} once a
 * workspace is open, or the app folder's before that. Only one file is attached at a time.
 */
public final class LogFiles {

    public static final String FAILURES = "campaignlab.failures";
    private static final String APPENDER = "campaign-lab-file";
    private static volatile Path current;

    private LogFiles() {
    }

    public static synchronized Path attach(Path logsFolder) {
        Path file = logsFolder.resolve("campaign-lab.log");
        if (file.equals(current)) {
            return file;
        }
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return file;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName(APPENDER);
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        for (String name : new String[] {Logger.ROOT_LOGGER_NAME, FAILURES}) {
            Logger logger = context.getLogger(name);
            var old = logger.getAppender(APPENDER);
            if (old != null) {
                logger.detachAppender(old);
                old.stop();
            }
            logger.addAppender(appender);
        }
        current = file;
        return file;
    }

    public static Path current() {
        return current;
    }
}
