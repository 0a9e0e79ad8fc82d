package org.cptx.content;

import org.cptx.terminology.CodeSystemRegistry;

/** What a load produced: the resources to read and search, and the code systems to operate on. */
public record LoadedContent(ResourceStore resources, CodeSystemRegistry registry) {}
