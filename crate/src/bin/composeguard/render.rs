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
            Color::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        };
        Style { on }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

/// How many characters of context to show on each side of a value.
const CONTEXT: usize = 60;

/// Renders the findings of `text` the way compilers show errors:
///
/// ```text
/// post.txt:1:15: iban (personal, 0.99): IBAN checksum valid
///   1 | Please pay to CH93 0076 2011 6238 5295 7
///     |               ^^^^^^^^^^^^^^^^^^^^^^^^^^
/// ```
///
/// Linear in the text however many findings it holds: line and column come
/// from a cursor that only moves forward (findings are sorted), and a long
/// line is shown as a window of [`CONTEXT`] characters around the value.
pub(crate) fn findings(name: &str, text: &str, findings: &[Finding], style: &Style) -> String {
    let mut out = String::new();
    let mut cursor = Cursor::default();
    for f in findings {
        cursor.advance(text, f.span.start);
        // Look no further than the value and its shown context.
        let mut limit = (f.span.end + 4 * CONTEXT).min(text.len());
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let line_end = text[f.span.start..limit]
            .find('\n')
            .map_or(limit, |i| f.span.start + i);
        let marked_end = f.span.end.min(line_end);
        let more = if f.span.end > line_end {
            " (continues on the next line)"
        } else {
            ""
        };
        out.push_str(&format!(
            "{name}:{}:{}: {} ({}, {:.2}): {}{more}\n",
            cursor.line,
            cursor.col + 1,
            style.paint("1;33", &f.rule),
            f.category.as_str(),
            f.confidence,
            f.reason
        ));
        let (before, cut_before) = tail_chars(&text[cursor.line_start..f.span.start], CONTEXT);
        let (after, cut_after) = head_chars(&text[marked_end..line_end], CONTEXT);
        let value = &text[f.span.start..marked_end];
        let lead = if cut_before { "…" } else { "" };
        let trail = if cut_after { "…" } else { "" };
        out.push_str(&format!(
            "{:>4} | {lead}{before}{}{after}{trail}\n",
            cursor.line,
            style.paint("1;31", value)
        ));
        let pad = before.chars().count() + lead.chars().count();
        let width = value.chars().count().max(1);
        out.push_str(&format!(
            "{:>4} | {}{}\n",
            "",
            " ".repeat(pad),
            style.paint("31", &"^".repeat(width))
        ));
    }
    out
}

/// Line number, line start and column of a byte offset, moved forward only.
#[derive(Default)]
struct Cursor {
    at: usize,
    line: usize,
    line_start: usize,
    col: usize,
}

impl Cursor {
    fn advance(&mut self, text: &str, to: usize) {
        if self.line == 0 {
            self.line = 1;
        }
        for c in text[self.at..to].chars() {
            if c == '\n' {
                self.line += 1;
                self.col = 0;
            } else {
                self.col += 1;
            }
        }
        if let Some(i) = text[self.at..to].rfind('\n') {
            self.line_start = self.at + i + 1;
        }
        self.at = to;
    }
}

/// The last `n` chars of `s`, and whether some were cut.
fn tail_chars(s: &str, n: usize) -> (&str, bool) {
    match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if i > 0 => (&s[i..], true),
        _ => (s, false),
    }
}

/// The first `n` chars of `s`, and whether some were cut.
fn head_chars(s: &str, n: usize) -> (&str, bool) {
    match s.char_indices().nth(n) {
        Some((i, _)) => (&s[..i], true),
        None => (s, false),
    }
}
