package jp.shiori.web.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity parameter: the body is a MARC import, read up to {@code LIBRARY_IMPORT_MAX_BYTES} rather than the
 * JSON limit of {@link RequestBodies}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ImportBody {}
