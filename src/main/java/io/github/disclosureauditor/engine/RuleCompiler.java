package io.github.disclosureauditor.engine;

import io.github.disclosureauditor.finding.Category;
import io.github.disclosureauditor.finding.Severity;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compiles the {@code *.drl} files of a folder into a {@link RuleBase}. Besides Drools' own
 * compile errors it rejects rules without complete, valid metadata or with duplicate ids, so an
 * edited rule file can never produce findings that the catalog cannot explain.
 */
public final class RuleCompiler {
    /** Either a rule base or the errors that prevented it. */
    public record Result(RuleBase ruleBase, List<RuleError> errors) {
        public boolean ok() {
            return ruleBase != null;
        }
    }

    /** Compiles as the first rule base. */
    public Result compile(Path directory) {
        return compile(directory, 1);
    }

    /**
     * Compiles the folder into a rule base numbered {@code version}; a failed build uses up no
     * number (the engine numbers only the rule bases it puts in force).
     */
    public Result compile(Path directory, long version) {
        List<RuleError> errors = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(directory)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            errors.add(new RuleError(directory.toString(), 0, "无法读取规则目录：" + e.getMessage()));
            return new Result(null, errors);
        }
        if (files.isEmpty()) {
            errors.add(new RuleError(directory.toString(), 0, "规则目录中没有 .drl 文件"));
            return new Result(null, errors);
        }
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // Unique per build: the KIE repository keys modules by release id.
        ReleaseId releaseId = ks.newReleaseId("io.github.disclosureauditor", "rules",
                "1.0.0-" + java.util.UUID.randomUUID().toString().replace("-", ""));
        kfs.generateAndWritePomXML(releaseId);
        java.util.Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (Path f : files) {
            try {
                String source = Files.readString(f, StandardCharsets.UTF_8);
                sources.put(f.getFileName().toString(), source);
                kfs.write("src/main/resources/rules/" + f.getFileName(), source);
            } catch (IOException e) {
                errors.add(new RuleError(f.getFileName().toString(), 0, "无法读取：" + e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        SourceLines lines = new SourceLines(sources);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleError> raw = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            String path = m.getPath() == null ? "" : Path.of(m.getPath()).getFileName().toString();
            raw.add(new RuleError(path, Math.max(0, m.getLine()), m.getText().strip()));
        }
        errors.addAll(lines.refine(raw));
        if (!errors.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return new Result(null, errors);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        org.kie.api.KieBaseConfiguration conf = ks.newKieBaseConfiguration();
        conf.setProperty("drools.consequenceExceptionHandler", RuleFailureHandler.class.getName());
        org.kie.api.KieBase kieBase = container.newKieBase(conf);
        List<RuleInfo> infos = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = info(rule, sources);
                validate(info, rule.getMetaData(), ids, errors, lines);
                infos.add(info);
            }
        }
        ks.getRepository().removeKieModule(releaseId);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        PolicyTables.Read policy = PolicyTables.read(directory, ids);
        if (!policy.errors().isEmpty()) {
            return new Result(null, policy.errors());
        }
        infos.sort(java.util.Comparator.comparing(RuleInfo::id));
        return new Result(new RuleBase(kieBase, infos, version, Instant.now(), directory.toString(), policy.policy()),
                List.of());
    }

    /** Metadata of a compiled rule; its file is the source that declares it. */
    private static RuleInfo info(Rule rule, Map<String, String> sources) {
        Map<String, Object> meta = rule.getMetaData();
        String file = "";
        for (Map.Entry<String, String> s : sources.entrySet()) {
            if (s.getValue().contains("rule \"" + rule.getName() + "\"")) {
                file = s.getKey();
                break;
            }
        }
        return new RuleInfo(str(meta.get("id")), str(meta.get("severity")), str(meta.get("category")),
                str(meta.get("title")), rule.getName(), file);
    }

    private static void validate(RuleInfo r, Map<String, Object> meta, Set<String> ids, List<RuleError> errors,
                                 SourceLines lines) {
        String where = "规则 \"" + r.name() + "\"";
        for (String k : List.of("id", "severity", "category", "title")) {
            if (str(meta.get(k)).isBlank()) {
                errors.add(new RuleError(r.file(), lines.ruleLine(r.file(), r.name()), where + " 缺少 @" + k));
            }
        }
        try {
            if (!r.severity().isBlank()) {
                Severity.parse(r.severity());
            }
        } catch (IllegalArgumentException e) {
            errors.add(new RuleError(r.file(), lines.metadataLine(r.file(), r.name(), "severity"),
                    where + " 的 @severity 无效：" + r.severity() + "（应为 HIGH、MEDIUM、LOW 或 INFO）"));
        }
        try {
            if (!r.category().isBlank()) {
                Category.valueOf(r.category());
            }
        } catch (IllegalArgumentException e) {
            errors.add(new RuleError(r.file(), lines.metadataLine(r.file(), r.name(), "category"),
                    where + " 的 @category 无效：" + r.category()));
        }
        if (!r.id().isBlank() && !ids.add(r.id())) {
            errors.add(new RuleError(r.file(), lines.metadataLine(r.file(), r.name(), "id"),
                    where + " 的 @id 重复：" + r.id()));
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString().replaceAll("^\"|\"$", "");
    }
}
