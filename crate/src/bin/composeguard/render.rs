//! Human output: each line that holds a finding, with the value marked.

use std::io::IsTerminal;

use composeguard::Finding;

use crate::Color;

/// ANSI styles, or nothing when colour is off.
pub(crate) struct Style {
    on: bool,
}

impl Style {
    pub fn new(choice: Color) -> Style {
        let on = match choice {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
        };
        Style { on }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.on { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_owned() }
    }
}

/// Renders the findings of `text` the way compilers show errors:
///
/// ```text
/// post.txt:1:15: iban (personal, 0.99): IBAN checksum valid
///   1 | Please pay to CH93 0076 2011 6238 5295 7
///     |               ^^^^^^^^^^^^^^^^^^^^^^^^^^
/// ```
pub(crate) fn findings(name: &str, text: &str, findings: &[Finding], style: &Style) -> String {
    let mut out = String::new();
    for f in findings {
        let (line_no, line_start) = line_of(text, f.span.start);
        let line_end = text[line_start..].find('\n').map_or(text.len(), |i| line_start + i);
        let col = text[line_start..f.span.start].chars().count() + 1;
        let marked_end = f.span.end.min(line_end);
        let width = text[f.span.start..marked_end].chars().count().max(1);
        let more = if f.span.end > line_end { " (continues on the next line)" } else { "" };
        out.push_str(&format!(
            "{name}:{line_no}:{col}: {} ({}, {:.2}): {}{more}\n",
            style.paint("1;33", &f.rule),
            f.category.as_str(),
            f.confidence,
            f.reason
        ));
        let gutter = format!("{line_no:>4} | ");
        let line = &text[line_start..line_end];
        let before = &text[line_start..f.span.start];
        let value = &text[f.span.start..marked_end];
        let after = &text[marked_end..line_end];
        debug_assert_eq!(line.len(), before.len() + value.len() + after.len());
        out.push_str(&format!("{gutter}{before}{}{after}\n", style.paint("1;31", value)));
        out.push_str(&format!(
            "{:>4} | {}{}\n",
            "",
            " ".repeat(col - 1),
            style.paint("31", &"^".repeat(width))
        ));
    }
    out
}

/// The 1-based line number of byte `at` and the byte offset its line starts at.
fn line_of(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line_no = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line_no, start)
}
