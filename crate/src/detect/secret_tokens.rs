//! Vendor tokens with a known prefix: AWS, GitHub, Slack, Google.

use super::{Candidate, Input, RuleSpec};
use crate::Category;

pub(crate) const RULES: &[RuleSpec] = &[
    RuleSpec {
        id: "secret_aws_key",
        category: Category::Secret,
        description: "AWS access key ids (AKIA…) and secret access keys assigned to an AWS key name.",
        priority: 98,
        matches: examples![],
        ignores: examples![],
    },
    RuleSpec {
        id: "secret_github_token",
        category: Category::Secret,
        description: "GitHub tokens (ghp_, gho_, ghu_, ghs_, ghr_, github_pat_) with a valid CRC32 where one exists.",
        priority: 98,
        matches: examples![],
        ignores: examples![],
    },
    RuleSpec {
        id: "secret_slack_token",
        category: Category::Secret,
        description: "Slack tokens (xoxb-, xoxp-, …) and Slack webhook URLs.",
        priority: 98,
        matches: examples![],
        ignores: examples![],
    },
    RuleSpec {
        id: "secret_google_api_key",
        category: Category::Secret,
        description: "Google API keys (AIza followed by 35 characters).",
        priority: 98,
        matches: examples![],
        ignores: examples![],
    },
];

pub(crate) fn detect(_input: &Input<'_>, _out: &mut Vec<Candidate>) {}
