package org.tandem.core.questionnaire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tandem.core.shared.LocalizedText;

/** Reads the first sheet of an XLSX export; dates become ISO text, whole numbers lose their {@code .0}. */
final class XlsxTables {

    private XlsxTables() {
    }

    static SourceTable read(byte[] content) throws UnreadableFileException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException(1, LocalizedText.of("В книге нет листов.",
                        "The workbook has no sheets."), null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = null;
            int headerLine = 1;
            List<SourceTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
                    cells.add(text(row.getCell(i)));
                }
                SourceTable.Row read = new SourceTable.Row(row.getRowNum() + 1, cells);
                if (read.isBlank()) {
                    continue;
                }
                if (headers == null) {
                    headers = cells.stream().map(String::strip).toList();
                    headerLine = read.line();
                } else {
                    rows.add(read);
                }
            }
            if (headers == null) {
                throw new UnreadableFileException(1, LocalizedText.of("На первом листе нет строки заголовков.",
                        "The first sheet has no header row."), null);
            }
            return new SourceTable(headerLine, headers, rows);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(1, LocalizedText.of(
                    "Файл XLSX не читается: " + e.getMessage(), "The XLSX file cannot be read: " + e.getMessage()), e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "да" : "нет";
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
                }
                double value = cell.getNumericCellValue();
                yield value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
            }
            default -> "";
        };
    }
}
