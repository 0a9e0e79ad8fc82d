package org.cptx.terminology;

/** The engine as the HTTP edge sees it: the registry and one worker per operation. */
public final class Terminology {

  private final CodeSystemRegistry registry;
  private final LookupService lookup;
  private final CodeValidator validator;

  public Terminology(CodeSystemRegistry registry) {
    this.registry = registry;
    this.lookup = new LookupService(registry);
    this.validator = new CodeValidator(registry);
  }

  public CodeSystemRegistry registry() {
    return registry;
  }

  public LookupResult lookup(LookupRequest request) {
    return lookup.lookup(request);
  }

  public ValidationResult validateCode(ValidateCodeRequest request) {
    return validator.validate(request);
  }
}
