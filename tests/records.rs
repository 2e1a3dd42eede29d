//! Records: policies by field path, field-name heuristics, allowlist mode,
//! cross-field propagation, batches and the report.

#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use blindfold::{Blindfold, KeySpec, KnownValues, Options, ReportDetail, ScanCall, Value};

fn json(text: &str) -> Value<'_> {
    Value::from_json(text, 64).unwrap()
}

fn redactor(options: &str) -> Blindfold {
    let mut options = Options::from_value(&json(options)).unwrap();
    options.key = Some(KeySpec::from_bytes("k1", &[7; 32]));
    Blindfold::new(options).unwrap()
}

fn redact(bf: &mut Blindfold, record: &str) -> (String, Vec<(String, String, &'static str)>) {
    let redacted = bf
        .redact_record(&json(record), &ScanCall::default())
        .unwrap();
    let findings = redacted
        .findings
        .iter()
        .map(|f| (f.path.clone(), f.entity.to_string(), f.action))
        .collect();
    (redacted.value.to_json(), findings)
}

const FORM: &str = r#"{
  "id": 4711, "orderId": "20260812000123", "amount": 1299.99, "count": 3,
  "name": "Jana Nováková", "email": "jana@example.com", "phone": "+420 601 123 456",
  "dob": "1985-03-12", "age": 41, "zip": "11000", "consent": true, "note": null,
  "message": "Hi, it's Jana again. Card 4111 1111 1111 1111; call +420 601 123 456.",
  "company_name": "Acme s.r.o."
}"#;

#[test]
fn field_names_give_sensible_treatment_with_no_policy() {
    let mut bf = redactor("{}");
    let (out, findings) = redact(&mut bf, FORM);
    let value = json(&out);
    let Value::Object(fields) = &value else {
        panic!()
    };
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    // Identifiers, counts and amounts stay numbers (or digit strings).
    assert_eq!(get("id"), Value::Number(4711.0.into()));
    assert_eq!(get("orderId"), Value::String("20260812000123".into()));
    assert_eq!(get("amount"), Value::Number(1299.99.into()));
    assert_eq!(get("count"), Value::Number(3.0.into()));
    assert_eq!(get("consent"), Value::Bool(true));
    assert_eq!(get("note"), Value::Null);
    // Typed fields are replaced as a whole with their type's operator.
    assert_eq!(get("name"), Value::String("<PERSON_1>".into()));
    assert_eq!(get("email"), Value::String("<EMAIL_1>".into()));
    assert_eq!(get("phone"), Value::String("<PHONE_1>".into()));
    assert_eq!(get("dob"), Value::String("<DATE_OF_BIRTH_1>".into()));
    assert_eq!(
        get("age"),
        Value::String("40-49".into()),
        "ages become bands"
    );
    assert_eq!(
        get("zip"),
        Value::String("110**".into()),
        "postcodes keep a prefix"
    );
    assert_eq!(get("company_name"), Value::String("Acme s.r.o.".into()));
    // Free text is scanned, and the typed values are found in it.
    let Value::String(message) = get("message") else {
        panic!()
    };
    // "Jana" alone is its own placeholder, so restore gives back exactly
    // what was written.
    assert_eq!(
        message,
        "Hi, it's <PERSON_2> again. Card <CREDIT_CARD_1>; call <PHONE_1>."
    );
    assert!(!out.contains("Jana") && !out.contains("601 123"));
    let paths: Vec<&str> = findings.iter().map(|(p, _, _)| p.as_str()).collect();
    assert_eq!(
        paths,
        ["name", "email", "phone", "dob", "age", "zip", "message", "message", "message"]
    );
    // The same values restore.
    assert_eq!(
        bf.restore("Dear <PERSON_1>, we called <PHONE_1>.").text,
        "Dear Jana Nováková, we called +420 601 123 456."
    );
}

#[test]
fn rules_by_path_with_wildcards_win_over_field_names() {
    let mut bf = redactor(
        r#"{"operators":{"EMAIL":"pseudonym"},"policy":{"rules":[
            {"path":"user.email","op":"label"},
            {"path":"items[*].phone","op":{"mask":{"keepLast":3}}},
            {"path":"**.ssn","op":"drop"},
            {"path":"meta","op":"keep"},
            {"path":"**.secretNotes","op":"redact"}
        ]}}"#,
    );
    let (out, findings) = redact(
        &mut bf,
        r#"{"user":{"email":"a@b.co","backup_email":"c@d.co","ssn":"123-45-6789"},
            "items":[{"phone":"+1 415 555 0100"},{"phone":"+1 415 555 0199","ssn":"1"}],
            "meta":{"email":"ops@acme.example","ip":"8.8.8.8"},
            "deep":{"a":{"secretNotes":"x"}}}"#,
    );
    assert_eq!(
        out,
        r#"{"user":{"email":"[EMAIL]","backup_email":"EMAIL_k1_"#.to_owned()
            + &out[out.find("EMAIL_k1_").unwrap() + 9..out.find("EMAIL_k1_").unwrap() + 21]
            + r#""},"items":[{"phone":"+• ••• ••• •100"},{"phone":"+• ••• ••• •199"}],"meta":{"email":"ops@acme.example","ip":"8.8.8.8"},"deep":{"a":{"secretNotes":""}}}"#
    );
    let dropped: Vec<&str> = findings
        .iter()
        .filter(|(_, _, action)| *action == "drop")
        .map(|(p, _, _)| p.as_str())
        .collect();
    assert_eq!(dropped, ["user.ssn", "items[1].ssn"]);
}

#[test]
fn allowlist_mode_lets_only_listed_fields_leave() {
    let mut bf = redactor(
        r#"{"policy":{"mode":"allowlist","rules":[
            {"path":"ticket.subject","op":"scan"},
            {"path":"ticket.body","op":"scan"},
            {"path":"user.email","op":"pseudonym"},
            {"path":"tags","op":"keep"}
        ]}}"#,
    );
    let (out, findings) = redact(
        &mut bf,
        r#"{"ticket":{"subject":"Refund","body":"Mail me at jana@example.com","internal":"x"},
            "user":{"email":"jana@example.com","name":"Jana","plan":"pro"},
            "tags":["a","b"],"debug":{"trace":"..."}}"#,
    );
    assert!(
        out.starts_with(r#"{"ticket":{"subject":"Refund","body":"Mail me at <EMAIL_1>"}"#),
        "{out}"
    );
    assert!(out.contains(r#""user":{"email":"EMAIL_k1_"#), "{out}");
    assert!(out.ends_with(r#""tags":["a","b"]}"#), "{out}");
    for gone in ["internal", "name", "plan", "debug", "trace"] {
        assert!(!out.contains(gone), "{gone}: {out}");
    }
    let dropped = findings.iter().filter(|f| f.2 == "drop").count();
    assert_eq!(dropped, 4, "{findings:?}");
}

#[test]
fn scoped_pseudonyms_differ_per_field_and_unscoped_ones_join() {
    let mut bf = redactor(
        r#"{"policy":{"rules":[
            {"path":"sender","op":"pseudonym","type":"EMAIL","scope":"field"},
            {"path":"recipient","op":"pseudonym","type":"EMAIL"},
            {"path":"cc","op":"pseudonym","type":"EMAIL"}
        ]}}"#,
    );
    let (out, _) = redact(
        &mut bf,
        r#"{"sender":"jana@example.com","recipient":"jana@example.com","cc":"Jana@Example.com"}"#,
    );
    let Value::Object(fields) = json(&out) else {
        panic!()
    };
    let token = |i: usize| match &fields[i].1 {
        Value::String(s) => s.clone(),
        _ => panic!(),
    };
    assert_ne!(token(0), token(1), "scoped by field");
    assert_eq!(
        token(1),
        token(2),
        "normalized value, same type: same token"
    );
    assert_eq!(bf.restore(&token(0)).text, "jana@example.com");
}

#[test]
fn batches_share_the_vault_and_can_propagate_across_records() {
    let records = [
        json(r#"{"name":"Jana Nováková","text":"first"}"#),
        json(r#"{"name":"Piet de Vries","text":"Jana asked Piet to call."}"#),
    ];
    let mut per_record = redactor("{}");
    let out = per_record
        .redact_records(&records, &ScanCall::default())
        .unwrap();
    assert_eq!(
        out[1].value.to_json(),
        r#"{"name":"<PERSON_2>","text":"Jana asked <PERSON_3> to call."}"#
    );
    let mut batch = redactor(r#"{"policy":{"propagate":"batch"}}"#);
    let out = batch
        .redact_records(&records, &ScanCall::default())
        .unwrap();
    assert_eq!(
        out[1].value.to_json(),
        r#"{"name":"<PERSON_2>","text":"<PERSON_3> asked <PERSON_4> to call."}"#
    );
    assert_eq!(batch.restore("<PERSON_3>").text, "Jana");
    assert_eq!(out[1].findings[0].path, "[1].name");
    let mut off = redactor(r#"{"policy":{"propagate":"off"}}"#);
    let out = off.redact_records(&records, &ScanCall::default()).unwrap();
    assert!(out[1].value.to_json().contains("Jana asked Piet"));
}

#[test]
fn a_string_repeated_in_a_batch_is_redacted_for_each_records_own_values() {
    // The same string in every record: unchanged for the first two (their
    // names do not stand in it), holding the third record's name.
    let records = [
        json(r#"{"name":"Jana Nováková","status":"waiting for Piet"}"#),
        json(r#"{"name":"Eva Malá","status":"waiting for Piet"}"#),
        json(r#"{"name":"Piet de Vries","status":"waiting for Piet"}"#),
        json(r#"{"name":"Tomáš Dvořák","status":"waiting for Piet"}"#),
    ];
    let statuses = |values: Vec<Value>| -> Vec<String> {
        values
            .iter()
            .map(|value| match value {
                Value::Object(fields) => fields[1].1.to_json(),
                other => panic!("not a record: {other:?}"),
            })
            .collect()
    };
    let expected = [
        r#""waiting for Piet""#,
        r#""waiting for Piet""#,
        r#""waiting for <PERSON_4>""#,
        r#""waiting for Piet""#,
    ];
    let mut bf = redactor("{}");
    let out = bf.redact_records(&records, &ScanCall::default()).unwrap();
    assert_eq!(
        statuses(out.into_iter().map(|r| r.value).collect()),
        expected
    );
    // The encoded batch (what the npm package calls) reads the same.
    let mut bf = redactor("{}");
    let encoded = bf
        .redact_records_encoded(&records, &ScanCall::default(), &KnownValues::default(), 0)
        .unwrap();
    let Value::Object(fields) = json(&encoded.json) else {
        panic!("not an object: {}", encoded.json)
    };
    let Value::Array(values) = fields[0].1.clone() else {
        panic!("no values: {}", encoded.json)
    };
    assert_eq!(statuses(values), expected);
}

#[test]
fn reports_hold_no_values_or_tokens_unless_asked() {
    let mut bf = redactor("{}");
    let record = json(r#"{"email":"jana@example.com","notes":"call +1 415 555 0100"}"#);
    let plain = bf.redact_record(&record, &ScanCall::default()).unwrap();
    assert!(plain
        .findings
        .iter()
        .all(|f| f.token.is_none() && f.value.is_none()));
    assert_eq!(plain.findings[0].span, Some((0, 16)));
    assert_eq!(plain.findings[1].span, Some((5, 20)));
    let call = ScanCall {
        report: ReportDetail {
            tokens: true,
            values: true,
        },
        ..ScanCall::default()
    };
    let detailed = bf.redact_record(&record, &call).unwrap();
    assert_eq!(detailed.findings[1].token.as_deref(), Some("<PHONE_1>"));
    assert_eq!(
        detailed.findings[1].value.as_deref(),
        Some("+1 415 555 0100")
    );
}

#[test]
fn limits_and_errors_name_the_path() {
    let mut bf = redactor(r#"{"policy":{"maxDepth":3},"maxInputLength":10}"#);
    let deep = json(r#"{"a":{"b":{"c":{"d":1}}}}"#);
    let error = bf.redact_record(&deep, &ScanCall::default()).unwrap_err();
    assert_eq!(
        (error.code(), error.path()),
        ("INVALID_ARGUMENT", Some("a.b.c.d"))
    );
    let long = json(r#"{"list":["short","this is longer than ten"]}"#);
    let error = bf.redact_record(&long, &ScanCall::default()).unwrap_err();
    assert_eq!(
        (error.code(), error.path()),
        ("INPUT_TOO_LARGE", Some("list[1]"))
    );
    let bad = Options::from_value(&json(
        r#"{"policy":{"rules":[{"path":"a","op":"scan"},{"path":"b[","op":"scan"}]}}"#,
    ));
    assert_eq!(bad.unwrap_err().path(), Some("policy.rules[1].path"));
    let keyless = Blindfold::new(
        Options::from_value(&json(
            r#"{"policy":{"rules":[{"path":"a","op":"pseudonym"}]}}"#,
        ))
        .unwrap(),
    );
    assert_eq!(keyless.unwrap_err().code(), "INVALID_KEY");
}

#[test]
fn prototype_keys_are_plain_data() {
    let mut bf = redactor("{}");
    let (out, _) = redact(
        &mut bf,
        r#"{"__proto__":{"email":"a@b.co"},"constructor":"x","prototype":{"polluted":true}}"#,
    );
    assert_eq!(
        out,
        r#"{"__proto__":{"email":"<EMAIL_1>"},"constructor":"x","prototype":{"polluted":true}}"#
    );
}

#[test]
fn encoded_for_the_wrapper_each_string_once() {
    use blindfold::records::ABSENT;
    let mut bf = redactor(r#"{"policy":{"rules":[{"path":"ssn","op":"drop"}]}}"#);
    let call = ScanCall {
        report: ReportDetail {
            tokens: true,
            values: false,
        },
        ..ScanCall::default()
    };
    let records = [
        json(r#"{"ssn":"123-45-6789","notes":"a@b.co or c@d.co"}"#),
        json(r#"{"notes":"a@b.co"}"#),
    ];
    let encoded = bf
        .redact_records_encoded(&records, &call, &KnownValues::default(), 0)
        .unwrap();
    assert_eq!(
        encoded.json,
        concat!(
            r#"{"values":[{"notes":"<EMAIL_1> or <EMAIL_2>"},{"notes":"<EMAIL_1>"}],"#,
            r#""strings":["[0].ssn","US_SSN","drop","[0].notes","EMAIL","placeholder","<EMAIL_1>","<EMAIL_2>","[1].notes","<EMAIL_1>"]}"#
        )
    );
    assert_eq!(
        encoded.findings,
        [
            [0, 1, 2, ABSENT, ABSENT, ABSENT, ABSENT],
            [3, 4, 5, 0, 6, 6, ABSENT],
            [3, 4, 5, 10, 16, 7, ABSENT],
            [8, 4, 5, 0, 6, 9, ABSENT],
        ]
        .concat()
    );
    let one = bf.redact_record_encoded(&records[1], &call).unwrap();
    assert!(one
        .json
        .starts_with(r#"{"value":{"notes":"<EMAIL_1>"},"strings":["#));
    // What the Rust API returns is what was encoded.
    let parts = bf.redact_records(&records, &call).unwrap();
    assert_eq!(parts[1].value.to_json(), r#"{"notes":"<EMAIL_1>"}"#);
}

#[test]
fn numbers_keep_their_text_and_are_transformed_as_javascript_writes_them() {
    // Written back as read, however they were written (JSON.stringify
    // writes each as `String(n)` does).
    let mut bf = redactor("{}");
    let (out, _) = redact(&mut bf, r#"{"amount":1.50,"big":1E+21,"tiny":5e-324}"#);
    assert_eq!(out, r#"{"amount":1.50,"big":1E+21,"tiny":5e-324}"#);
    // A number field transformed: its text read, or as JavaScript writes a
    // number built in Rust.
    let mut bf = redactor(r#"{"policy":{"rules":[{"path":"n","op":"mask"}]}}"#);
    let (out, _) = redact(&mut bf, r#"{"n":123456789}"#);
    assert_eq!(out, r#"{"n":"•••••6789"}"#);
    let built = Value::Object(vec![("n".into(), Value::Number(1.5e21.into()))]);
    let redacted = bf.redact_record(&built, &ScanCall::default()).unwrap();
    assert_eq!(redacted.value.to_json(), r#"{"n":"•.••+21"}"#);
}
