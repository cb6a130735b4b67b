package io.github.disclosureauditor.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.disclosureauditor.finding.Finding;
import io.github.disclosureauditor.finding.Severity;
import io.github.disclosureauditor.report.AuditReport;
import org.flywaydb.core.Flyway;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Audits, their documents and reviewers' verdicts in a relational database (embedded H2 by
 * default, PostgreSQL when configured). The schema is created and upgraded by Flyway at start.
 * Every write is one transaction; a verdict is committed before it is acknowledged.
 */
public final class AuditStore implements AutoCloseable {
    /** A kept audit: its summary and the report JSON as the service returned it. */
    public record StoredAudit(AuditSummary summary, String reportJson) {
    }

    private final HikariDataSource data;
    private final DatabaseConfig config;

    private AuditStore(HikariDataSource data, DatabaseConfig config) {
        this.data = data;
        this.config = config;
    }

    /** Connects, migrates the schema to the current version, and returns the store. */
    public static AuditStore open(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(8);
        hc.setPoolName("auditor-db");
        hc.setConnectionTimeout(10_000);
        HikariDataSource ds = new HikariDataSource(hc);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new AuditStore(ds, config);
    }

    public DatabaseConfig config() {
        return config;
    }

    public static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Keeps a document (once per content) and one audit of it; returns the audit's id. Two
     * first audits of the same document at once both try to keep it: the loser tries again.
     * {@code hash} is {@link #hash}{@code (content)}, which the caller has computed for its answer.
     */
    public long save(String name, byte[] content, String hash, AuditReport report, String reportJson,
                     long ruleBaseVersion) {
        return onceMoreOnConflict(() -> saveOnce(name, content, hash, report, reportJson, ruleBaseVersion));
    }

    /**
     * Runs a write; when a concurrent writer inserted the same key first (SQLSTATE 23505, unique
     * violation, in H2 and PostgreSQL alike), runs it once more, now finding that row.
     */
    private static <T> T onceMoreOnConflict(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return write.get();
            }
            throw e;
        }
    }

    private long saveOnce(String name, byte[] content, String hash, AuditReport report, String reportJson,
                          long ruleBaseVersion) {
        int[] counts = new int[Severity.values().length];
        for (Finding f : report.findings()) {
            counts[f.severity().ordinal()]++;
        }
        return inTransaction(c -> {
            try (PreparedStatement has = c.prepareStatement("SELECT 1 FROM documents WHERE hash = ?")) {
                has.setString(1, hash);
                boolean exists;
                try (ResultSet rs = has.executeQuery()) {
                    exists = rs.next();
                }
                if (!exists) {
                    try (PreparedStatement ins = c.prepareStatement(
                            "INSERT INTO documents (hash, name, size_bytes, content, created_at) VALUES (?, ?, ?, ?, ?)")) {
                        ins.setString(1, hash);
                        ins.setString(2, cut(name, 500));
                        ins.setLong(3, content.length);
                        ins.setBytes(4, content);
                        ins.setTimestamp(5, Timestamp.from(Instant.now()));
                        ins.executeUpdate();
                    }
                }
            }
            long id;
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO audits (doc_hash, name, unit, doc_year, kind, "
                    + "format, rule_base_version, created_at, high_count, medium_count, low_count, info_count, report) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[]{"id"})) {
                AuditReport.DocumentSummary d = report.document();
                ins.setString(1, hash);
                ins.setString(2, cut(name, 500));
                ins.setString(3, cut(d.unit(), 500));
                if (d.year() == null) {
                    ins.setNull(4, Types.INTEGER);
                } else {
                    ins.setInt(4, d.year());
                }
                ins.setString(5, d.kind());
                ins.setString(6, d.format());
                ins.setLong(7, ruleBaseVersion);
                ins.setTimestamp(8, Timestamp.from(Instant.now()));
                for (int i = 0; i < 4; i++) {
                    ins.setInt(9 + i, counts[i]);
                }
                ins.setString(13, reportJson);
                ins.executeUpdate();
                try (ResultSet keys = ins.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_findings (audit_id, position_no, "
                    + "finding_key, rule_id, severity) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Finding f : report.findings()) {
                    ins.setLong(1, id);
                    ins.setInt(2, ++n);
                    ins.setString(3, FindingKeys.of(f));
                    ins.setString(4, f.ruleId());
                    ins.setString(5, f.severity().name());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            return id;
        });
    }

    private static final String SUMMARY = "SELECT a.id, a.doc_hash, a.name, a.unit, a.doc_year, a.kind, a.format, "
            + "a.rule_base_version, a.created_at, a.high_count, a.medium_count, a.low_count, a.info_count, "
            + "(SELECT COUNT(*) FROM audit_findings f WHERE f.audit_id = a.id) AS findings, "
            + "(SELECT COUNT(*) FROM audit_findings f JOIN verdicts v ON v.doc_hash = a.doc_hash "
            + "AND v.finding_key = f.finding_key WHERE f.audit_id = a.id AND v.verdict <> 'PENDING') AS reviewed "
            + "FROM audits a";

    /** The newest audits first. */
    public List<AuditSummary> list(int limit) {
        return query(c -> {
            try (PreparedStatement q = c.prepareStatement(SUMMARY + " ORDER BY a.id DESC")) {
                q.setMaxRows(Math.max(1, limit));
                List<AuditSummary> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(summary(rs));
                    }
                }
                return out;
            }
        });
    }

    public Optional<StoredAudit> get(long id) {
        return query(c -> {
            try (PreparedStatement q = c.prepareStatement(SUMMARY + " WHERE a.id = ?");
                 PreparedStatement r = c.prepareStatement("SELECT report FROM audits WHERE id = ?")) {
                q.setLong(1, id);
                r.setLong(1, id);
                AuditSummary s;
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    s = summary(rs);
                }
                try (ResultSet rs = r.executeQuery()) {
                    rs.next();
                    return Optional.of(new StoredAudit(s, rs.getString(1)));
                }
            }
        });
    }

    /** The audit of the same document just before {@code id}, if any. */
    public Optional<Long> previous(String docHash, long id) {
        return query(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT MAX(id) FROM audits WHERE doc_hash = ? AND id < ?")) {
                q.setString(1, docHash);
                q.setLong(2, id);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    long v = rs.getLong(1);
                    return rs.wasNull() ? Optional.empty() : Optional.of(v);
                }
            }
        });
    }

    /** The finding keys of an audit, in rank order. */
    public List<String> findingKeys(long auditId) {
        return query(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT finding_key FROM audit_findings WHERE audit_id = ? ORDER BY position_no")) {
                q.setLong(1, auditId);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    public Optional<byte[]> content(String docHash) {
        return query(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT content FROM documents WHERE hash = ?")) {
                q.setString(1, docHash);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    /** Every verdict on findings of a document, by finding key. */
    public Map<String, Review> reviews(String docHash) {
        return query(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT finding_key, rule_id, verdict, note, updated_at "
                    + "FROM verdicts WHERE doc_hash = ?")) {
                q.setString(1, docHash);
                Map<String, Review> out = new LinkedHashMap<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new Review(rs.getString(1), rs.getString(2),
                                Verdict.valueOf(rs.getString(3)), rs.getString(4), rs.getTimestamp(5).toInstant().toString()));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Records (or replaces) the verdict on one finding of a document; committed on return. Two
     * first verdicts on one finding at once both try to insert: the loser updates instead.
     */
    public Review setVerdict(String docHash, String key, String ruleId, Verdict verdict, String note) {
        return onceMoreOnConflict(() -> setVerdictOnce(docHash, key, ruleId, verdict, note));
    }

    private Review setVerdictOnce(String docHash, String key, String ruleId, Verdict verdict, String note) {
        Instant now = Instant.now();
        String text = cut(note == null ? "" : note, 4000);
        inTransaction(c -> {
            try (PreparedStatement up = c.prepareStatement("UPDATE verdicts SET verdict = ?, note = ?, updated_at = ?, "
                    + "rule_id = ? WHERE doc_hash = ? AND finding_key = ?")) {
                up.setString(1, verdict.name());
                up.setString(2, text);
                up.setTimestamp(3, Timestamp.from(now));
                up.setString(4, ruleId);
                up.setString(5, docHash);
                up.setString(6, key);
                if (up.executeUpdate() > 0) {
                    return null;
                }
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO verdicts (doc_hash, finding_key, rule_id, "
                    + "verdict, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ins.setString(1, docHash);
                ins.setString(2, key);
                ins.setString(3, ruleId);
                ins.setString(4, verdict.name());
                ins.setString(5, text);
                ins.setTimestamp(6, Timestamp.from(now));
                ins.executeUpdate();
            }
            return null;
        });
        return new Review(key, ruleId, verdict, text, now.toString());
    }

    /** Verdicts counted per rule. */
    public Map<String, RuleQuality> ruleQuality() {
        return query(c -> {
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT rule_id, verdict, COUNT(*) FROM verdicts GROUP BY rule_id, verdict")) {
                Map<String, int[]> counts = new LinkedHashMap<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        counts.computeIfAbsent(rs.getString(1), k -> new int[3])[Verdict.valueOf(rs.getString(2))
                                .ordinal()] += rs.getInt(3);
                    }
                }
                Map<String, RuleQuality> out = new LinkedHashMap<>();
                counts.forEach((rule, n) -> out.put(rule, new RuleQuality(rule, n[0], n[1], n[2])));
                return out;
            }
        });
    }

    private static AuditSummary summary(ResultSet rs) throws SQLException {
        int year = rs.getInt(5);
        Integer y = rs.wasNull() ? null : year;
        return new AuditSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), y, rs.getString(6),
                rs.getString(7), rs.getLong(8), rs.getTimestamp(9).toInstant().toString(), rs.getInt(10), rs.getInt(11),
                rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15));
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        // Column sizes count characters; keep whole code points.
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T query(Work<T> work) {
        try (Connection c = data.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = data.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void close() {
        data.close();
    }

    /** A database failure; the service answers it as an internal error and logs it. */
    public static final class StoreException extends RuntimeException {
        StoreException(SQLException cause) {
            super("数据库操作失败：" + cause.getMessage(), cause);
        }
    }

}
