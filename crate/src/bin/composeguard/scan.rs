//! `composeguard scan` and `composeguard redact`.

use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use composeguard::{redact as redact_text, to_json_findings, Scanner};
use serde_json::Value;

use crate::render::{self, Style};
use crate::{load_policy, read_text, Color, Outcome};

#[derive(Args)]
pub(crate) struct ScanArgs {
    /// Files to scan; standard input when none is given.
    files: Vec<PathBuf>,
    /// Policy file (JSON) to apply; invalid parts are reported and left out.
    #[arg(long, value_name = "FILE")]
    policy: Option<PathBuf>,
    /// Read JSON lines {"id": …, "text": …} and write one line per input:
    /// {"id": …, "findings": [{"rule", "category", "start", "end",
    /// "confidence", "reason"}]} with offsets in UTF-16 code units of text,
    /// end exclusive. A malformed line gets {"id": …, "error": …}.
    #[arg(long)]
    jsonl: bool,
    /// Apply the rules' site scopes as if typed on this host name.
    #[arg(long, value_name = "HOST")]
    host: Option<String>,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
}

#[derive(Args)]
pub(crate) struct RedactArgs {
    /// File to redact; standard input when not given.
    file: Option<PathBuf>,
    /// Policy file (JSON) to apply.
    #[arg(long, value_name = "FILE")]
    policy: Option<PathBuf>,
}

pub(crate) fn run(args: &ScanArgs) -> Result<Outcome, String> {
    let scanner = Scanner::new(load_policy(args.policy.as_deref())?);
    if args.jsonl {
        return scan_jsonl(&scanner, args);
    }
    let style = Style::new(args.color);
    let mut found = 0;
    let mut failed = false;
    let inputs: Vec<Option<&Path>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().map(|f| Some(f.as_path())).collect()
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for input in inputs {
        let (name, text) = match read_input(input) {
            Ok(pair) => pair,
            Err(message) => {
                eprintln!("composeguard: {message}");
                failed = true;
                continue;
            }
        };
        let findings = scanner.scan_on(&text, args.host.as_deref());
        found += findings.len();
        out.write_all(render::findings(&name, &text, &findings, &style).as_bytes())
            .unwrap_or_else(|e| crate::output_failed(&e));
    }
    out.flush().unwrap_or_else(|e| crate::output_failed(&e));
    eprintln!("{found} finding{}", if found == 1 { "" } else { "s" });
    Ok(if failed {
        Outcome::Failed
    } else if found > 0 {
        Outcome::Found
    } else {
        Outcome::Clean
    })
}

fn read_input(path: Option<&Path>) -> Result<(String, String), String> {
    match path {
        Some(path) => Ok((path.display().to_string(), read_text(path)?)),
        None => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("stdin: {e}"))?;
            let text = String::from_utf8(bytes).map_err(|_| "stdin: not UTF-8 text".to_owned())?;
            Ok(("<stdin>".to_owned(), text))
        }
    }
}

/// Streams JSON lines: memory stays flat however long the input, since one
/// line is read, answered and dropped at a time.
fn scan_jsonl(scanner: &Scanner, args: &ScanArgs) -> Result<Outcome, String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut any = false;
    let mut readers: Vec<(String, Box<dyn BufRead>)> = Vec::new();
    if args.files.is_empty() {
        readers.push(("<stdin>".to_owned(), Box::new(BufReader::new(io::stdin()))));
    }
    for path in &args.files {
        let file = std::fs::File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        readers.push((path.display().to_string(), Box::new(BufReader::new(file))));
    }
    for (name, mut reader) in readers {
        let mut line = Vec::new();
        let mut line_no = 0;
        loop {
            line.clear();
            let n = reader
                .read_until(b'\n', &mut line)
                .map_err(|e| format!("{name}: {e}"))?;
            if n == 0 {
                break;
            }
            line_no += 1;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let (reply, found) = answer_line(scanner, &line, line_no, args.host.as_deref());
            any |= found;
            writeln!(out, "{reply}").unwrap_or_else(|e| crate::output_failed(&e));
            // Answer each line as it comes, for callers that stream.
            out.flush().unwrap_or_else(|e| crate::output_failed(&e));
        }
    }
    Ok(if any { Outcome::Found } else { Outcome::Clean })
}

fn answer_line(
    scanner: &Scanner,
    line: &[u8],
    line_no: usize,
    host: Option<&str>,
) -> (String, bool) {
    let parsed: Value = match std::str::from_utf8(line)
        .map_err(|e| e.to_string())
        .and_then(|s| serde_json::from_str(s).map_err(|e| e.to_string()))
    {
        Ok(v) => v,
        Err(e) => {
            return (
                error_line(&Value::Null, &format!("line {line_no}: not JSON: {e}")),
                false,
            )
        }
    };
    let id = parsed.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = parsed.get("text").and_then(Value::as_str) else {
        return (
            error_line(
                &id,
                &format!("line {line_no}: expected a string field \"text\""),
            ),
            false,
        );
    };
    let findings = scanner.scan_on(text, host);
    let list = to_json_findings(text, &findings, false);
    let found = !list.is_empty();
    // A struct, not json!{}, so that "id" comes first in every line.
    #[derive(serde::Serialize)]
    struct Reply<'a> {
        id: &'a Value,
        findings: Vec<composeguard::JsonFinding>,
    }
    let reply = serde_json::to_string(&Reply {
        id: &id,
        findings: list,
    })
    .unwrap_or_default();
    (reply, found)
}

fn error_line(id: &Value, message: &str) -> String {
    #[derive(serde::Serialize)]
    struct ErrorReply<'a> {
        id: &'a Value,
        error: &'a str,
    }
    serde_json::to_string(&ErrorReply { id, error: message }).unwrap_or_default()
}

pub(crate) fn redact(args: &RedactArgs) -> Result<Outcome, String> {
    let scanner = Scanner::new(load_policy(args.policy.as_deref())?);
    let (_, text) = read_input(args.file.as_deref())?;
    let findings = scanner.scan(&text);
    out!("{}", redact_text(&text, &findings));
    Ok(if findings.is_empty() {
        Outcome::Clean
    } else {
        Outcome::Found
    })
}
