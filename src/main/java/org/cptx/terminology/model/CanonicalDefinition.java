package org.cptx.terminology.model;

import java.util.List;

/**
 * What value set and code system definitions have alike: their identity, their canonical metadata
 * and their extensions.
 */
public interface CanonicalDefinition {

  String id();

  String url();

  String version();

  String name();

  String title();

  String status();

  Boolean experimental();

  String language();

  List<Extension> extensions();
}
