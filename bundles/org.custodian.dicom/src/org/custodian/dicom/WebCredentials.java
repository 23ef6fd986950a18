package org.custodian.dicom;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * How the console authenticates to a DICOMweb server: not at all, HTTP basic with a user and password, or a bearer
 * token. {@link #toString()} never shows the secret, so credentials can be logged and put in findings safely.
 *
 * @param kind   NONE, BASIC or BEARER
 * @param user   the basic user name (null otherwise)
 * @param secret the basic password or the bearer token (null for NONE)
 */
public record WebCredentials(Kind kind, String user, String secret) {

    /** The kinds of authentication. */
    public enum Kind {
        NONE, BASIC, BEARER
    }

    /** No authentication. */
    public static final WebCredentials NONE = new WebCredentials(Kind.NONE, null, null);

    /** @throws IllegalArgumentException when BASIC lacks its user or password, or BEARER its token */
    public WebCredentials {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.BASIC && (user == null || user.isBlank() || secret == null)) {
            throw new IllegalArgumentException("basic authentication needs a user name and a password");
        }
        if (kind == Kind.BASIC && user.indexOf(':') >= 0) {
            throw new IllegalArgumentException("a basic authentication user name cannot contain ':'");
        }
        if (kind == Kind.BEARER && (secret == null || secret.isBlank())) {
            throw new IllegalArgumentException("bearer authentication needs a token");
        }
    }

    public static WebCredentials basic(String user, String password) {
        return new WebCredentials(Kind.BASIC, user, password);
    }

    public static WebCredentials bearer(String token) {
        return new WebCredentials(Kind.BEARER, null, token);
    }

    /** @return the value of the Authorization header, empty for NONE */
    public Optional<String> authorization() {
        return switch (kind) {
            case NONE -> Optional.empty();
            case BASIC -> Optional.of("Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
            case BEARER -> Optional.of("Bearer " + secret.strip());
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case NONE -> "no authentication";
            case BASIC -> "basic authentication as " + user;
            case BEARER -> "bearer token";
        };
    }
}
