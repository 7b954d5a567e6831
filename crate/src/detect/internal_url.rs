//! `internal_url`: URLs and hosts on the organisation's internal domains, private networks and internal TLDs.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "internal_url",
    category: Category::Confidential,
    description: "URLs and hosts on the organisation's internal domains, private networks and internal TLDs.",
    priority: 84,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
