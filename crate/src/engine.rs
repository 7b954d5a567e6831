//! The scanner: runs the detectors, applies the policy, resolves overlaps.

use std::collections::BTreeMap;
use std::ops::Range;

use crate::detect::{self, util, Candidate, Detector, Input, RuleSpec, Trigger};
use crate::policy::{CustomRule, CustomerNumbers, Policy, CUSTOMER_NUMBER_RULE};
use crate::text::Prepared;
use crate::{Action, Category, Finding};

/// The longest text scanned in one piece: offsets in the shared per-scan
/// facts are `u32`.
const MAX_PIECE: usize = u32::MAX as usize;

/// Priority of custom rules: above the generic built-ins, below checksummed
/// identifiers.
const CUSTOM_PRIORITY: u8 = 91;

/// A scanner built once from a policy and used for many texts.
///
/// # Example
/// ```
/// use composeguard::{Policy, Scanner};
/// let scanner = Scanner::new(Policy::default());
/// let findings = scanner.scan("IBAN CH93 0076 2011 6238 5295 7");
/// assert_eq!(findings[0].rule, "iban");
/// ```
#[derive(Clone, Debug)]
pub struct Scanner {
    policy: Policy,
}

/// A found value on its way through the policy.
struct Hit {
    rule: String,
    category: Category,
    priority: u8,
    span: Range<usize>,
    confidence: f32,
    reason: String,
    action: Action,
}

impl Scanner {
    /// Builds a scanner; every pattern of the policy is compiled here, once.
    pub fn new(policy: Policy) -> Scanner {
        Scanner { policy }
    }

    /// The policy this scanner applies.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Scans `text` with every rule of the policy, whatever the site.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        self.scan_on(text, None)
    }

    /// Scans `text` as typed on `host`, applying the rules' site scopes.
    ///
    /// Guarantees spans on char boundaries of `text`, sorted, never
    /// overlapping, because spans come from the normalised text through the
    /// offset map and overlaps are resolved before mapping.
    pub fn scan_on(&self, text: &str, host: Option<&str>) -> Vec<Finding> {
        self.scan_pieces(text, host, MAX_PIECE)
    }

    /// Scans `text` in pieces of at most `max` bytes, cut after a line
    /// break where there is one: the shared per-scan facts hold `u32`
    /// offsets (detect::Span). A value that spans a cut without a line
    /// break in `max` bytes is missed; no text is that long in one line.
    fn scan_pieces(&self, text: &str, host: Option<&str>, max: usize) -> Vec<Finding> {
        if text.len() <= max {
            return self.scan_piece(text, host);
        }
        let mut findings = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let mut end = util::floor_boundary(text, (at + max).min(text.len()));
            if end < text.len() {
                end = text[at..end].rfind('\n').map_or(end, |n| at + n + 1);
            }
            if end <= at {
                end = util::ceil_boundary(text, at + 1);
            }
            findings.extend(
                self.scan_piece(&text[at..end], host)
                    .into_iter()
                    .map(|mut f| {
                        f.span = f.span.start + at..f.span.end + at;
                        f
                    }),
            );
            at = end;
        }
        findings
    }

    fn scan_piece(&self, text: &str, host: Option<&str>) -> Vec<Finding> {
        let prepared = Prepared::new(text);
        let input = Input::new(
            &prepared.norm,
            &prepared.lower,
            &self.policy.internal_domains,
        );
        let mut hits = self.builtin_hits(&input, host);
        for rule in &self.policy.custom {
            if rule.settings.action != Action::Off && rule.settings.applies_to(host) {
                custom_hits(rule, &input, &mut hits);
            }
        }
        if let Some(numbers) = &self.policy.customer_numbers {
            if numbers.settings.action != Action::Off && numbers.settings.applies_to(host) {
                customer_hits(numbers, &input, &mut hits);
            }
        }
        let hits = resolve_overlaps(hits);
        hits.into_iter()
            .map(|h| Finding {
                rule: h.rule,
                category: h.category,
                span: prepared.original(h.span.start)..prepared.original(h.span.end),
                confidence: h.confidence,
                reason: h.reason,
                action: h.action,
            })
            .collect()
    }

    fn builtin_hits(&self, input: &Input<'_>, host: Option<&str>) -> Vec<Hit> {
        let mut candidates = Vec::new();
        let mut hits = Vec::new();
        let has_digit = input.text.bytes().any(|b| b.is_ascii_digit());
        let triggered = |d: &&Detector| d.trigger == Trigger::Any || has_digit;
        for detector in detect::DETECTORS
            .iter()
            .filter(triggered)
            .filter(|d| self.detector_active(d, host))
        {
            candidates.clear();
            (detector.detect)(input, &mut candidates);
            for c in candidates.drain(..) {
                if let Some(hit) = self.admit(detector.rules, c, input, host) {
                    hits.push(hit);
                }
            }
        }
        hits
    }

    fn detector_active(&self, detector: &Detector, host: Option<&str>) -> bool {
        detector.rules.iter().any(|r| {
            let s = self.policy.settings(r.id);
            s.action != Action::Off && s.applies_to(host)
        })
    }

    /// Applies the rule's settings and the allowlist to one candidate.
    fn admit(
        &self,
        rules: &[RuleSpec],
        c: Candidate,
        input: &Input<'_>,
        host: Option<&str>,
    ) -> Option<Hit> {
        let spec = rules.iter().find(|r| r.id == c.rule)?;
        let settings = self.policy.settings(spec.id);
        let valid_span = c.span.start < c.span.end
            && c.span.end <= input.text.len()
            && input.text.is_char_boundary(c.span.start)
            && input.text.is_char_boundary(c.span.end);
        let keep = valid_span
            && settings.action != Action::Off
            && settings.applies_to(host)
            && c.confidence >= settings.min_confidence
            && !self.policy.allow.allows(&input.text[c.span.clone()]);
        keep.then(|| Hit {
            rule: spec.id.to_owned(),
            category: spec.category,
            priority: spec.priority,
            span: c.span,
            confidence: c.confidence.clamp(0.0, 1.0),
            reason: c.reason.into_owned(),
            action: settings.action,
        })
    }
}

fn custom_hits(rule: &CustomRule, input: &Input<'_>, hits: &mut Vec<Hit>) {
    if !rule.keywords.is_empty()
        && !rule
            .keywords
            .iter()
            .any(|k| input.lower.contains(k.as_str()))
    {
        return;
    }
    for caps in rule.regex.captures_iter(input.text) {
        let Some(m) = caps.get(1).or_else(|| caps.get(0)) else {
            continue;
        };
        if m.start() == m.end() {
            continue;
        }
        let span = m.start()..m.end();
        let reason = match custom_context(rule, input, &span) {
            Some(reason) => reason,
            None => continue,
        };
        let value = m.as_str();
        if rule.allow.allows(value) || rule.confidence < rule.settings.min_confidence {
            continue;
        }
        hits.push(Hit {
            rule: rule.id.clone(),
            category: rule.category,
            priority: CUSTOM_PRIORITY,
            span,
            confidence: rule.confidence,
            reason,
            action: rule.settings.action,
        });
    }
}

/// Priority of customer-number matches: the organisation listed the number
/// itself, so it wins over everything but checksummed identifiers.
const CUSTOMER_PRIORITY: u8 = 92;

/// Candidates are the policy's pattern matches, or else digit runs of 5 to
/// 16 digits with single separators; each is hashed and looked up.
fn customer_hits(numbers: &CustomerNumbers, input: &Input<'_>, hits: &mut Vec<Hit>) {
    let spans: Vec<Range<usize>> = match &numbers.pattern {
        Some(re) => re
            .captures_iter(input.text)
            .filter_map(|c| c.get(1).or_else(|| c.get(0)))
            .map(|m| m.start()..m.end())
            .collect(),
        None => util::digit_runs(input.text, b" .-/")
            .filter(|r| (5..=16).contains(&r.digits.len()))
            .map(|r| r.span)
            .collect(),
    };
    for span in spans {
        if span.start < span.end && numbers.contains(&input.text[span.clone()]) {
            hits.push(Hit {
                rule: CUSTOMER_NUMBER_RULE.to_owned(),
                category: Category::Confidential,
                priority: CUSTOMER_PRIORITY,
                span,
                confidence: 1.0,
                reason: "on the organisation's list of customer numbers".to_owned(),
                action: numbers.settings.action,
            });
        }
    }
}

/// The reason for a custom match, or `None` when its context words are
/// required and absent.
fn custom_context(rule: &CustomRule, input: &Input<'_>, span: &Range<usize>) -> Option<String> {
    if rule.context.is_empty() {
        return Some(format!("matches the organisation's rule '{}'", rule.id));
    }
    let start = util::floor_boundary(input.lower, span.start.saturating_sub(rule.context_window));
    let end = util::ceil_boundary(input.lower, span.end + rule.context_window);
    let window = &input.lower[start..end];
    rule.context
        .iter()
        .find(|w| window.contains(w.as_str()))
        .map(|w| format!("near '{w}'"))
}

/// Keeps the most specific of overlapping hits: higher priority, then the
/// longer span, then the higher confidence.
fn resolve_overlaps(mut hits: Vec<Hit>) -> Vec<Hit> {
    util::sort_stable_by(&mut hits, |a, b| {
        b.priority
            .cmp(&a.priority)
            .then((b.span.end - b.span.start).cmp(&(a.span.end - a.span.start)))
            .then(b.confidence.total_cmp(&a.confidence))
            .then(a.span.start.cmp(&b.span.start))
    });
    // Accepted spans by start; they never overlap, so the neighbours of a
    // new span are enough to test it.
    let mut accepted: BTreeMap<usize, Hit> = BTreeMap::new();
    for hit in hits {
        let before = accepted.range(..hit.span.end).next_back();
        let overlaps = before.is_some_and(|(_, b)| b.span.end > hit.span.start);
        if !overlaps {
            accepted.insert(hit.span.start, hit);
        }
    }
    accepted.into_values().collect()
}

/// Scans `text` with `policy`, whatever the site.
///
/// Builds a [`Scanner`] each call; keep a `Scanner` to scan many texts.
pub fn scan(text: &str, policy: &Policy) -> Vec<Finding> {
    Scanner::new(policy.clone()).scan(text)
}

/// Time per built-in detector on `text`, best of `rounds`, for the
/// benchmarks: "prepare" for the normalisation, "facts: …" for each shared
/// per-scan fact, then each detector (named by its first rule) reading the
/// facts already found, as in a scan. Not a stable API.
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn detector_costs(text: &str, rounds: usize) -> Vec<(&'static str, std::time::Duration)> {
    use std::hint::black_box;
    use std::time::{Duration, Instant};
    // Each round times itself, so that it can set up what it needs first.
    let best = |round: &mut dyn FnMut() -> Duration| {
        (0..rounds.max(1))
            .map(|_| round())
            .min()
            .unwrap_or(Duration::ZERO)
    };
    let timed = |f: &mut dyn FnMut()| {
        let started = Instant::now();
        f();
        started.elapsed()
    };
    let mut costs = vec![(
        "prepare",
        best(&mut || timed(&mut || drop(black_box(Prepared::new(text))))),
    )];
    let prepared = Prepared::new(text);
    let domains = Vec::new();
    let fresh = || Input::new(&prepared.norm, &prepared.lower, &domains);
    // Long numbers are built from the digit groups and the long space runs
    // from both, which are timed on their own.
    type Fact = fn(&Input<'_>) -> usize;
    let facts: [(&'static str, Fact); 4] = [
        ("facts: digit groups", |i| i.digit_groups().len()),
        ("facts: long numbers", |i| i.long_numbers().len()),
        ("facts: long space runs", |i| i.long_space_runs().len()),
        ("facts: word runs", |i| i.word_runs().len()),
    ];
    let warm = fresh();
    for (i, (name, fact)) in facts.into_iter().enumerate() {
        let cost = best(&mut || {
            let input = fresh();
            if i > 0 {
                input.digit_groups();
            }
            if i > 1 {
                input.long_numbers();
            }
            timed(&mut || {
                black_box(fact(&input));
            })
        });
        costs.push((name, cost));
        fact(&warm);
    }
    for detector in detect::DETECTORS {
        let mut out = Vec::new();
        let cost = best(&mut || {
            timed(&mut || {
                out.clear();
                (detector.detect)(&warm, &mut out);
                black_box(&out);
            })
        });
        costs.push((detector.rules[0].id, cost));
    }
    costs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_scanned_in_pieces_cut_after_line_breaks() {
        let scanner = Scanner::new(Policy::default());
        let line = "IBAN CH93 0076 2011 6238 5295 7 bitte\n";
        let text = line.repeat(5);
        let whole = scanner.scan_pieces(&text, None, usize::MAX);
        let pieces = scanner.scan_pieces(&text, None, line.len() + 10);
        assert_eq!(whole.len(), 5);
        let spans = |f: &[Finding]| f.iter().map(|f| f.span.clone()).collect::<Vec<_>>();
        assert_eq!(spans(&pieces), spans(&whole));
    }
}
