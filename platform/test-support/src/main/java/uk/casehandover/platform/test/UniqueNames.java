package uk.casehandover.platform.test;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Gives each test its own topic and database names: the caller's base name, made legal, plus a number unique in
 * this JVM, e.g. {@code police.to.cps-7} or {@code police_service_7}.
 */
final class UniqueNames {

    private static final Pattern TOPIC_BASE = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private static final Pattern DATABASE_BASE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,49}");

    private final AtomicInteger counter = new AtomicInteger();

    String topic(String base) {
        if (base == null || !TOPIC_BASE.matcher(base).matches()) {
            throw new IllegalArgumentException("topic base name must match " + TOPIC_BASE.pattern()
                    + " (letters, digits, '.', '_', '-'; at most 200) but was '" + base + "'");
        }
        return base + "-" + counter.incrementAndGet();
    }

    String database(String base) {
        if (base == null || !DATABASE_BASE.matcher(base).matches()) {
            throw new IllegalArgumentException("database base name must match " + DATABASE_BASE.pattern()
                    + " (a letter, then letters, digits, '_', '.', '-'; at most 50) but was '" + base + "'");
        }
        return base.toLowerCase(Locale.ROOT).replace('.', '_').replace('-', '_') + "_" + counter.incrementAndGet();
    }
}
