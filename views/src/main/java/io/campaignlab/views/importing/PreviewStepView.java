package io.campaignlab.views.importing;

import atlantafx.base.theme.Styles;
import io.campaignlab.engine.importing.csv.SampleRecord;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.nio.charset.Charset;
import java.util.List;

/** Step 2: the first rows as read, with the delimiter, encoding and header that read them. */
final class PreviewStepView extends VBox {

    private static final int WIDTH_SAMPLE = 50;
    private static final double CELL_PADDING = 32;
    private static final double MIN_WIDTH = 70;
    private static final double MAX_WIDTH = 280;

    private final TableView<SampleRecord> table = new TableView<>();

    PreviewStepView(ImportWizardViewModel viewModel) {
        super(10);
        ComboBox<Delimiter> delimiter = new ComboBox<>();
        delimiter.setId("delimiter");
        delimiter.getItems().setAll(Delimiter.values());
        delimiter.valueProperty().bindBidirectional(viewModel.settings().delimiter());
        ComboBox<Charset> encoding = new ComboBox<>(viewModel.preview().charsets());
        encoding.setId("encoding");
        encoding.setConverter(WizardNodes.names(Charset::name));
        encoding.valueProperty().bindBidirectional(viewModel.settings().charset());
        CheckBox header = new CheckBox("First row is a header");
        header.setId("header");
        header.selectedProperty().bindBidirectional(viewModel.settings().header());
        ComboBox<String> sheet = new ComboBox<>(viewModel.preview().sheets());
        sheet.setId("sheet");
        sheet.valueProperty().bindBidirectional(viewModel.preview().sheet());
        VBox sheetField = WizardNodes.field("Sheet", sheet);
        sheetField.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(viewModel.preview().sheets()));
        sheetField.managedProperty().bind(sheetField.visibleProperty());
        VBox delimiterField = WizardNodes.field("Delimiter", delimiter);
        VBox encodingField = WizardNodes.field("Encoding", encoding);
        for (VBox textOnly : List.of(delimiterField, encodingField)) {
            textOnly.visibleProperty().bind(sheetField.visibleProperty().not());
            textOnly.managedProperty().bind(textOnly.visibleProperty());
        }
        HBox choices = new HBox(16, sheetField, delimiterField, encodingField, header);
        choices.setAlignment(Pos.BOTTOM_LEFT);
        choices.disableProperty().bind(viewModel.progress().importing());

        table.setId("preview-table");
        table.setItems(viewModel.preview().rows());
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.preview().planning().map(busy -> busy ? "Reading the file…"
                : "Nothing to preview"));
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        viewModel.preview().headers().addListener((ListChangeListener<String>) change ->
                showColumns(viewModel.preview().headers()));

        Label caption = new Label();
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.textProperty().bind(viewModel.preview().fileSummary().map(text -> text.isEmpty() ? ""
                : "The first " + ImportWizardViewModel.PREVIEW_ROWS + " rows at most. " + text));
        Label lines = WizardNodes.message(viewModel.preview().lines(), Styles.WARNING);
        lines.setId("preview-lines");
        lines.setMinHeight(Region.USE_PREF_SIZE);
        Label warning = WizardNodes.message(viewModel.preview().warning(), Styles.WARNING);
        warning.setId("read-warning");
        warning.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(choices, WizardNodes.message(viewModel.preview().planError(), Styles.DANGER), warning,
                table, lines, caption);
    }

    /** Wide enough for the header and the widest of the first values (measured in bold, to be safe), within limits. */
    private double widthFor(String header, int index) {
        Text text = new Text(header);
        text.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize() + 1));
        double widest = text.getLayoutBounds().getWidth();
        for (SampleRecord record : table.getItems().subList(0, Math.min(WIDTH_SAMPLE, table.getItems().size()))) {
            if (index < record.fields().size()) {
                text.setText(record.fields().get(index));
                widest = Math.max(widest, text.getLayoutBounds().getWidth());
            }
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, widest + CELL_PADDING));
    }

    private void showColumns(List<String> headers) {
        TableColumn<SampleRecord, String> line = new TableColumn<>("Line");
        line.setCellValueFactory(cell -> new ReadOnlyStringWrapper(PreviewLines.lineLabel(cell.getValue())));
        line.setPrefWidth(72);
        line.getStyleClass().add(Styles.TEXT_MUTED);
        table.getColumns().setAll(List.of(line));
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableColumn<SampleRecord, String> column = new TableColumn<>(headers.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(index < cell.getValue().fields().size()
                    ? cell.getValue().fields().get(index) : ""));
            column.setPrefWidth(widthFor(headers.get(i), index));
            column.setSortable(false);
            table.getColumns().add(column);
        }
    }
}
