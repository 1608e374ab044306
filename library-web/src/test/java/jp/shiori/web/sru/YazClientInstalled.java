package jp.shiori.web.sru;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that drive Debian's yaz-client run when it is installed; without it they are skipped with a loud
 * warning, unless {@code -Dyaz.required=true} (CI), where they run and fail.
 */
public final class YazClientInstalled implements ExecutionCondition {

    static final Path YAZ_CLIENT = Path.of("/usr/bin/yaz-client");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(YAZ_CLIENT)) {
            return ConditionEvaluationResult.enabled("yaz-client found at " + YAZ_CLIENT);
        }
        if (Boolean.getBoolean("yaz.required")) {
            return ConditionEvaluationResult.enabled("yaz.required=true: running without yaz-client must fail");
        }
        String warning =
                "SRU CLIENT TESTS SKIPPED: " + YAZ_CLIENT + " is missing. Install it with 'apt-get install yaz', "
                        + "or run with -Dyaz.required=true to make its absence fail the build.";
        System.err.println("\n!!!!!!!! " + warning + " !!!!!!!!\n");
        return ConditionEvaluationResult.disabled(warning);
    }
}
