package org.sppathways.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style: generated implementations stay package-private and users build
 * values through {@code Xxx.builder()} on the abstract type.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {"offeredBy:offeredBy", "prerequisites:prerequisite", "covers:cover"},
    defaults = @Value.Immutable(copy = true))
@interface ValueStyle {}
