package org.cptx;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The server's options from the environment: each option {@code --some-name} of the {@code cptx}
 * command also reads {@code CPTX_SOME_NAME} ({@code --port} from {@code CPTX_PORT}, {@code
 * --content} from {@code CPTX_CONTENT}, a list separated by {@code :}). An option on the command
 * line wins over the environment, the environment over the built-in default.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

  private final Map<String, String> environment;

  EnvironmentDefaults(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** The variable an option reads: {@code --auth-jwks} is {@code CPTX_AUTH_JWKS}. */
  static String variable(String longName) {
    return "CPTX_" + longName.replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option) || option.command().parent() != null) {
      return null; // the server's own options only, not those of import, check or
      // generate-synthetic
    }
    String value = environment.get(variable(option.longestName()));
    return value == null || value.isBlank() ? null : value;
  }
}
