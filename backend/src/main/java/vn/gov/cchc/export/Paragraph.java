package vn.gov.cchc.export;

/** Body text: justified, first-line indent 1 cm; each "\n" starts a new paragraph. */
public record Paragraph(String text) implements Block {
}
