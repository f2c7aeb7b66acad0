package vn.gov.cchc.export;

/**
 * A heading in the body. The text is printed as given (no numbering or case change is added):
 * level 1, e.g. "I. KẾT QUẢ ĐẠT ĐƯỢC", bold; level 2, e.g. "1. Công tác chỉ đạo", bold;
 * level 3 or deeper, e.g. "a) ...", bold italic.
 */
public record Heading(String text, int level) implements Block {
}
