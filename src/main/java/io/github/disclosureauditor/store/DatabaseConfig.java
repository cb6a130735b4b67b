package io.github.disclosureauditor.store;

import java.nio.file.Path;

/**
 * Where audits and verdicts are kept: a JDBC URL with its user and password. The default is an
 * embedded H2 database in a data folder, which needs no setup; a team points it at a shared
 * PostgreSQL ({@code jdbc:postgresql://host/db}).
 */
public record DatabaseConfig(String url, String user, String password) {
    public DatabaseConfig {
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * H2 in file mode under {@code dataDir}. WRITE_DELAY=0: a committed verdict is on disk
     * before the answer goes out, so a killed service loses none.
     */
    public static DatabaseConfig embedded(Path dataDir) {
        return new DatabaseConfig("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("auditor").toString().replace('\\', '/')
                + ";WRITE_DELAY=0", "sa", "");
    }

    /** A private in-memory database (tests, or a service that should keep nothing). */
    public static DatabaseConfig inMemory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials, for logs and the health answer. */
    public String display() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
