//! The JSON output matches its documented schema, `docs/analysis.schema.json`.
//!
//! A small validator for the part of JSON Schema the document uses: type,
//! const, enum, required, properties, additionalProperties, items, anyOf,
//! $ref, minimum and maximum.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use whosaid::{analyze, Report};

fn schema() -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/analysis.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn resolve<'a>(root: &'a Value, s: &'a Value) -> &'a Value {
    match s.get("$ref").and_then(Value::as_str) {
        Some(r) => {
            let name = r.strip_prefix("#/$defs/").expect("local refs only");
            resolve(root, &root["$defs"][name])
        }
        None => s,
    }
}

fn type_ok(t: &str, v: &Value) -> bool {
    match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_u64() || v.is_i64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        "null" => v.is_null(),
        other => panic!("unknown type {other}"),
    }
}

fn validate(root: &Value, schema: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    // A $ref may sit beside other keywords ("required" on a $ref'd counts object).
    if schema.get("$ref").is_some() {
        validate(root, resolve(root, schema), v, path, errors);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        let passes = any.iter().any(|s| {
            let mut e = Vec::new();
            validate(root, s, v, path, &mut e);
            e.is_empty()
        });
        if !passes {
            errors.push(format!("{path}: matches no anyOf branch: {v}"));
        }
    }
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        if !type_ok(t, v) {
            errors.push(format!("{path}: expected {t}, got {v}"));
            return;
        }
    }
    if let Some(c) = schema.get("const") {
        if c != v {
            errors.push(format!("{path}: expected {c}, got {v}"));
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            errors.push(format!("{path}: {v} not in {e:?}"));
        }
    }
    if let (Some(min), Some(n)) = (schema.get("minimum").and_then(Value::as_f64), v.as_f64()) {
        if n < min {
            errors.push(format!("{path}: {n} < {min}"));
        }
    }
    if let (Some(max), Some(n)) = (schema.get("maximum").and_then(Value::as_f64), v.as_f64()) {
        if n > max {
            errors.push(format!("{path}: {n} > {max}"));
        }
    }
    if let Some(obj) = v.as_object() {
        for r in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !obj.contains_key(r.as_str().unwrap()) {
                errors.push(format!("{path}: missing {r}"));
            }
        }
        let props = schema.get("properties").and_then(Value::as_object);
        for (k, child) in obj {
            let p = format!("{path}.{k}");
            match (
                props.and_then(|p| p.get(k)),
                schema.get("additionalProperties"),
            ) {
                (Some(s), _) => validate(root, s, child, &p, errors),
                (None, Some(Value::Bool(false))) => errors.push(format!("{p}: not in the schema")),
                (None, Some(s @ Value::Object(_))) => validate(root, s, child, &p, errors),
                _ => {}
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, child) in arr.iter().enumerate() {
            validate(root, items, child, &format!("{path}[{i}]"), errors);
        }
    }
}

fn check(value: &Value) {
    let root = schema();
    let mut errors = Vec::new();
    validate(&root, &root, value, "$", &mut errors);
    assert!(
        errors.is_empty(),
        "schema violations:\n{}",
        errors.join("\n")
    );
}

#[test]
fn golden_outputs_match_the_schema() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "txt") {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut report = Report::new(&text, &analyze(&text));
            check(&serde_json::to_value(&report).unwrap());
            report.to_utf16(&text);
            check(&serde_json::to_value(&report).unwrap());
        }
    }
}

#[test]
fn the_validator_catches_drift() {
    let text = "Officials said so.";
    let mut v = serde_json::to_value(Report::new(text, &analyze(text))).unwrap();
    v["attributions"][0]["source"]["kind"] = "famous".into();
    v["summary"]["extra"] = 1.into();
    let root = schema();
    let mut errors = Vec::new();
    validate(&root, &root, &v, "$", &mut errors);
    assert_eq!(errors.len(), 2, "{errors:?}");
}
