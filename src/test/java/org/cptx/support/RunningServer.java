package org.cptx.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts one real cptx server on a free port for the test class, serving the shipped {@code
 * fhir-resources} and the synthetic test content; a test takes a {@link TestServer} parameter to
 * reach it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServerExtension.class)
public @interface RunningServer {}
