package org.cptx.terminology.codesystem.cpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cptx.terminology.codesystem.cpt.CptFixture.ids;
import static org.cptx.terminology.codesystem.cpt.CptFixture.issues;

import org.cptx.terminology.Issue;
import org.cptx.terminology.Issue.Severity;
import org.junit.jupiter.api.Test;

/**
 * The CMS payment-policy checks against the synthetic supplement rows: 99901 restricts everything
 * (bilateral 0, co-surgeons 0, team 0, assistant 1, PC/TC 0); 99902 permits everything; 29990 asks
 * for documentation (2, 1, 1, 0, 9); 86702 has PC/TC 6 and indicators 9.
 */
class CptPaymentPolicyTest {

  @Test
  void bilateral() {
    assertThat(issues("99901:50"))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.messageId()).isEqualTo("CPT_POLICY_BILATERAL");
              assertThat(i.severity()).isEqualTo(Severity.ERROR);
              assertThat(i.text()).contains("'50'", "'99901'", "bilateral surgery", "is 0");
            });
    assertThat(severity("29990:50")).isEqualTo(Severity.WARNING);
    assertThat(ids("99902:50")).isEmpty();
    assertThat(ids("86702:50")).isEmpty();
  }

  @Test
  void coSurgeons() {
    assertThat(ids("99901:62")).containsExactly("CPT_POLICY_CO_SURGEONS");
    assertThat(severity("99901:62")).isEqualTo(Severity.ERROR);
    assertThat(severity("29990:62")).isEqualTo(Severity.WARNING);
    assertThat(severity("86702:62")).isEqualTo(Severity.WARNING);
    assertThat(ids("99902:62")).isEmpty();
  }

  @Test
  void teamSurgery() {
    assertThat(ids("99901:66")).containsExactly("CPT_POLICY_TEAM_SURGERY");
    assertThat(severity("99901:66")).isEqualTo(Severity.ERROR);
    assertThat(severity("29990:66")).isEqualTo(Severity.WARNING);
    assertThat(ids("99902:66")).isEmpty();
  }

  @Test
  void assistantSurgeon() {
    assertThat(ids("99901:80")).containsExactly("CPT_POLICY_ASSISTANT_SURGEON");
    assertThat(severity("99901:80")).isEqualTo(Severity.ERROR);
    assertThat(severity("29990:80")).isEqualTo(Severity.WARNING);
    assertThat(ids("99902:80")).isEmpty();
  }

  @Test
  void professionalAndTechnicalComponents() {
    assertThat(ids("99901:26")).containsExactly("CPT_POLICY_PCTC");
    assertThat(severity("99901:TC")).isEqualTo(Severity.ERROR);
    assertThat(ids("99902:26")).isEmpty();
    assertThat(ids("99902:TC")).isEmpty();
    assertThat(ids("86702:26")).as("PC/TC 6: 26 allowed").isEmpty();
    assertThat(severity("86702:TC")).as("PC/TC 6: TC not allowed").isEqualTo(Severity.ERROR);
    assertThat(severity("29990:26"))
        .as("PC/TC 9: concept does not apply")
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void noCmsRowNoCheck() {
    assertThat(ids("01990:50:62:66:80")).isEmpty();
  }

  private static Severity severity(String code) {
    return issues(code).stream().map(Issue::severity).findFirst().orElseThrow();
  }
}
