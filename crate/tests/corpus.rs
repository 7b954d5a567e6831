//! Annotated corpus files in `tests/corpus/`, semgrep style: a comment line
//! `# ruleid: <rule>` says the next line must yield that rule, `# ok:
//! <rule>` that it must not (`# ok: *` — no finding at all). Hand-written
//! hard negatives and regressions live here, one sentence a line.

use std::fs;
use std::path::Path;

use composeguard::{Policy, Scanner};

enum Expect {
    Fires(String),
    Silent(String),
}

fn parse_annotation(line: &str) -> Option<Vec<Expect>> {
    let rest = line.strip_prefix('#')?.trim();
    let (kind, rules) = rest.split_once(':')?;
    let rules = rules.split(',').map(|r| r.trim().to_owned());
    match kind.trim() {
        "ruleid" => Some(rules.map(Expect::Fires).collect()),
        "ok" => Some(rules.map(Expect::Silent).collect()),
        _ => None,
    }
}

fn check_file(scanner: &Scanner, path: &Path, failures: &mut Vec<String>) -> usize {
    let text = fs::read_to_string(path).expect("corpus file is UTF-8");
    let mut pending: Vec<Expect> = Vec::new();
    let mut checked = 0;
    for (no, line) in text.lines().enumerate() {
        if let Some(expects) = parse_annotation(line) {
            pending.extend(expects);
            continue;
        }
        if line.trim().is_empty() || pending.is_empty() {
            continue;
        }
        let findings = scanner.scan(line);
        for expect in pending.drain(..) {
            checked += 1;
            let (rule, want) = match &expect {
                Expect::Fires(rule) => (rule, true),
                Expect::Silent(rule) => (rule, false),
            };
            let hit: Vec<_> = findings
                .iter()
                .filter(|f| rule == "*" || f.rule == *rule)
                .map(|f| format!("{}={:?}", f.rule, &line[f.span.clone()]))
                .collect();
            if hit.is_empty() == want {
                let what = if want {
                    "expected".to_owned()
                } else {
                    format!("unexpected {hit:?}")
                };
                failures.push(format!(
                    "{}:{}: {what} {rule}: {line}",
                    path.display(),
                    no + 1
                ));
            }
        }
    }
    checked
}

#[test]
fn annotated_corpus_lines_behave() {
    let scanner = Scanner::new(Policy::default());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut failures = Vec::new();
    let mut checked = 0;
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("corpus dir")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    files.sort();
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
    {
        checked += check_file(&scanner, path, &mut failures);
    }
    assert!(checked > 100, "only {checked} annotations read");
    assert!(
        failures.is_empty(),
        "{} of {checked} annotations failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
