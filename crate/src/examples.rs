//! Runs the examples rules carry: texts that must match, texts that must not.

use crate::{builtin_rules, Scanner};

/// One example that did not behave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExampleFailure {
    /// The rule whose example failed.
    pub rule: String,
    /// The example text.
    pub text: String,
    /// What went wrong, in one line.
    pub problem: String,
}

/// The outcome of running examples.
#[derive(Clone, Debug, Default)]
pub struct ExampleReport {
    /// Examples that behaved.
    pub passed: usize,
    /// Examples that did not.
    pub failures: Vec<ExampleFailure>,
}

impl ExampleReport {
    fn record(&mut self, rule: &str, text: &str, problem: Option<String>) {
        match problem {
            None => self.passed += 1,
            Some(problem) => self.failures.push(ExampleFailure {
                rule: rule.to_owned(),
                text: text.to_owned(),
                problem,
            }),
        }
    }

    /// Checks that `text` yields `rule`, with exactly `value` when given.
    pub fn check_match(&mut self, scanner: &Scanner, rule: &str, text: &str, value: Option<&str>) {
        let findings = scanner.scan(text);
        let found: Vec<&str> = findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| &text[f.span.clone()])
            .collect();
        let problem = match value {
            _ if found.is_empty() => {
                let others: Vec<_> = findings.iter().map(|f| f.rule.as_str()).collect();
                Some(format!(
                    "expected a match, found none (other rules: {others:?})"
                ))
            }
            Some(v) if !found.contains(&v) => Some(format!("expected {v:?}, found {found:?}")),
            _ => None,
        };
        self.record(rule, text, problem);
    }

    /// Checks that `text` does not yield `rule`.
    pub fn check_ignore(&mut self, scanner: &Scanner, rule: &str, text: &str) {
        let findings = scanner.scan(text);
        let found: Vec<&str> = findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| &text[f.span.clone()])
            .collect();
        let problem = (!found.is_empty()).then(|| format!("expected no match, found {found:?}"));
        self.record(rule, text, problem);
    }
}

/// Minimum number of examples of each kind a built-in rule must carry.
pub const MIN_EXAMPLES: usize = 5;

/// Runs the examples of every built-in rule and of the scanner's custom rules.
pub fn run_examples(scanner: &Scanner) -> ExampleReport {
    let mut report = ExampleReport::default();
    for rule in builtin_rules() {
        if rule.matches.len() < MIN_EXAMPLES || rule.ignores.len() < MIN_EXAMPLES {
            report.record(
                rule.id,
                "",
                Some(format!(
                    "carries {} match and {} ignore examples; needs {MIN_EXAMPLES} of each",
                    rule.matches.len(),
                    rule.ignores.len()
                )),
            );
        }
        for (text, value) in rule.matches {
            report.check_match(scanner, rule.id, text, Some(value));
        }
        for (text, _why) in rule.ignores {
            report.check_ignore(scanner, rule.id, text);
        }
    }
    for ex in scanner.policy().custom_examples() {
        for (text, value) in ex.matches {
            report.check_match(scanner, ex.id, text, value.as_deref());
        }
        for text in ex.ignores {
            report.check_ignore(scanner, ex.id, text);
        }
    }
    report
}
