package org.sppathways.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Jazzer fuzz test of a reader, taking the bytes of a file. In the regression run of
 * {@code mvn verify} every seed must be read within {@link SeedTimeLimit#LIMIT}; while fuzzing,
 * {@code .ci/fuzz} has libFuzzer stop at any input that takes more than one second.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SeedTimeLimit.class)
@FuzzTest
@interface ReaderFuzzTest {}
