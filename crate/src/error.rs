//! The one error type of the crate.

use std::fmt;

/// An error from building a scanner or reading a policy.
///
/// The message is lowercase and names the JSON path or rule id at fault, for
/// example `rules.custom[2].pattern: unclosed group at 7`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
    /// One part of a policy is invalid; the rest may still load.
    Policy(Vec<PolicyError>),
    /// Input to the CLI or the wasm binding is malformed.
    Input(String),
}

/// One invalid part of a policy: where it is and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyError {
    /// JSON path of the invalid part, such as `rules.custom[2].pattern`.
    pub path: String,
    /// What is wrong, lowercase.
    pub message: String,
}

impl PolicyError {
    pub(crate) fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        PolicyError {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl Error {
    pub(crate) fn policy(errors: Vec<PolicyError>) -> Self {
        Error {
            kind: ErrorKind::Policy(errors),
        }
    }

    /// An error about malformed input (a JSONL line, an argument).
    pub fn input(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Input(message.into()),
        }
    }

    /// The invalid parts of a policy, empty for other errors.
    pub fn policy_errors(&self) -> &[PolicyError] {
        match &self.kind {
            ErrorKind::Policy(errors) => errors,
            ErrorKind::Input(_) => &[],
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Input(message) => f.write_str(message),
            ErrorKind::Policy(errors) => {
                let lines: Vec<String> = errors.iter().map(ToString::to_string).collect();
                f.write_str(&lines.join("\n"))
            }
        }
    }
}

impl std::error::Error for Error {}
