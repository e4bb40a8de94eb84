package io.campaignlab.views.importing;

import io.campaignlab.engine.datasets.ColumnType;
import io.campaignlab.views.testing.DialogOwner;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.campaignlab.views.testing.ShownSection.fx;
import static io.campaignlab.views.testing.ShownSection.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The wizard on screen (headless), over a workspace in memory and the real job executor. */
@ExtendWith(ApplicationExtension.class)
class ImportWizardViewTest {

    @TempDir
    Path dir;

    private final MemoryWorkspace workspace = new MemoryWorkspace();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<String> imported = new CopyOnWriteArrayList<>();
    private final List<String> rejectionsShown = new CopyOnWriteArrayList<>();
    private DialogOwner owner;

    @Start
    void start(Stage stage) {
        owner = DialogOwner.show(stage, workspace::runner);
    }

    @AfterEach
    void close() throws Exception {
        owner.close();
    }

    private ImportWizard open(FxRobot robot, Path file) throws Exception {
        ImportWizard wizard = fx(() -> ImportWizard.open(owner.stage(), () -> workspace, owner.jobs(), dialogs,
                file, imported::add, rejectionsShown::add));
        waitUntilEnabled(robot, "#next");
        return wizard;
    }

    private static void waitUntilEnabled(FxRobot robot, String query) throws Exception {
        waitUntil(20, () ->
                robot.lookup(query).queryAs(Node.class).isVisible()
                        && !robot.lookup(query).queryAs(Node.class).isDisabled());
    }

    private static void chooseFromList(FxRobot robot, String comboId, String item) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".list-view .list-cell").match(LabeledMatchers.hasText(item)).queryAs(Node.class));
    }

    @Test
    void aWorkbookShowsItsSheetChooserAndAOneColumnReadItsWarning(FxRobot robot) throws Exception {
        Path book = dir.resolve("book.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             java.io.OutputStream out = java.nio.file.Files.newOutputStream(book)) {
            for (String name : List.of("Orders", "Notes")) {
                org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(name);
                sheet.createRow(0).createCell(0).setCellValue(name.equals("Orders") ? "amount" : "note");
                for (int r = 1; r <= 4; r++) {
                    sheet.createRow(r).createCell(0).setCellValue(name.equals("Orders") ? String.valueOf(r * 2.5)
                            : "north;" + r + ";" + (r * 3));
                }
            }
            workbook.write(out);
        }
        ImportWizard wizard = open(robot, book);
        robot.clickOn("#next");
        ComboBox<?> sheet = robot.lookup("#sheet").queryComboBox();
        assertThat(sheet.isVisible()).isTrue();
        assertThat(sheet.getValue()).isEqualTo("Orders");
        assertThat(robot.lookup("#read-warning").queryAs(Labeled.class).isVisible()).isFalse();

        chooseFromList(robot, "#sheet", "Notes");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup("#read-warning").queryAs(Labeled.class).isVisible()).get());
        assertThat(robot.lookup("#read-warning").queryAs(Labeled.class).getText())
                .startsWith("The sheet has one column, but 4 of 4 sample values hold separators");
        Snapshots.write(wizard.stage().getScene(), "import-step-2-sheet-warning");
    }

    @Test
    void importsASmallCsvWithATypeChangedInTheColumnTable(FxRobot robot) throws Exception {
        ImportWizard wizard = open(robot, SampleFiles.events(dir, false));
        Scene scene = wizard.stage().getScene();
        assertThat(robot.lookup("#dataset-name").queryTextInputControl().getText()).isEqualTo("events");
        Snapshots.write(scene, "import-step-1");

        robot.clickOn("#next");
        TableView<?> preview = robot.lookup("#preview-table").queryTableView();
        assertThat(preview.getItems()).hasSize(SampleFiles.EVENT_ROWS);
        assertThat(preview.getColumns()).hasSize(6);
        Snapshots.write(scene, "import-step-2");

        robot.clickOn("#next");
        chooseFromList(robot, "#type-day", "timestamp");
        ComboBox<?> format = robot.lookup("#format-day").queryComboBox();
        robot.clickOn(format.getEditor());
        robot.interact(() -> format.getEditor().selectAll());
        robot.write("yyyyMMdd");
        assertThat(robot.lookup("#problem-day").queryAs(Labeled.class).getText()).isEmpty();
        Snapshots.write(scene, "import-step-3");

        robot.clickOn("#import");
        waitUntil(30, () ->
                robot.lookup("#summary").queryAs(Labeled.class).isVisible());
        Snapshots.write(scene, "import-step-4");

        assertThat(robot.lookup("#summary").queryAs(Labeled.class).getText()).startsWith("12 rows loaded, 0 rows"
                + " rejected, ");
        assertThat(imported).containsExactly("events");
        assertThat(workspace.rows("events").get(0)[4]).isEqualTo(LocalDateTime.of(2024, 1, 1, 0, 0));
        assertThat(workspace.list().get(0).column("day").orElseThrow().type()).isEqualTo(ColumnType.TIMESTAMP);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aContradictedTypeIsExplainedUnderItsRowAndAFailedImportCanBeRetried(FxRobot robot) throws Exception {
        ImportWizard wizard = open(robot, SampleFiles.events(dir, true));
        Scene scene = wizard.stage().getScene();
        robot.clickOn("#next").clickOn("#next");

        chooseFromList(robot, "#type-event", "boolean");
        chooseFromList(robot, "#type-amount", "integer");

        assertThat(robot.lookup("#problem-event").queryAs(Labeled.class).getText()).isEqualTo("a boolean column"
                + " must parse as true/false values; 12 of 12 sample values don't parse: line 2 'click' is not a"
                + " boolean (true/false, yes/no, t/f, y/n)");
        assertThat(robot.lookup("#problem-amount").queryAs(Labeled.class).getText())
                .contains("1 of 12 sample values don't parse: line 7 ");
        assertThat(robot.lookup("#import").queryButton().isDisabled()).isTrue();
        Snapshots.write(scene, "import-step-3-problems");

        chooseFromList(robot, "#type-event", "category");
        robot.clickOn("#max-rejects").write("0");
        assertThat(robot.lookup("#sample-rejects").queryAs(Labeled.class).getText()).startsWith("1 of 12 sample rows"
                + " would be rejected, more than Max rejects (0): the import would stop.");
        Snapshots.write(scene, "import-step-3-over-limit");
        robot.clickOn("#import");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors().get(0).sentence()).isEqualTo("events.csv line 7: more than 0 rows were rejected"
                + " (Max rejects 0); nothing was imported. See the first rejections with a higher Max rejects");
        waitUntilEnabled(robot, "#import");

        robot.doubleClickOn("#max-rejects").write("5");
        robot.clickOn("#import");
        waitUntil(30, () ->
                robot.lookup("#summary").queryAs(Labeled.class).isVisible());
        assertThat(robot.lookup("#summary").queryAs(Labeled.class).getText()).startsWith("11 rows loaded, 1 row"
                + " rejected, ");
        Snapshots.write(scene, "import-step-4-rejections");

        robot.clickOn("#show-rejections");
        assertThat(rejectionsShown).containsExactly("events");
        assertThat(wizard.stage().isShowing()).isFalse();
        assertThat(workspace.count("events")).isEqualTo(1);
    }

    @Test
    void thePreviewMarksRowsThatSpanLinesAndLinesThatWillBeRejected(FxRobot robot) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("notes.csv"),
                "id,name,note\n1,a,\"two\nlines\"\n2,b,y\n3,c,\"oops\n4,d,z\n");
        ImportWizard wizard = open(robot, file);

        robot.clickOn("#next");

        assertThat(robot.lookup("#preview-lines").queryAs(Labeled.class).getText()).isEqualTo("Rejected line by"
                + " line: unclosed quote opened on line 5 runs to the end of the file (lines 5–6). Lines 2–3 are one"
                + " row: a quoted field spans 2 lines.");
        assertThat(robot.lookup(".table-cell").match(LabeledMatchers.hasText("5–6 ✗")).tryQuery()).isPresent();
        Snapshots.write(wizard.stage().getScene(), "import-step-2-spanning");
    }
}
