package io.github.disclosureauditor.engine;

import io.github.disclosureauditor.finding.FindingCollector;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * An exception thrown by one rule's consequence is recorded on the audit and the other rules go
 * on: an auditor's faulty edit loses that rule's findings, never the whole audit. Rules only
 * report and never modify facts, so working memory stays consistent.
 */
public final class RuleFailureHandler implements ConsequenceExceptionHandler {
    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        Object collector = runtime instanceof KieRuntime k ? k.getGlobal("findings") : null;
        String rule = match.getRule().getName();
        if (collector instanceof FindingCollector c) {
            c.ruleFailed(rule, exception);
        } else {
            throw new IllegalStateException("规则 " + rule + " 执行失败", exception);
        }
    }
}
