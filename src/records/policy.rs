//! The record policy: rules by field path, the mode, and the limits, read
//! from plain data and checked when the redactor is created.

use sha2::{Digest, Sha256};

use super::path::PathPattern;
use crate::entity::EntityType;
use crate::error::Result;
use crate::transform::Operator;
use crate::value::{invalid, join, Fields, Value};

/// What a rule does with the fields it matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldAction {
    /// Replace the whole value with this operator.
    Apply(Operator),
    /// Find personal data inside the string (the default for strings).
    Scan,
    /// Leave the field out of the result.
    Drop,
}

impl FieldAction {
    /// The action's name in policies and reports.
    pub fn name(&self) -> &'static str {
        match self {
            FieldAction::Apply(operator) => operator.name(),
            FieldAction::Scan => "scan",
            FieldAction::Drop => "drop",
        }
    }
}

/// Whether values found in one record are also looked for elsewhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Propagation {
    /// Values of typed fields are found in the free text of the same record.
    #[default]
    Record,
    /// … and in every record of the same batch.
    Batch,
    /// Not at all.
    Off,
}

/// One rule of a policy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub(crate) pattern: PathPattern,
    /// The path pattern as written.
    pub path: String,
    /// What is done to matching fields.
    pub action: FieldAction,
    /// The entity type of matching fields (default: read from the key
    /// name, else `FIELD`).
    pub entity: Option<EntityType>,
    /// Pseudonyms and surrogates are drawn per rule, not only per type, so
    /// the same value in two fields gets two tokens.
    pub scoped: bool,
}

/// How records are treated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Policy {
    /// First matching rule wins; a rule on an object or array is the default
    /// for everything inside it.
    pub rules: Vec<Rule>,
    /// Only fields a rule keeps, scans or transforms leave the page;
    /// everything else is dropped.
    pub allowlist: bool,
    /// Read what a field holds from its name (`email`, `phone`, `dob`…).
    pub key_names: bool,
    /// Match rule paths ignoring the case of keys.
    pub case_insensitive_keys: bool,
    /// Where values of typed fields are looked for.
    pub propagate: Propagation,
    /// The deepest nesting accepted.
    pub max_depth: usize,
    hash: String,
}

/// The default and largest nesting of a record.
pub const DEFAULT_MAX_DEPTH: usize = 64;
/// The largest `maxDepth` accepted.
pub const MAX_DEPTH_LIMIT: usize = 1000;

impl Default for Policy {
    fn default() -> Policy {
        let mut policy = Policy {
            rules: Vec::new(),
            allowlist: false,
            key_names: true,
            case_insensitive_keys: false,
            propagate: Propagation::Record,
            max_depth: DEFAULT_MAX_DEPTH,
            hash: String::new(),
        };
        policy.hash = policy.compute_hash();
        policy
    }
}

impl Policy {
    /// Reads a policy at `path` (`policy`).
    ///
    /// # Errors
    /// [`ErrorKind::InvalidOptions`](crate::ErrorKind::InvalidOptions) naming
    /// the offending rule or field.
    pub fn from_value(value: &Value, path: &str) -> Result<Policy> {
        let fields = Fields::new(
            value,
            path,
            &[
                "rules",
                "mode",
                "keyNames",
                "caseInsensitiveKeys",
                "propagate",
                "maxDepth",
            ],
        )?;
        let rules = fields.array("rules", Rule::from_value)?.unwrap_or_default();
        let allowlist = match fields.string("mode")? {
            None | Some("scan") => false,
            Some("allowlist") => true,
            Some(_) => {
                return Err(invalid(
                    &fields.path("mode"),
                    "expected \"scan\" or \"allowlist\"",
                ))
            }
        };
        let propagate = match fields.string("propagate")? {
            None | Some("record") => Propagation::Record,
            Some("batch") => Propagation::Batch,
            Some("off") => Propagation::Off,
            Some(_) => {
                return Err(invalid(
                    &fields.path("propagate"),
                    "expected \"record\", \"batch\" or \"off\"",
                ))
            }
        };
        let max_depth = fields.integer("maxDepth")?.unwrap_or(DEFAULT_MAX_DEPTH);
        if !(1..=MAX_DEPTH_LIMIT).contains(&max_depth) {
            return Err(invalid(
                &fields.path("maxDepth"),
                format!("maxDepth must lie between 1 and {MAX_DEPTH_LIMIT}"),
            ));
        }
        let mut policy = Policy {
            rules,
            allowlist,
            key_names: fields.boolean("keyNames")?.unwrap_or(true),
            case_insensitive_keys: fields.boolean("caseInsensitiveKeys")?.unwrap_or(false),
            propagate,
            max_depth,
            hash: String::new(),
        };
        policy.hash = policy.compute_hash();
        Ok(policy)
    }

    /// A stable hash of what the policy does (SHA-256 of its canonical form,
    /// 16 hex digits), for reports: two equal policies written differently
    /// (fields reordered, defaults spelled out) hash the same.
    pub fn hash(&self) -> &str {
        &self.hash
    }

    fn compute_hash(&self) -> String {
        let mut canonical = format!(
            "blindfold/policy/v1\0mode={}\0keyNames={}\0caseInsensitiveKeys={}\0propagate={:?}\0maxDepth={}\0",
            if self.allowlist { "allowlist" } else { "scan" },
            self.key_names,
            self.case_insensitive_keys,
            self.propagate,
            self.max_depth
        );
        for rule in &self.rules {
            canonical.push_str(&format!(
                "rule\0{}\0{:?}\0{}\0{}\0",
                rule.path,
                rule.action,
                rule.entity.as_ref().map_or("", EntityType::as_str),
                rule.scoped
            ));
        }
        let digest = Sha256::digest(canonical.as_bytes());
        digest
            .iter()
            .take(8)
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }
}

impl Rule {
    fn from_value(value: &Value, path: &str) -> Result<Rule> {
        let fields = Fields::new(value, path, &["path", "op", "type", "scope"])?;
        let pattern_text = fields
            .string("path")?
            .ok_or_else(|| invalid(path, "a rule needs `path`"))?;
        let pattern = PathPattern::parse(pattern_text, &fields.path("path"))?;
        let op_path = fields.path("op");
        let action = match fields.get("op") {
            None => return Err(invalid(path, "a rule needs `op`")),
            Some(Value::String(name)) if name == "scan" => FieldAction::Scan,
            Some(Value::String(name)) if name == "drop" => FieldAction::Drop,
            Some(op) => {
                FieldAction::Apply(Operator::from_value(op, &op_path).map_err(|error| {
                    if matches!(op, Value::String(_)) {
                        invalid(&op_path, format!("{}; or scan, drop", error.message()))
                    } else {
                        error
                    }
                })?)
            }
        };
        let entity = match fields.string("type")? {
            None => None,
            Some(name) => Some(
                EntityType::new(name)
                    .map_err(|error| invalid(&fields.path("type"), error.message()))?,
            ),
        };
        let scoped = match fields.string("scope")? {
            None | Some("type") => false,
            Some("field") => true,
            Some(_) => {
                return Err(invalid(
                    &fields.path("scope"),
                    "expected \"type\" or \"field\"",
                ))
            }
        };
        if let FieldAction::Apply(Operator::DateShift { .. }) = &action {
            if entity
                .as_ref()
                .is_some_and(|e| *e != EntityType::DATE_OF_BIRTH)
            {
                return Err(invalid(
                    &join(path, "op"),
                    "dateShift is defined for dates only",
                ));
            }
        }
        Ok(Rule {
            pattern,
            path: pattern_text.to_owned(),
            action,
            entity,
            scoped,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::tests::from_json;

    #[test]
    fn policies_read_and_hash_stably() {
        let policy = Policy::from_value(
            &from_json(
                r#"{"rules":[{"path":"user.email","op":"pseudonym","scope":"field"},
                    {"path":"**.notes","op":"scan"},{"path":"internal","op":"drop"},
                    {"path":"card","op":{"mask":{"keepLast":4}},"type":"CREDIT_CARD"}],
                    "mode":"allowlist","maxDepth":10}"#,
            ),
            "policy",
        )
        .unwrap();
        assert_eq!(policy.rules.len(), 4);
        assert!(policy.allowlist && policy.rules[0].scoped);
        assert_eq!(policy.rules[1].action, FieldAction::Scan);
        assert_eq!(policy.hash().len(), 16);
        let same = Policy::from_value(
            &from_json(
                r#"{"maxDepth":10,"mode":"allowlist","keyNames":true,"rules":[{"scope":"field","op":"pseudonym","path":"user.email"},
                    {"path":"**.notes","op":"scan"},{"path":"internal","op":"drop"},
                    {"path":"card","op":{"mask":{"keepLast":4,"keepFirst":0}},"type":"CREDIT_CARD"}]}"#,
            ),
            "policy",
        )
        .unwrap();
        assert_eq!(
            policy.hash(),
            same.hash(),
            "written differently, same policy"
        );
        assert_ne!(policy.hash(), Policy::default().hash());
    }

    #[test]
    fn bad_policies_name_the_rule() {
        let rows = [
            (
                r#"{"rules":[{"path":"a","op":"scan"},{"path":"b","op":"hash"}]}"#,
                "policy.rules[1].op",
            ),
            (
                r#"{"rules":[{"path":"a..b","op":"scan"}]}"#,
                "policy.rules[0].path",
            ),
            (r#"{"rules":[{"op":"scan"}]}"#, "policy.rules[0]"),
            (r#"{"rules":[{"path":"a"}]}"#, "policy.rules[0]"),
            (
                r#"{"rules":[{"path":"a","op":"scan","typo":1}]}"#,
                "policy.rules[0].typo",
            ),
            (
                r#"{"rules":[{"path":"a","op":"scan","scope":"row"}]}"#,
                "policy.rules[0].scope",
            ),
            (
                r#"{"rules":[{"path":"a","op":"label","type":"lower"}]}"#,
                "policy.rules[0].type",
            ),
            (r#"{"mode":"deny"}"#, "policy.mode"),
            (r#"{"maxDepth":0}"#, "policy.maxDepth"),
            (r#"{"propagate":"world"}"#, "policy.propagate"),
            (r#"{"rules":{}}"#, "policy.rules"),
        ];
        for (json, path) in rows {
            let error = Policy::from_value(&from_json(json), "policy").unwrap_err();
            assert_eq!(
                (error.code(), error.path()),
                ("INVALID_OPTIONS", Some(path)),
                "{json}: {}",
                error.message()
            );
        }
    }
}
