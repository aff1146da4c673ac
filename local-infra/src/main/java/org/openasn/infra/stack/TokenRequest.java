package org.openasn.infra.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ./stack token} was asked to issue.
 *
 * @param roles   one or more of {@link #ROLES}
 * @param agency  the {@code instansi} claim (an agency code), or {@code null} for a national user
 * @param nip     the {@code nip} claim (the caller's own NIP), or {@code null}
 * @param dataDir the stack's data directory, whose {@code keys/} sign the token
 */
public record TokenRequest(List<String> roles, String agency, String nip, Path dataDir) {

    /** The roles the services know (see service-commons {@code Roles}). */
    public static final List<String> ROLES = List.of("admin", "operator", "viewer", "integration", "self");

    public TokenRequest {
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new UsageException("token: name a role: " + String.join(", ", ROLES));
        }
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new UsageException("token: unknown role '" + role + "'; roles are " + String.join(", ", ROLES));
            }
        }
        if (roles.contains("operator") && agency == null) {
            throw new UsageException("token: an operator works inside one agency: add --agency CODE");
        }
        if (roles.contains("self") && nip == null) {
            throw new UsageException("token: the self role reads one employee's own record: add --nip NIP");
        }
        if (nip != null && !nip.matches("\\d{18}")) {
            throw new UsageException("token: a NIP has 18 digits, was '" + nip + "'");
        }
        if (agency != null && !agency.matches("[A-Za-z0-9._-]{1,32}")) {
            throw new UsageException("token: invalid agency code '" + agency + "'");
        }
    }

    /** The token's subject: who the caller is, for audit trails. */
    public String subject() {
        return nip != null ? "employee-" + nip : "local-" + String.join("-", roles);
    }
}
