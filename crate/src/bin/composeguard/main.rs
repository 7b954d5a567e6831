//! `composeguard`: the scanner on the command line, the same engine the
//! extension runs.
//!
//! Exit codes: 0 nothing found, 1 findings (or failed checks), 2 error.

/// `print!` to standard output; a failed write ends the program through
/// [`output_failed`] instead of panicking as `print!` does.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = write!(std::io::stdout().lock(), $($arg)*) {
            crate::output_failed(&e)
        }
    }};
}

/// `println!` to standard output, as [`out!`].
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            crate::output_failed(&e)
        }
    }};
}

mod render;
mod rules;
mod scan;

use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use composeguard::Policy;

/// Finds personal data, secrets and confidential material in text before
/// it is posted.
#[derive(Parser)]
#[command(name = "composeguard", version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Scan files (or standard input) and show each finding in its line.
    ///
    /// Exit code 0 when nothing is found, 1 when something is, 2 on error.
    Scan(scan::ScanArgs),
    /// Print text with every finding masked.
    Redact(scan::RedactArgs),
    /// Check a policy file.
    #[command(subcommand)]
    Policy(PolicyCommand),
    /// List or test the rules.
    #[command(subcommand)]
    Rules(rules::RulesCommand),
}

#[derive(Subcommand)]
enum PolicyCommand {
    /// Report every invalid part of a policy with its JSON path.
    ///
    /// Exit code 0 when the policy is valid, 1 when it has errors, 2 when
    /// the file cannot be read.
    Check {
        /// The policy file (JSON).
        file: PathBuf,
    },
    /// Hash customer numbers for the policy's `customer_numbers.sha256`.
    ///
    /// Reads one number a line (file or stdin) and prints one salted SHA-256
    /// a line, so the policy never carries a number in clear. Spaces, dots,
    /// dashes and slashes are ignored, letters compared in upper case.
    Hash {
        /// The salt: the same random string as `customer_numbers.salt`, at
        /// least 16 characters.
        #[arg(long)]
        salt: String,
        /// File with one customer number a line; stdin when not given.
        file: Option<PathBuf>,
    },
}

/// When to colour the output.
#[derive(Clone, Copy, Debug, Default, ValueEnum)]
pub(crate) enum Color {
    /// On a terminal, unless NO_COLOR is set.
    #[default]
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// How a command ended.
pub(crate) enum Outcome {
    Clean,
    Found,
    Failed,
}

impl Outcome {
    fn code(&self) -> ExitCode {
        match self {
            Outcome::Clean => ExitCode::SUCCESS,
            Outcome::Found => ExitCode::from(1),
            Outcome::Failed => ExitCode::from(2),
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Scan(args) => scan::run(&args),
        Command::Redact(args) => scan::redact(&args),
        Command::Policy(PolicyCommand::Check { file }) => check_policy(&file),
        Command::Policy(PolicyCommand::Hash { salt, file }) => hash_numbers(&salt, file.as_deref()),
        Command::Rules(command) => rules::run(&command),
    };
    match outcome {
        Ok(outcome) => outcome.code(),
        Err(message) => {
            eprintln!("composeguard: {message}");
            ExitCode::from(2)
        }
    }
}

/// Standard output failed. When its reader went away (`composeguard rules
/// list | head`), the program ends quietly with the shell's code for a
/// process stopped by SIGPIPE, 141, as `cat` would; any other failure is an
/// error (exit 2).
pub(crate) fn output_failed(e: &io::Error) -> ! {
    if e.kind() == io::ErrorKind::BrokenPipe {
        std::process::exit(141);
    }
    eprintln!("composeguard: standard output: {e}");
    std::process::exit(2)
}

/// Reads a policy file leniently: invalid parts are reported on stderr and
/// left out, the rest applies, so a broken policy still protects.
pub(crate) fn load_policy(path: Option<&Path>) -> Result<Policy, String> {
    let Some(path) = path else {
        return Ok(Policy::default());
    };
    let json = read_text(path)?;
    let (policy, errors) = Policy::parse(&json);
    for e in &errors {
        eprintln!(
            "composeguard: warning: {}: {e} (left out; the rest of the policy applies)",
            path.display()
        );
    }
    Ok(policy)
}

pub(crate) fn read_text(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

fn hash_numbers(salt: &str, file: Option<&Path>) -> Result<Outcome, String> {
    if salt.chars().count() < 16 {
        return Err("--salt: use a random string of at least 16 characters".to_owned());
    }
    let text = match file {
        Some(path) => read_text(path)?,
        None => std::io::read_to_string(std::io::stdin()).map_err(|e| format!("stdin: {e}"))?,
    };
    for number in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        outln!(
            "{}",
            composeguard::to_hex(&composeguard::customer_hash(salt, number))
        );
    }
    Ok(Outcome::Clean)
}

fn check_policy(path: &Path) -> Result<Outcome, String> {
    let json = read_text(path)?;
    let (policy, errors) = Policy::parse(&json);
    for e in &errors {
        outln!("{}: {e}", path.display());
    }
    let custom = policy.rules().iter().filter(|r| r.custom).count();
    if errors.is_empty() {
        outln!("{}: valid ({custom} custom rules)", path.display());
        Ok(Outcome::Clean)
    } else {
        outln!(
            "{}: {} errors; the valid parts would still apply",
            path.display(),
            errors.len()
        );
        Ok(Outcome::Found)
    }
}
