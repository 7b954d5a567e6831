//! `person_name`: Full names of people, recognised by honorifics, greetings, signatures and introductions.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[RuleSpec {
    id: "person_name",
    category: Category::Personal,
    description: "Full names of people, recognised by honorifics, greetings, signatures and introductions.",
    priority: 30,
    matches: examples![],
    ignores: examples![],
}];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
