package jp.shiori.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Evaluates {@link RequiresTool}. */
public final class ToolCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        RequiresTool tool = context.getElement()
                .flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresTool.class))
                .orElse(null);
        if (tool == null) {
            return ConditionEvaluationResult.enabled("no tool required");
        }
        if (Arrays.stream(tool.paths()).allMatch(p -> Files.isExecutable(Path.of(p)))) {
            return ConditionEvaluationResult.enabled("found " + String.join(", ", tool.paths()));
        }
        if (Boolean.getBoolean(tool.requiredBy())) {
            return ConditionEvaluationResult.enabled(tool.requiredBy() + "=true: running without the tool must fail");
        }
        String warning = "TESTS SKIPPED: " + String.join(" or ", tool.paths()) + " is missing. Install it with '"
                + tool.install() + "', or run with -D" + tool.requiredBy()
                + "=true to make its absence fail the build.";
        System.err.println("\n!!!!!!!! " + warning + " !!!!!!!!\n");
        return ConditionEvaluationResult.disabled(warning);
    }
}
