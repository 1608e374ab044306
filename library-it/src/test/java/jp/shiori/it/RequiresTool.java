package jp.shiori.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives a program of the machine (Chromium, yaz-client, npx). Without the program it is
 * skipped with a loud warning, unless the system property {@link #requiredBy()} is true (CI), where it
 * runs and fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ToolCondition.class)
public @interface RequiresTool {

    /** Absolute paths that must be executable. */
    String[] paths();

    /** The system property that makes the tool mandatory. */
    String requiredBy();

    /** How to install it, for the warning. */
    String install();
}
