package io.campaignlab.engine.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.campaignlab.engine.datasets.DatasetInfo;
import io.campaignlab.engine.datasets.DatasetRepository;
import io.campaignlab.engine.importing.csv.CsvProblems;
import io.campaignlab.engine.importing.csv.CsvRecords;
import io.campaignlab.engine.importing.csv.LineNumbers;
import io.campaignlab.engine.importing.csv.RecordLines;
import io.campaignlab.engine.importing.csv.TextEnd;
import io.campaignlab.engine.jobs.CancellationToken;
import io.campaignlab.engine.jobs.Job;
import io.campaignlab.engine.jobs.ProgressListener;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams a planned file into a {@link DatasetSink} in constant memory: good rows load, bad rows become
 * rejections with their line, column, raw value and reason. Too many rejections, a cancel or any failure aborts
 * the write, so nothing half-written stays behind.
 */
public final class ImportJob implements Job<ImportResult> {

    private static final int CHECK_EVERY = 4096;
    /**
     * Rows per chunk handed from the parsing thread to the storing one, and chunks that may wait between them: about
     * 16k rows in flight, a few MB whatever the file's size.
     */
    private static final int PIPE_CHUNK_ROWS = 4096;
    private static final int PIPE_CHUNKS = 4;
    /** How far into the file the default limit starts to be enforced early, on the projected row count. */
    private static final double EARLY_ABORT_AFTER = 0.2;

    private final ImportPlan plan;
    private final DatasetSink sink;
    private final DatasetRepository datasets;

    public ImportJob(ImportPlan plan, DatasetSink sink, DatasetRepository datasets) {
        this.plan = plan;
        this.sink = sink;
        this.datasets = datasets;
    }

    @Override
    public String kind() {
        return "import";
    }

    @Override
    public String title() {
        return "Import " + plan.source().name() + " as " + plan.spec().name();
    }

    @Override
    public ImportResult run(ProgressListener progress, CancellationToken cancel) {
        long started = System.nanoTime();
        String file = plan.source().name();
        refuseDuplicates(file);
        String name = plan.spec().name();
        DatasetDraft draft = new DatasetDraft(name, plan.kind(), plan.source().path().toAbsolutePath().toString(),
                plan.sha256(), plan.columns());
        RecordConverter converter = new RecordConverter(plan.columns(), plan.dialect());
        AtomicLong bytes = new AtomicLong();
        long totalBytes = Math.max(1, plan.source().size());
        RecordLoader loader = null;
        try (DatasetWriter writer = new PipelinedWriter(sink.begin(draft), PIPE_CHUNK_ROWS, PIPE_CHUNKS);
             TextEnd text = new TextEnd(plan.source().open(bytes));
             CsvReader<CsvRecord> csv = CsvRecords.reader(text, plan.dialect().delimiter(), plan.dialect().quote())) {
            loader = new RecordLoader(converter, writer, plan.dialect().header());
            LineNumbers lineNumbers = new LineNumbers();
            CsvRecord pending = null;
            long pendingLine = 0;
            long read = 0;
            for (CsvRecord record : csv) {
                if (pending != null) {
                    load(loader, pending, pendingLine, false, (double) bytes.get() / totalBytes);
                }
                pending = record;
                pendingLine = lineNumbers.start(record);
                loader.read(pendingLine);
                if (++read % CHECK_EVERY == 0) {
                    cancel.throwIfCancelled();
                    progress.progress(bytes.get(), totalBytes);
                    double secs = (System.nanoTime() - started) / 1e9;
                    progress.message(String.format(Locale.ROOT, "%,d rows, %,.0f rows/s", read,
                            read / Math.max(secs, 1e-9)));
                }
            }
            if (pending != null) {
                boolean open = RecordLines.quoteOpenAtEnd(pending.getFields(), text.lastVisible(),
                        plan.dialect().quote());
                load(loader, pending, pendingLine, open, 1.0);
            }
            cancel.throwIfCancelled();
            checkRejectLimit(file, loader, 1.0, true);
            DatasetInfo info = writer.commit(loader.rejectedRows());
            progress.progress(totalBytes, totalBytes);
            return new ImportResult(info, loader.rows(), loader.rejectedRows(), loader.rejectedCells(),
                    plan.sha256(), (System.nanoTime() - started) / 1e9, plan,
                    loader.lines(text.trailingLineBreaks()));
        } catch (CharacterCodingException e) {
            throw new ImportException(file, nextLine(loader), null, names -> "is not valid "
                    + plan.source().charset().name() + " text here; give the encoding with "
                    + names.apply(ImportSetting.ENCODING), e);
        } catch (CsvParseException e) {
            throw new ImportException(file, nextLine(loader), null, CsvProblems.describe(e), e);
        } catch (IOException | UncheckedIOException e) {
            throw new ImportException(file, nextLine(loader), null, "cannot be read: " + e.getMessage(), e);
        }
    }

    private void refuseDuplicates(String file) {
        String name = plan.spec().name();
        datasets.findByName(name).ifPresent(d -> {
            throw new ImportException(file, -1, null, names -> "a dataset named '" + name
                    + "' already exists; choose another " + names.apply(ImportSetting.NAME), null);
        });
        datasets.findBySha256(plan.sha256()).ifPresent(d -> {
            throw new DuplicateDatasetException(file, d);
        });
    }

    private void load(RecordLoader loader, CsvRecord record, long line, boolean openAtEnd, double fractionRead) {
        if (loader.load(record, line, openAtEnd)) {
            checkRejectLimit(plan.source().name(), loader, fractionRead, false);
        }
    }

    private static long nextLine(RecordLoader loader) {
        return loader == null ? 1 : loader.readingLine();
    }

    /**
     * Stops the import when more rows were rejected than {@link RejectLimit} allows. At the end that is the limit for
     * every row; on the way, once a fifth of the file is read, the default stops early an import that is well on
     * course to exceed it (by half again, and by more than {@link RejectLimit#DEFAULT_MIN} rows). Where a quote that
     * was not trusted had its lines rejected, the refusal names that quote and the line where it opened.
     */
    private void checkRejectLimit(String file, RecordLoader loader, double fractionRead, boolean atEnd) {
        RejectLimit limit = new RejectLimit(plan.spec().maxRejects());
        long rejected = loader.rejectedRows();
        long seen = loader.seen();
        long line = loader.lastLine();
        if (!limit.isDefault() || atEnd) {
            if (limit.exceeded(rejected, seen)) {
                RecordLines quote = loader.untrustedQuote();
                long at = quote != null ? quote.quoteLine() : limit.isDefault() ? -1 : line;
                throw new ImportException(file, at, null, limit.refusal(rejected, seen, quote), null);
            }
        } else if (fractionRead >= EARLY_ABORT_AFTER) {
            long projected = (long) (seen / fractionRead);
            if (rejected > limit.allowed(projected) * 1.5 && rejected > RejectLimit.DEFAULT_MIN) {
                throw new ImportException(file, line, null, names -> rejected + " of the first " + seen
                        + " rows were rejected, on course to exceed the default limit (" + RejectLimit.DEFAULT_RULE
                        + "); nothing was imported. Fix " + names.apply(ImportSetting.COLUMN_TYPES) + " or raise "
                        + names.apply(ImportSetting.MAX_REJECTS), null);
            }
        }
    }
}
