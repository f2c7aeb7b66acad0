package vn.gov.cchc.notification;

/** Someone of a unit, as the user directory knows them. */
public record Person(String username, String email, String displayName) {
}
