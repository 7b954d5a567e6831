//! Every built-in rule's own examples behave: matches match with the exact
//! value, ignores stay silent (as gitleaks and semgrep rule tests do).

use composeguard::{builtin_rules, run_examples, Policy, Scanner};

#[test]
fn every_rule_example_behaves() {
    let report = run_examples(&Scanner::new(Policy::default()));
    let lines: Vec<String> = report
        .failures
        .iter()
        .map(|f| format!("{}: {:?}: {}", f.rule, f.text, f.problem))
        .collect();
    assert!(
        lines.is_empty(),
        "{} examples failed:\n{}",
        lines.len(),
        lines.join("\n")
    );
}

#[test]
fn every_product_rule_id_exists() {
    let ids: Vec<_> = builtin_rules().map(|r| r.id).collect();
    for id in [
        "email",
        "phone",
        "iban",
        "payment_card",
        "bic",
        "ch_ahv",
        "ch_uid",
        "de_tax_id",
        "de_svnr",
        "at_svnr",
        "nl_bsn",
        "cz_birth_number",
        "cz_ico",
        "eu_vat",
        "passport_mrz",
        "date_of_birth",
        "postal_address",
        "person_name",
        "ip_address",
        "secret_aws_key",
        "secret_github_token",
        "secret_slack_token",
        "secret_google_api_key",
        "secret_private_key",
        "secret_jwt",
        "secret_password_assignment",
        "secret_generic_high_entropy",
        "classification_marker",
        "customer_relationship",
        "internal_url",
    ] {
        assert!(ids.contains(&id), "rule {id} is missing");
    }
}
