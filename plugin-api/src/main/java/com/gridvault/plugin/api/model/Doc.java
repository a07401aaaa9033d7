package com.gridvault.plugin.api.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a model input or output field (or type) for people: the host copies it into the
 * generated JSON Schema, and the admin console and the Excel add-in show it beside the field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.TYPE})
public @interface Doc {

    /**
     * The description: what the field means and its unit or convention, e.g. "annualised, as a
     * decimal (0.2 = 20%)".
     *
     * @return the description
     */
    String value();
}
