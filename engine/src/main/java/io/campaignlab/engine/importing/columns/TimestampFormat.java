package io.campaignlab.engine.importing.columns;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A way of writing points in time. Values with an offset or {@code Z} are converted to UTC; values without one
 * are kept as written. Unix times (seconds with fractions, or milliseconds) are UTC.
 */
public final class TimestampFormat {

    public static final String UNIX_SECONDS = "unix_s";
    public static final String UNIX_MILLIS = "unix_ms";

    /** Earliest and latest plausible Unix seconds for behaviour data: 2000-01-01 and 2100-01-01. */
    static final double MIN_EPOCH_SECONDS = 946_684_800d;
    static final double MAX_EPOCH_SECONDS = 4_102_444_800d;

    private static final List<TimestampFormat> TEXT_FORMATS = List.of(
            iso(),
            pattern("uuuu-MM-dd HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]"),
            pattern("uuuu/MM/dd HH:mm[:ss]"),
            date("uuuu-MM-dd"),
            date("uuuu/MM/dd"),
            pattern("M/d/uuuu H:mm[:ss]"),
            date("M/d/uuuu"),
            pattern("d/M/uuuu H:mm[:ss]"),
            date("d/M/uuuu"),
            pattern("d.M.uuuu H:mm[:ss]"),
            date("d.M.uuuu"),
            pattern("dd-MMM-uuuu HH:mm[:ss]"),
            date("dd-MMM-uuuu"));

    private final String id;
    private final DateTimeFormatter formatter;
    private final Kind kind;
    /** Whether values in this format can take the fast ISO-like path. */
    private final boolean isoLike;

    private enum Kind { ISO, DATE_TIME, DATE, UNIX_S, UNIX_MS }

    private TimestampFormat(String id, DateTimeFormatter formatter, Kind kind) {
        this.id = id;
        this.formatter = formatter;
        this.kind = kind;
        this.isoLike = id.startsWith("uuuu-MM-dd HH:mm");
    }

    private static TimestampFormat iso() {
        return new TimestampFormat("iso", DateTimeFormatter.ISO_DATE_TIME, Kind.ISO);
    }

    private static TimestampFormat pattern(String pattern) {
        return new TimestampFormat(pattern, new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT), Kind.DATE_TIME);
    }

    private static TimestampFormat date(String pattern) {
        return new TimestampFormat(pattern, new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT), Kind.DATE);
    }

    /** The formats tried, in order, when inferring a text timestamp column. */
    public static List<TimestampFormat> textFormats() {
        return TEXT_FORMATS;
    }

    public static TimestampFormat unixSeconds() {
        return new TimestampFormat(UNIX_SECONDS, null, Kind.UNIX_S);
    }

    public static TimestampFormat unixMillis() {
        return new TimestampFormat(UNIX_MILLIS, null, Kind.UNIX_MS);
    }

    /**
     * The format with this id: {@code iso}, {@code unix_s}, {@code unix_ms}, a pattern from {@link #textFormats()},
     * or any other {@link DateTimeFormatter} pattern (strict; a date-only pattern means midnight). Empty when the
     * pattern is not valid.
     */
    public static Optional<TimestampFormat> byId(String id) {
        if (UNIX_SECONDS.equals(id)) {
            return Optional.of(unixSeconds());
        }
        if (UNIX_MILLIS.equals(id)) {
            return Optional.of(unixMillis());
        }
        Optional<TimestampFormat> known = TEXT_FORMATS.stream().filter(f -> f.id.equals(id)).findFirst();
        if (known.isPresent() || id == null || id.isBlank()) {
            return known;
        }
        try {
            String strict = yearOfEra(id);
            boolean hasTime = id.chars().anyMatch(c -> c == 'H' || c == 'h' || c == 'k' || c == 'K');
            TimestampFormat format = hasTime ? pattern(strict) : date(strict);
            return Optional.of(new TimestampFormat(id, format.formatter, format.kind));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * People write {@code yyyy}; with strict resolving that is year-of-era and needs an era to resolve, so every
     * value would fail. Outside quoted text, and unless the pattern names an era, {@code y} becomes {@code u}.
     */
    static String yearOfEra(String pattern) {
        if (pattern.indexOf('G') >= 0) {
            return pattern;
        }
        StringBuilder sb = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            sb.append(!quoted && c == 'y' ? 'u' : c);
        }
        return sb.toString();
    }

    public String id() {
        return id;
    }

    public boolean isUnix() {
        return kind == Kind.UNIX_S || kind == Kind.UNIX_MS;
    }

    /** Parses one value, or throws with a reason a person understands. */
    public LocalDateTime parse(String text) throws BadValueException {
        String value = text.trim();
        try {
            switch (kind) {
                case ISO -> {
                    LocalDateTime fast = IsoTimestamps.parseOrNull(value, 'T');
                    if (fast != null) {
                        return fast;
                    }
                    var parsed = formatter.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
                    return parsed instanceof OffsetDateTime odt
                            ? odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime() : (LocalDateTime) parsed;
                }
                case DATE_TIME -> {
                    LocalDateTime fast = isoLike ? IsoTimestamps.parseOrNull(value, ' ') : null;
                    return fast != null ? fast : LocalDateTime.parse(value, formatter);
                }
                case DATE -> {
                    return LocalDate.parse(value, formatter).atStartOfDay();
                }
                case UNIX_S, UNIX_MS -> {
                    return fromEpoch(value, kind == Kind.UNIX_MS);
                }
                default -> throw new IllegalStateException(kind.name());
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw new BadValueException("'" + abbreviate(value) + "' is not a time in the format " + describe());
        }
    }

    private LocalDateTime fromEpoch(String value, boolean millis) throws BadValueException {
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new BadValueException("'" + abbreviate(value) + "' is not a Unix time (" + describe() + ")");
        }
        BigDecimal seconds = millis ? number.movePointLeft(3) : number;
        double asDouble = seconds.doubleValue();
        if (asDouble < -62_135_596_800d || asDouble > 253_402_300_799d) {
            throw new BadValueException("'" + abbreviate(value) + "' is out of range for a Unix time");
        }
        long whole = seconds.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
        int nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).intValue();
        return LocalDateTime.ofInstant(Instant.ofEpochSecond(whole, nanos), ZoneOffset.UTC);
    }

    /** True when a number looks like a Unix time in seconds between 2000 and 2100. */
    static boolean plausibleEpochSeconds(double value) {
        return value >= MIN_EPOCH_SECONDS && value <= MAX_EPOCH_SECONDS;
    }

    public String describe() {
        return switch (kind) {
            case ISO -> "ISO 8601 (2024-03-01T12:00:00, optionally with Z or an offset)";
            case UNIX_S -> "Unix seconds";
            case UNIX_MS -> "Unix milliseconds";
            default -> id.replace("uuuu", "yyyy");
        };
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    @Override
    public String toString() {
        return id;
    }
}
