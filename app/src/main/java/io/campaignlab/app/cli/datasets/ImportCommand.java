package io.campaignlab.app.cli.datasets;

import io.campaignlab.app.command.WorkspaceCommand;
import io.campaignlab.app.command.Output;
import io.campaignlab.app.workspace.WorkspaceServices;
import io.campaignlab.engine.datasets.ColumnMeta;
import io.campaignlab.engine.datasets.ColumnRole;
import io.campaignlab.engine.datasets.DatasetKind;
import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.importing.ImportJob;
import io.campaignlab.engine.importing.ImportLines;
import io.campaignlab.engine.importing.ImportPlan;
import io.campaignlab.engine.importing.ImportPlanner;
import io.campaignlab.engine.importing.ImportLines;
import io.campaignlab.engine.importing.ImportResult;
import io.campaignlab.engine.importing.ImportException;
import io.campaignlab.engine.importing.ImportSetting;
import io.campaignlab.engine.importing.ImportSpec;
import io.campaignlab.engine.importing.csv.CsvDialect;
import io.campaignlab.engine.importing.excel.XlsxSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code campaign-lab import FILE --name NAME ...} */
@Command(name = "import", description = {"Import a CSV/TSV/semicolon/whitespace-aligned text file (plain or gzip) or"
        + " a sheet of an Excel workbook (.xlsx) as a dataset.",
        "Each column's type and role are inferred from its name and a sample of its values; the output (and --json:"
        + " type_reason, role_reason) says why. Override any of them with --type and --role."})
public final class ImportCommand extends WorkspaceCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--name", description = "Dataset name (default: the file name without extensions).")
    String name;

    @Option(names = "--kind", description = "events, transactions, experiment, impressions, ratings or table (default: inferred).")
    String kind;

    @Option(names = "--role", paramLabel = "COL=ROLE", description = "Override a column's role, e.g. --role segment=group.")
    Map<String, String> roles = new LinkedHashMap<>();

    @Option(names = "--type", paramLabel = "COL=TYPE",
            description = "Override a column's type: integer, decimal, boolean, timestamp[:FORMAT], category, text.")
    Map<String, String> types = new LinkedHashMap<>();

    @Option(names = "--max-rejects", paramLabel = "N", description = "Abort when more than N rows are bad (default: 1%% of the rows, but at least 100 and at most half of them).")
    Long maxRejects;

    @Option(names = "--encoding", description = "utf-8 or latin1 (default: detected).")
    String encoding;

    @Option(names = "--delimiter", description = "comma, tab, semicolon, pipe, whitespace (runs of spaces, as in aligned columns) or a single character (default: detected).")
    String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of an .xlsx workbook to import (default: the first sheet).")
    String sheet;

    @Option(names = "--header", negatable = true, description = "Whether the first line is a header (default: detected).")
    Boolean header;

    @Override
    protected int run(WorkspaceServices services, Output output) throws Exception {
        try {
            return importFile(services, output);
        } catch (ImportException e) {
            throw e.in(ImportCommand::option);
        }
    }

    /** How the command line names a setting in a failure's sentence: by its option. */
    static String option(ImportSetting setting) {
        return switch (setting) {
            case NAME -> "--name";
            case ENCODING -> "--encoding (for example latin1)";
            case COLUMN_TYPES -> "the column types (--type)";
            case MAX_REJECTS -> "--max-rejects";
        };
    }

    private int importFile(WorkspaceServices services, Output output) throws Exception {
        ImportSpec.Builder builder = ImportSpec.builder().setFile(file).setName(name);
        if (kind != null) {
            builder.optKind(DatasetKind.parse(kind));
        }
        roles.forEach((col, role) -> builder.optRole(col, ColumnRole.parse(role)));
        types.forEach(builder::optType);
        if (maxRejects != null) {
            if (maxRejects < 0) {
                throw new IllegalArgumentException("--max-rejects must be 0 or more");
            }
            builder.optMaxRejects(maxRejects);
        }
        if (encoding != null) {
            builder.optCharset(charset(encoding));
        }
        if (delimiter != null) {
            builder.optDelimiter(delimiter(delimiter));
        }
        builder.optHeader(header).optSheet(sheet);
        ImportPlan plan = ImportPlanner.plan(builder.build());
        if (!options.json()) {
            plan.warnings().forEach(w -> output.line("Warning: %s.", w));
        }
        ImportResult result = runJob(services, new ImportJob(plan, services.sink(), services.datasets()));
        if (options.json()) {
            output.json(DatasetJson.Imported.of(result));
        } else {
            output.line("Imported %s as '%s' (%s): %s rows loaded, %s rejected in %.1f s.", plan.source().name(),
                    result.dataset().name(), result.dataset().kind().id(), Output.count(result.rows()),
                    Output.count(result.rejected()), result.seconds());
            output.line("%s", linesLine(result.lines(), result.rows(), result.rejected()));
            String sheetName = sheetOf(plan);
            output.line("Read as %s%s-delimited %s%s%s.", sheetName == null ? "" : "sheet '" + sheetName + "', ",
                    plan.dialect().delimiterName(), plan.dialect().charset().name(),
                    plan.dialect().gzip() ? ", gzip" : "", plan.dialect().header() ? " with a header" : " without a header");
            for (int i = 0; i < result.dataset().columns().size(); i++) {
                ColumnMeta c = result.dataset().columns().get(i);
                output.line("  %-24s %-10s %-11s%s", c.name(), c.type().id(), c.role().id(),
                        c.format() != null ? " (" + c.format() + ")" : "");
                if (i < plan.reasons().size()) {
                    output.line("      why: %s", plan.reasons().get(i).reason());
                }
            }
            if (result.rejected() > 0) {
                output.line("See why with: campaign-lab rejections %s", result.dataset().name());
            }
        }
        return 0;
    }

    /** The sheet imported from an Excel workbook, or null for a text file. */
    static String sheetOf(ImportPlan plan) {
        if (!XlsxSheets.isWorkbook(plan.spec().file())) {
            return null;
        }
        String source = plan.source().name();
        int hash = source.lastIndexOf('#');
        return hash < 0 ? plan.spec().sheet() : source.substring(hash + 1, source.length() - ".csv".length());
    }

    /** "Lines: 6 = 1 header + 3 rows + 1 rejected + 1 continuation (quoted fields spanning lines) + 0 blank." */
    static String linesLine(ImportLines lines, long rows, long rejected) {
        return String.format(Locale.ROOT, "Lines: %s = %s header + %s rows + %s rejected + %s continuation (quoted"
                        + " fields spanning lines) + %s blank.", Output.count(lines.lines()), Output.count(lines.header()),
                Output.count(rows), Output.count(rejected), Output.count(lines.continuation()),
                Output.count(lines.blank()));
    }

    private static Charset charset(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("_", "-");
        return switch (t) {
            case "latin1", "latin-1", "iso-8859-1", "iso8859-1" -> java.nio.charset.StandardCharsets.ISO_8859_1;
            case "utf8", "utf-8" -> java.nio.charset.StandardCharsets.UTF_8;
            default -> {
                try {
                    yield Charset.forName(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown encoding '" + text + "'; use utf-8 or latin1");
                }
            }
        };
    }

    private static char delimiter(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "comma", "," -> ',';
            case "tab", "\\t", "\t" -> '\t';
            case "semicolon", ";" -> ';';
            case "pipe", "|" -> '|';
            case "whitespace", "space", "spaces", " " -> CsvDialect.WHITESPACE;
            default -> {
                if (text.length() == 1) {
                    yield text.charAt(0);
                }
                throw new IllegalArgumentException("unknown delimiter '" + text + "'; use comma, tab, semicolon, pipe, whitespace or one character");
            }
        };
    }
}
