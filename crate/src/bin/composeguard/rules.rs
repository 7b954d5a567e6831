//! `composeguard rules list` and `composeguard rules test`.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use composeguard::{run_examples, ExampleReport, Policy, Scanner};

use crate::{load_policy, read_text, Outcome};

#[derive(Subcommand)]
pub(crate) enum RulesCommand {
    /// List every rule with its category and the action in force.
    List {
        /// Policy file (JSON) whose settings and custom rules to show.
        #[arg(long, value_name = "FILE")]
        policy: Option<PathBuf>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Run the examples rules carry: the default pack's, and those of the
    /// custom rules in policy files (*.json) found in DIR.
    ///
    /// Reports like a test runner; exit code 1 when any example fails.
    Test {
        /// Files or directories of policy files with custom rules and their
        /// examples.
        paths: Vec<PathBuf>,
        /// Show every example, not only failures.
        #[arg(long, short)]
        verbose: bool,
    },
}

pub(crate) fn run(command: &RulesCommand) -> Result<Outcome, String> {
    match command {
        RulesCommand::List { policy, json } => list(policy.as_deref(), *json),
        RulesCommand::Test { paths, verbose } => test(paths, *verbose),
    }
}

fn list(policy: Option<&Path>, json: bool) -> Result<Outcome, String> {
    let policy = load_policy(policy)?;
    let rules = policy.rules();
    if json {
        outln!(
            "{}",
            serde_json::to_string_pretty(&rules).map_err(|e| e.to_string())?
        );
        return Ok(Outcome::Clean);
    }
    outln!(
        "{:<30} {:<13} {:<8} DESCRIPTION",
        "RULE",
        "CATEGORY",
        "ACTION"
    );
    for r in &rules {
        let mark = if r.custom { " (custom)" } else { "" };
        outln!(
            "{:<30} {:<13} {:<8} {}{mark}",
            r.id,
            r.category.as_str(),
            r.action.as_str(),
            r.description
        );
    }
    Ok(Outcome::Clean)
}

fn test(paths: &[PathBuf], verbose: bool) -> Result<Outcome, String> {
    let mut total = ExampleReport::default();
    let mut files = Vec::new();
    for path in paths {
        collect_json(path, &mut files)?;
    }
    report(
        "default rule pack",
        run_examples(&Scanner::new(Policy::default())),
        verbose,
        &mut total,
    );
    for file in files {
        let json = read_text(&file)?;
        let (policy, errors) = Policy::parse(&json);
        if !errors.is_empty() {
            for e in &errors {
                outln!("FAIL {}: {e}", file.display());
            }
            total
                .failures
                .extend(errors.iter().map(|e| composeguard::ExampleFailure {
                    rule: e.path.clone(),
                    text: String::new(),
                    problem: e.message.clone(),
                }));
        }
        let scanner = Scanner::new(policy);
        let mut report_one = ExampleReport::default();
        for ex in scanner.policy().custom_examples() {
            for (text, value) in ex.matches {
                report_one.check_match(&scanner, ex.id, text, value.as_deref());
            }
            for text in ex.ignores {
                report_one.check_ignore(&scanner, ex.id, text);
            }
        }
        report(&file.display().to_string(), report_one, verbose, &mut total);
    }
    outln!("\n{} passed, {} failed", total.passed, total.failures.len());
    Ok(if total.failures.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Found
    })
}

fn report(name: &str, r: ExampleReport, verbose: bool, total: &mut ExampleReport) {
    let status = if r.failures.is_empty() {
        "ok  "
    } else {
        "FAIL"
    };
    outln!(
        "{status} {name}: {} passed, {} failed",
        r.passed,
        r.failures.len()
    );
    for f in &r.failures {
        outln!("     {}: {:?}: {}", f.rule, f.text, f.problem);
    }
    if verbose && r.failures.is_empty() {
        outln!("     (all examples behaved)");
    }
    total.passed += r.passed;
    total.failures.extend(r.failures);
}

fn collect_json(path: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    if path.is_file() {
        out.push(path.to_owned());
        return Ok(());
    }
    let entries = std::fs::read_dir(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    found.sort();
    out.extend(found);
    Ok(())
}
