//! The `composeguard` binary as a user runs it: output, exit codes, errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_composeguard"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("the binary ends")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn fixture(name: &str) -> String {
    format!("{}/tests/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn scan_marks_the_value_in_its_line_and_exits_1() {
    let out = run(
        &["scan", "--color", "never"],
        "Bitte auf CH93 0076 2011 6238 5295 7 überweisen\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.starts_with("<stdin>:1:11: iban (personal"), "{text}");
    assert!(
        text.contains("          ^^^^^^^^^^^^^^^^^^^^^^^^^^\n"),
        "{text}"
    );
}

#[test]
fn scan_of_clean_text_exits_0() {
    let out = run(&["scan"], "Schönes Wochenende an alle!\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), "");
}

#[test]
fn jsonl_answers_every_line_in_order_with_utf16_offsets_and_errors_inline() {
    let input = "{\"id\": \"a\", \"text\": \"😀 CH93 0076 2011 6238 5295 7\"}\nnot json\n{\"id\": 3}\n{\"id\": 4, \"text\": \"hello\"}\n";
    let out = run(&["scan", "--jsonl"], input);
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["findings"][0]["rule"], "iban");
    assert_eq!(
        lines[0]["findings"][0]["start"], 3,
        "the emoji counts two UTF-16 units"
    );
    assert_eq!(lines[0]["findings"][0]["end"], 29);
    assert!(lines[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("line 2")));
    assert_eq!(lines[2]["id"], 3);
    assert!(lines[2]["error"].as_str().is_some());
    assert_eq!(lines[3]["findings"], serde_json::json!([]));
}

#[test]
fn policy_check_lists_every_error_with_its_path_and_exits_1() {
    let dir = std::env::temp_dir().join(format!("cg-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("broken.json");
    std::fs::write(
        &file,
        r#"{"rules":{"ibna":{},"email":{"action":"loud"},"custom":[{"id":"a","pattern":"(x"}]}}"#,
    )
    .expect("write policy");
    let out = run(&["policy", "check", file.to_str().expect("utf-8 path")], "");
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    for path in [
        "rules.ibna:",
        "rules.email.action:",
        "rules.custom[0].pattern:",
    ] {
        assert!(text.contains(path), "{path} missing in {text}");
    }
}

#[test]
fn a_broken_policy_still_protects_with_the_defaults() {
    let dir = std::env::temp_dir().join(format!("cg-cli-b-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("broken.json");
    std::fs::write(&file, r#"{"rules":{"custom":[{"id":"x","pattern":"(("}]}}"#)
        .expect("write policy");
    let out = run(
        &["scan", "--policy", file.to_str().expect("utf-8 path")],
        "AHV 756.1234.5678.97",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("ch_ahv"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("rules.custom[0].pattern"));
}

#[test]
fn rules_test_runs_the_default_pack_and_custom_rule_files() {
    let out = run(&["rules", "test", &fixture("rules")], "");
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("acme.json: 6 passed, 0 failed"), "{text}");
    assert!(text.trim_end().ends_with("0 failed"), "{text}");
}

#[test]
fn redact_masks_and_keeps_the_shape() {
    let out = run(&["redact"], "IBAN CH93 0076 2011 6238 5295 7.");
    assert_eq!(stdout(&out), "IBAN CH93 •••• •••• •••• •••• 7.");
}

#[test]
fn unreadable_input_is_an_error_with_exit_2() {
    let out = run(&["scan", "/nonexistent/file.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/file.txt"));
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    // `composeguard scan --jsonl big.jsonl | head -1`: once `head` has its
    // line, the pipe closes; the binary stops with the shell's code for
    // SIGPIPE and says nothing, as `cat` does, instead of panicking or
    // printing "Broken pipe".
    use std::io::{BufRead, BufReader};
    let input =
        std::env::temp_dir().join(format!("composeguard-pipe-{}.jsonl", std::process::id()));
    let lines =
        "{\"id\": 1, \"text\": \"Pay to CH93 0076 2011 6238 5295 7 today\"}\n".repeat(200_000);
    std::fs::write(&input, lines).expect("write the input");
    let mut child = Command::new(env!("CARGO_BIN_EXE_composeguard"))
        .args(["scan", "--jsonl"])
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("one line");
    // The reader is dropped here: the pipe is closed.
    let output = child.wait_with_output().expect("the binary ends");
    std::fs::remove_file(&input).ok();
    assert!(first.contains("\"rule\":\"iban\""), "{first}");
    assert_eq!(output.status.code(), Some(141));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}
