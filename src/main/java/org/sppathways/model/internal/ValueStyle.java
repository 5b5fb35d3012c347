package org.sppathways.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style for value types outside {@code org.sppathways.model} (which
 * sets the same style on its package): generated implementations stay package-private and users
 * build values through the abstract type ({@code Xxx.of(...)}, {@code Xxx.builder()}), never
 * through {@code ImmutableXxx}. Internal: not part of the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
