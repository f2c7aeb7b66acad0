package vn.gov.cchc.people;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The accounts API's shapes: people as Keycloak keeps them, with the unit of the product's tree. */
public final class PeopleDtos {

    private PeopleDtos() {
    }

    @Schema(name = "Person", description = "An account of the realm cchc: login, names, e-mail, its role and unit")
    public record PersonView(
            @Schema(required = true, description = "Keycloak's id of the account", example = "758e729e-ca08-404e-82d3-a94486ace630") String id,
            @Schema(required = true, description = "Login", example = "phuongxa.officer") String username,
            @Schema(nullable = true, description = "Family name and middle name (họ và tên đệm)", example = "Nguyễn Thị") String familyName,
            @Schema(nullable = true, description = "Given name (tên)", example = "Hương") String givenName,
            @Schema(nullable = true, description = "E-mail", example = "huong@example.com") String email,
            @Schema(nullable = true,
                    description = "The account's role in the product (realm role): admin, province-admin, coordinator, leader, officer, viewer or integration; null when it has none",
                    example = "officer") String role,
            @Schema(nullable = true, description = "Id of the account's unit; null when the account has no unit or its code is not in the tree") Long unitId,
            @Schema(nullable = true, description = "The code in the account's `unit` attribute", example = "PT-VIETTRI") String unitCode,
            @Schema(nullable = true, description = "Name of the account's unit", example = "UBND phường Việt Trì") String unitName,
            @Schema(required = true, description = "false when the account is disabled (cannot sign in)") boolean enabled) {
    }

    @Schema(name = "PersonPage", description = "One page of accounts, ordered by login")
    public record PersonPage(@Schema(required = true) List<PersonView> items, @Schema(required = true, example = "0") int page,
            @Schema(required = true, example = "20") int size, @Schema(required = true, example = "42") long total) {
    }

    @Schema(name = "PersonInput", description = "A new account")
    public record PersonInput(
            @Schema(required = true, description = "Login: 3 to 64 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
                    example = "phuongxa.officer", maxLength = 64) @NotBlank @Size(max = 64) String username,
            @Schema(required = true, description = "Family name and middle name", example = "Nguyễn Thị",
                    maxLength = 100) @NotBlank @Size(max = 100) String familyName,
            @Schema(required = true, description = "Given name", example = "Hương", maxLength = 100) @NotBlank @Size(max = 100) String givenName,
            @Schema(required = true, description = "E-mail, unique in the realm", example = "huong@example.com",
                    maxLength = 254) @NotBlank @Size(max = 254) String email,
            @Schema(required = true, description = "Id of the account's unit, in the caller's administration scope", example = "12") @NotNull Long unitId,
            @Schema(required = true, description = "officer, leader, coordinator, viewer or province-admin (province-admin: global admins only)",
                    enumeration = {
                            "officer", "leader", "coordinator", "viewer", "province-admin" },
                    example = "officer") @NotBlank String role) {
    }

    @Schema(name = "PersonUpdate", description = "The changeable part of an account (the login cannot change)")
    public record PersonUpdate(
            @Schema(required = true, description = "Family name and middle name", example = "Nguyễn Thị",
                    maxLength = 100) @NotBlank @Size(max = 100) String familyName,
            @Schema(required = true, description = "Given name", example = "Hương", maxLength = 100) @NotBlank @Size(max = 100) String givenName,
            @Schema(required = true, description = "E-mail, unique in the realm", example = "huong@example.com",
                    maxLength = 254) @NotBlank @Size(max = 254) String email,
            @Schema(required = true, description = "Id of the account's unit, in the caller's administration scope", example = "12") @NotNull Long unitId,
            @Schema(required = true, description = "officer, leader, coordinator, viewer or province-admin (province-admin: global admins only)",
                    enumeration = {
                            "officer", "leader", "coordinator", "viewer", "province-admin" },
                    example = "officer") @NotBlank String role) {
    }

    @Schema(name = "TemporaryPassword", description = "A generated password, shown once; Keycloak asks for a new one at the first sign-in")
    public record TemporaryPassword(@Schema(required = true, example = "Xk7-pQ2m-Rt9w") String password,
            @Schema(required = true, description = "Always true: the person must choose a new password when signing in") boolean temporary) {
    }
}
