package vn.gov.cchc.export;

/** A block of the body of an {@link OfficialDocument}, rendered in order. */
public sealed interface Block permits Paragraph, Table, Heading {
}
