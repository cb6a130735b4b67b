package io.github.disclosureauditor.server;

import io.github.disclosureauditor.engine.RuleCompiler;
import io.github.disclosureauditor.engine.RuleEngine;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Builds rule bases on one background thread, so compilation never runs on a request thread
 * and two reloads never race; the engine swaps the rule base atomically when a build succeeds.
 * Optionally watches the rules folder and reloads shortly after a save.
 */
final class RuleService implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleService.class);
    private static final long DEBOUNCE_MS = 300;

    private final RuleEngine engine;
    private final ExecutorService builder = Executors.newSingleThreadExecutor(r -> daemon(r, "rule-builder"));
    private Thread watcher;
    private WatchService watchService;

    RuleService(RuleEngine engine) {
        this.engine = engine;
    }

    RuleEngine engine() {
        return engine;
    }

    /** Rebuilds and waits for the result. */
    RuleCompiler.Result reload() {
        Future<RuleCompiler.Result> f = builder.submit(() -> logged(engine.reload(), "reload"));
        try {
            return f.get(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(500, "INTERNAL_ERROR", "规则重新加载被中断");
        } catch (Exception e) {
            LOG.error("rule reload failed", e);
            throw new ApiException(500, "INTERNAL_ERROR", "规则重新加载失败");
        }
    }

    private RuleCompiler.Result logged(RuleCompiler.Result r, String trigger) {
        if (r.ok()) {
            LOG.info("rules rebuilt ({}): version {}, {} rules", trigger, r.ruleBase().version(), r.ruleBase().rules().size());
        } else {
            LOG.warn("rules not rebuilt ({}), version {} stays: {}", trigger, engine.current() == null ? "none"
                    : engine.current().version(), r.errors());
        }
        return r;
    }

    void watch(Path dir) throws IOException {
        watchService = FileSystems.getDefault().newWatchService();
        dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        watcher = daemon(this::watchLoop, "rule-watcher");
        watcher.start();
    }

    private void watchLoop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                boolean drl = key.pollEvents().stream().anyMatch(e -> e.context().toString().endsWith(".drl")
                        || e.context().toString().endsWith(".csv"));
                key.reset();
                if (!drl) {
                    continue;
                }
                // Editors save in bursts (temp file, rename, touch): wait for the burst to end.
                Thread.sleep(DEBOUNCE_MS);
                WatchKey more;
                while ((more = watchService.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                builder.submit(() -> logged(engine.reload(), "watch"));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.interrupt();
            try {
                watchService.close();
            } catch (IOException ignored) {
                // Closing on shutdown; nothing left to report to.
            }
        }
        builder.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
