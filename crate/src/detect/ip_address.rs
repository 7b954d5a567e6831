//! `ip_address`: IPv4 and IPv6 addresses, not versions or dates.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "ip_address",
    category: Category::Personal,
    description: "IPv4 and IPv6 addresses, not versions or dates.",
    priority: 62,
    matches: &[],
    ignores: &[],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
