package vn.gov.cchc.export;

import java.util.List;

/**
 * One worksheet of an exported spreadsheet.
 *
 * @param name     the sheet's name; sanitised for Excel (at most 31 characters, none of []:*?/\)
 * @param title    printed bold in row 1, merged across the columns; may be null
 * @param headers  the header row (row 3)
 * @param rows     data rows; cells are String, Number (Integer, Long, Double, BigDecimal, …),
 *                 java.time.LocalDate, java.time.LocalDateTime, Boolean or null; anything else is
 *                 written as its toString()
 * @param totalRow printed bold after the data rows; may be null
 */
public record Sheet(String name, String title, List<String> headers, List<List<Object>> rows, List<Object> totalRow) {
}
