package org.sppathways.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.reflect.Method;
import java.time.Duration;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Fails a fuzz test's run on one seed that takes longer than {@link #LIMIT}, so that an input that
 * once hung the reader keeps failing fast in the regression run.
 *
 * <p>Not JUnit's {@code @Timeout}: Jazzer would hand that on to libFuzzer as its per-input
 * limit while fuzzing, where the limit is one second ({@code .ci/fuzz}); a regression run needs
 * more, as its first seeds also pay for loading and instrumenting the classes. While fuzzing
 * ({@code JAZZER_FUZZ} set) the invocation is the whole fuzzing run, so no limit applies here.
 */
final class SeedTimeLimit implements InvocationInterceptor {

  /** Far more than any seed needs once the classes are loaded; a slower read counts as a hang. */
  static final Duration LIMIT = Duration.ofSeconds(10);

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext)
      throws Throwable {
    String fuzzing = System.getenv("JAZZER_FUZZ");
    if (fuzzing != null && !fuzzing.isEmpty()) {
      invocation.proceed();
      return;
    }
    assertTimeoutPreemptively(LIMIT, () -> invocation.proceed(),
        () -> "reading this seed took longer than " + LIMIT.toSeconds() + " s: a hang");
  }
}
