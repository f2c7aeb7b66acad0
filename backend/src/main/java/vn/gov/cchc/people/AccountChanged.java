package vn.gov.cchc.people;

/**
 * An account's unit or role changed, or it was disabled: what the account was given under its former scope and
 * outlives a sign-in (a calendar feed link) must stop working. Fired after Keycloak has the change.
 */
public record AccountChanged(String username) {
}
