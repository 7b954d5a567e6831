//! The binding layer, compiled to wasm and run by wasm-bindgen-test in Node:
//! the types and errors JS sees.
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]

use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

use composeguard::wasm_api::Scanner;

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

#[wasm_bindgen_test]
fn findings_carry_utf16_offsets_after_an_emoji() {
    let scanner = Scanner::new(Some(
        r#"{"rules":{"custom":[{"id":"code","pattern":"PRJ-[0-9]+"}]}}"#.into(),
    ));
    let text = "😀 PRJ-42";
    let list = js_sys::Array::from(&scanner.scan(text, None).expect("scan"));
    let first = list.get(0);
    assert_eq!(get(&first, "rule").as_string().as_deref(), Some("code"));
    assert_eq!(
        get(&first, "start").as_f64(),
        Some(3.0),
        "the emoji is two UTF-16 units"
    );
    assert_eq!(get(&first, "end").as_f64(), Some(9.0));
}

#[wasm_bindgen_test]
fn a_broken_policy_lists_its_errors_and_still_builds() {
    let scanner = Scanner::new(Some(r#"{"rules":{"email":{"action":"loud"}}}"#.into()));
    let errors = js_sys::Array::from(&scanner.policy_errors().expect("errors"));
    assert_eq!(errors.length(), 1);
    assert_eq!(
        get(&errors.get(0), "path").as_string().as_deref(),
        Some("rules.email.action")
    );
}

#[wasm_bindgen_test]
fn strict_construction_fails_with_the_cli_message() {
    let Err(error) = Scanner::strict(r#"{"rules":{"ibna":{}}}"#) else {
        panic!("an unknown rule id must fail strict construction");
    };
    let message = get(&JsValue::from(error), "message")
        .as_string()
        .unwrap_or_default();
    assert_eq!(
        message,
        "rules.ibna: unknown rule id (see `composeguard rules list`)"
    );
}

#[wasm_bindgen_test]
fn redact_rejects_findings_that_are_not_objects() {
    let scanner = Scanner::new(None);
    assert!(scanner.redact("text", JsValue::from_str("nope")).is_err());
}

fn error_message(result: Result<String, wasm_bindgen::JsError>) -> String {
    match result {
        Ok(text) => panic!("expected an error, got {text:?}"),
        Err(error) => get(&JsValue::from(error), "message")
            .as_string()
            .unwrap_or_default(),
    }
}

#[wasm_bindgen_test]
fn redact_masks_the_spans_it_is_given_and_defaults_to_personal() {
    let scanner = Scanner::new(None);
    let text = "IBAN CH93 0076 2011 6238 5295 7.";
    let findings = js_sys::JSON::parse(r#"[{"start": 5, "end": 31}]"#).expect("json");
    let redacted = scanner.redact(text, findings).expect("redact");
    assert!(redacted.starts_with("IBAN CH93 "), "{redacted}");
    assert!(
        redacted.contains('•') && !redacted.contains("2011"),
        "{redacted}"
    );
    assert!(redacted.ends_with("7."), "{redacted}");
}

#[wasm_bindgen_test]
fn redact_and_mask_name_the_field_at_fault() {
    let scanner = Scanner::new(None);
    let bad_start = js_sys::JSON::parse(r#"[{"start": 0, "end": 4}, {"start": "x", "end": 4}]"#);
    assert_eq!(
        error_message(scanner.redact("text", bad_start.expect("json"))),
        "findings[1].start: expected a whole number of UTF-16 units"
    );
    let bad_category = js_sys::JSON::parse(r#"{"start": 0, "end": 4, "category": "loud"}"#);
    assert_eq!(
        error_message(scanner.mask("text", bad_category.expect("json"))),
        "finding.category: expected one of personal, secret, confidential"
    );
}
