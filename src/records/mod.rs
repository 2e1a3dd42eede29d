//! Structured records: any JSON-like value comes back in the same shape with
//! its personal data transformed, and a report of what was done.
//!
//! Each value is treated by the first of these that applies:
//! 1. a policy rule whose path matches the value itself;
//! 2. what the field's name says it holds (`email`, `phone`, `dob`, `name`,
//!    … in the languages of the detectors): the whole value is replaced with
//!    its type's operator (`AGE` and `POSTCODE` are generalized by default);
//! 3. a rule on an enclosing object or array (a `scan` there gives way to
//!    step 2, any other action applies to everything inside);
//! 4. identifiers, counts and amounts (`id`, `orderId`, `amount`, …) are
//!    kept when they hold a number or a string without letters;
//! 5. strings are scanned, numbers, booleans and `null` kept; in allowlist
//!    mode everything not covered by a rule is dropped instead.
//!
//! Numbers are never scanned: an `id` or `count` is never taken for a phone
//! number. Values of typed fields (steps 1–2) are also found in the free text
//! of the same record (or the whole batch, with `propagate: "batch"`), even
//! with no other cue: `"Hi, it's Jana again"` after `name: "Jana Nováková"`.

mod field_names;
mod path;
mod policy;

use std::borrow::Cow;

pub use policy::{FieldAction, Policy, Propagation, Rule, DEFAULT_MAX_DEPTH, MAX_DEPTH_LIMIT};

pub(crate) use field_names::FieldKinds;
use field_names::{FieldKind, AGE, POSTCODE};
use path::{render_into, Step};

use crate::blindfold::Blindfold;
use crate::detect::{utf16_len, KnownValues};
use crate::entity::EntityType;
use crate::error::{Error, ErrorKind, Result};
use crate::json::{write_string, write_value};
use crate::options::ScanCall;
use crate::transform::Operator;
use crate::value::Value;

/// One thing done to a record: a finding replaced or a field dropped. No raw
/// value and no token unless the call's `report` asks.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldFinding {
    /// Where in the record: `user.email`, `items[3].notes`.
    pub path: String,
    /// The entity type.
    pub entity: EntityType,
    /// The operator name, or `"drop"`.
    pub action: &'static str,
    /// The span in the field's string, in UTF-16 code units (the whole
    /// string for a field replaced as a whole); `None` for dropped fields and
    /// for numbers.
    pub span: Option<(usize, usize)>,
    /// What replaced it, with `report: { tokens: true }`.
    pub token: Option<String>,
    /// The original, with `report: { values: true }`.
    pub value: Option<String>,
}

/// The result of [`Blindfold::redact_record`].
#[derive(Clone, Debug, PartialEq)]
pub struct RedactedRecord {
    /// The record in its shape, personal data transformed, dropped fields
    /// left out (`null` if the whole record was dropped).
    pub value: Value<'static>,
    /// What was done, in document order.
    pub findings: Vec<FieldFinding>,
}

/// What happens to one value.
struct Decision {
    action: FieldAction,
    entity: EntityType,
    /// The rule path that scopes tokens, when the rule asks.
    scope: Option<String>,
}

impl Blindfold {
    /// Transforms one record per the policy; see the [module](crate::records)
    /// for the order in which rules, field names and defaults apply.
    ///
    /// # Errors
    /// [`ErrorKind::InvalidArgument`] with the path for nesting deeper than
    /// the policy's `maxDepth`; scanning errors (`INPUT_TOO_LARGE`) with the
    /// path of the field. Nothing is returned on error.
    pub fn redact_record(&mut self, record: &Value, call: &ScanCall) -> Result<RedactedRecord> {
        let (mut json, mut findings) = (String::new(), Vec::new());
        self.redact_one_into(record, call, &mut json, &mut findings)?;
        self.parsed(&json, findings)
    }

    /// [`Blindfold::redact_record`] encoded for the npm wrapper.
    ///
    /// # Errors
    /// As [`Blindfold::redact_record`].
    pub fn redact_record_encoded(
        &mut self,
        record: &Value,
        call: &ScanCall,
    ) -> Result<EncodedRecords> {
        let (mut json, mut findings) = (String::from("{\"value\":"), Vec::new());
        self.redact_one_into(record, call, &mut json, &mut findings)?;
        Ok(encode(json, &findings))
    }

    fn redact_one_into(
        &mut self,
        record: &Value,
        call: &ScanCall,
        json: &mut String,
        findings: &mut Vec<FieldFinding>,
    ) -> Result<()> {
        let mut typed = Vec::new();
        if self.policy.propagate != Propagation::Off {
            self.typed_values(record, &mut typed);
        }
        let known = self.known_values(call, &typed)?;
        self.see(typed.iter().map(|&(_, value)| value));
        let scope = RecordScope {
            call,
            known: &[&known],
            prefix: &[],
            unchanged: None,
        };
        Walk::new(scope, findings, json).record(self, record)
    }

    /// Transforms many records with one vault, so the same person gets the
    /// same token everywhere. With `propagate: "batch"`, values of typed
    /// fields of every record are found in the free text of all.
    ///
    /// # Errors
    /// As [`Blindfold::redact_record`], the path starting with the record's
    /// index (`[3].user.email`). Nothing is returned on error.
    pub fn redact_records(
        &mut self,
        records: &[Value],
        call: &ScanCall,
    ) -> Result<Vec<RedactedRecord>> {
        let batch = if self.policy.propagate == Propagation::Batch {
            self.batch_known(records)
        } else {
            KnownValues::default()
        };
        self.redact_records_with(records, call, &batch, 0)
    }

    /// The values of typed fields of every record, as known values for
    /// `propagate: "batch"` when a batch is processed in parts: built once,
    /// and noted in the vault as originals.
    pub fn batch_known(&mut self, records: &[Value]) -> KnownValues {
        let mut typed = Vec::new();
        for record in records {
            self.typed_values(record, &mut typed);
        }
        self.see(typed.iter().map(|&(_, value)| value));
        KnownValues::new(typed.iter().map(|(entity, value)| (entity.clone(), *value)))
    }

    /// [`Blindfold::redact_records`] for a part of a batch that starts at
    /// index `first`, with the batch's known values ([`Blindfold::batch_known`],
    /// or none).
    ///
    /// # Errors
    /// As [`Blindfold::redact_records`].
    pub fn redact_records_with(
        &mut self,
        records: &[Value],
        call: &ScanCall,
        batch: &KnownValues,
        first: usize,
    ) -> Result<Vec<RedactedRecord>> {
        let mut out = Vec::with_capacity(records.len());
        self.for_each_record(records, call, batch, first, |bf, record, scope| {
            let (mut json, mut findings) = (String::new(), Vec::new());
            Walk::new(scope, &mut findings, &mut json).record(bf, record)?;
            out.push(bf.parsed(&json, findings)?);
            Ok(())
        })?;
        Ok(out)
    }

    /// [`Blindfold::redact_records_with`] encoded for the npm wrapper.
    ///
    /// # Errors
    /// As [`Blindfold::redact_records`].
    pub fn redact_records_encoded(
        &mut self,
        records: &[Value],
        call: &ScanCall,
        batch: &KnownValues,
        first: usize,
    ) -> Result<EncodedRecords> {
        let (mut json, mut findings) = (String::from("{\"values\":["), Vec::new());
        let mut written = false;
        self.for_each_record(records, call, batch, first, |bf, record, scope| {
            if written {
                json.push(',');
            }
            written = true;
            Walk::new(scope, &mut findings, &mut json).record(bf, record)
        })?;
        json.push(']');
        Ok(encode(json, &findings))
    }

    /// Calls `each` with every record and what it is redacted with: the
    /// values it is to find (the call's, the batch's, the record's own), the
    /// record's index as a path, and the batch's unchanged strings.
    fn for_each_record<'r>(
        &mut self,
        records: &'r [Value],
        call: &ScanCall,
        batch: &KnownValues,
        first: usize,
        mut each: impl FnMut(&mut Blindfold, &'r Value, RecordScope<'_, 'r>) -> Result<()>,
    ) -> Result<()> {
        // The call's and the batch's values are built once; each record adds
        // its own (rebuilding the batch's per record made a batch quadratic
        // in its size).
        let from_call = self.known_values(call, &[])?;
        let mut unchanged = UnchangedTexts::default();
        let mut typed = Vec::new();
        // One table for every record's own values, emptied between records.
        let mut own = KnownValues::default();
        for (index, record) in records.iter().enumerate() {
            typed.clear();
            if self.policy.propagate == Propagation::Record {
                self.typed_values(record, &mut typed);
            }
            own.refill(typed.iter().map(|(entity, value)| (entity.clone(), *value)));
            self.see(typed.iter().map(|&(_, value)| value));
            let scope = RecordScope {
                call,
                known: &[&from_call, batch, &own],
                prefix: &[Step::Index(first + index)],
                unchanged: Some(&mut unchanged),
            };
            each(self, record, scope)?;
        }
        Ok(())
    }

    /// A record from the JSON text the walk wrote (what the npm wrapper
    /// reads, written without a tree built and dropped per record).
    fn parsed(&self, json: &str, findings: Vec<FieldFinding>) -> Result<RedactedRecord> {
        let value = Value::from_json(json, self.policy.max_depth.saturating_add(1))?;
        Ok(RedactedRecord {
            value: value.into_owned(),
            findings,
        })
    }

    /// Collects the strings of typed fields of `record` (rules with a type,
    /// or field names) into `out`.
    fn typed_values<'r>(&self, record: &'r Value, out: &mut Vec<(EntityType, &'r str)>) {
        let mut steps = Vec::new();
        self.collect_typed(record, &mut steps, None, None, out);
    }

    fn collect_typed<'r>(
        &self,
        value: &'r Value,
        steps: &mut Vec<Step<'r>>,
        inherited: Option<usize>,
        key: Option<&str>,
        out: &mut Vec<(EntityType, &'r str)>,
    ) {
        if steps.len() > self.policy.max_depth {
            return;
        }
        let matched = self.matching_rule(steps);
        let rule = matched.or(inherited);
        match value {
            Value::Object(entries) => {
                for (name, child) in entries {
                    steps.push(Step::Key(name));
                    self.collect_typed(child, steps, rule, Some(name), out);
                    steps.pop();
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    steps.push(Step::Index(index));
                    self.collect_typed(child, steps, rule, key, out);
                    steps.pop();
                }
            }
            // Three characters or more (counting stops at the third).
            Value::String(text) if text.chars().nth(2).is_some() => {
                let decision = self.decide(value, matched, inherited, key);
                let replaced =
                    matches!(&decision.action, FieldAction::Apply(op) if *op != Operator::Keep);
                if replaced && decision.entity != EntityType::FIELD {
                    out.push((decision.entity, text.as_ref()));
                }
            }
            _ => {}
        }
    }

    /// The first rule whose path matches `steps`.
    fn matching_rule(&self, steps: &[Step<'_>]) -> Option<usize> {
        let case_insensitive = self.policy.case_insensitive_keys;
        self.policy
            .rules
            .iter()
            .position(|rule| rule.pattern.matches(steps, case_insensitive))
    }

    /// The operator for a field of `entity` named by its key.
    fn field_operator(&self, entity: &EntityType) -> Operator {
        match self.operators.by_type.get(entity) {
            Some(operator) => operator.clone(),
            None if matches!(entity.as_str(), AGE | POSTCODE) => Operator::Generalize {
                keep_month: false,
                band: None,
                prefix: None,
            },
            None => self.operators.default.clone(),
        }
    }

    /// What happens to the leaf `value` (see the module docs for the order).
    fn decide(
        &self,
        value: &Value,
        matched: Option<usize>,
        inherited: Option<usize>,
        key: Option<&str>,
    ) -> Decision {
        let kind = if self.policy.key_names {
            key.and_then(|key| self.field_kinds.kind(key))
        } else {
            None
        };
        let named = match &kind {
            Some(FieldKind::Typed(entity)) => Some(entity.clone()),
            _ => None,
        };
        let field = || EntityType::FIELD;
        let from_rule = |index: usize| -> Option<Decision> {
            let rule = self.policy.rules.get(index)?;
            Some(Decision {
                action: rule.action.clone(),
                entity: rule
                    .entity
                    .clone()
                    .or_else(|| named.clone())
                    .unwrap_or_else(field),
                scope: rule.scoped.then(|| rule.path.clone()),
            })
        };
        if let Some(decision) = matched.and_then(from_rule) {
            return decision;
        }
        let inherited_rule = inherited.and_then(|index| self.policy.rules.get(index));
        let inherited_gives_way =
            inherited_rule.is_none_or(|rule| rule.action == FieldAction::Scan);
        if let (Some(entity), true) = (&named, inherited_gives_way) {
            if !self.policy.allowlist || inherited_rule.is_some() {
                return Decision {
                    action: FieldAction::Apply(self.field_operator(entity)),
                    entity: entity.clone(),
                    scope: None,
                };
            }
        }
        if let Some(decision) = inherited.and_then(from_rule) {
            return decision;
        }
        let keep = || Decision {
            action: FieldAction::Apply(Operator::Keep),
            entity: field(),
            scope: None,
        };
        if self.policy.allowlist {
            return Decision {
                action: FieldAction::Drop,
                entity: named.unwrap_or_else(field),
                scope: None,
            };
        }
        if kind == Some(FieldKind::Quantity) {
            let without_letters = match value {
                Value::String(text) => !text.chars().any(char::is_alphabetic),
                _ => true,
            };
            if without_letters {
                return keep();
            }
        }
        Decision {
            action: FieldAction::Scan,
            entity: field(),
            scope: None,
        }
    }
}

/// What one record is redacted with, besides the policy.
struct RecordScope<'c, 'r> {
    call: &'c ScanCall,
    /// Layers of known values; the last is the record's own.
    known: &'c [&'c KnownValues],
    /// Steps before the record's own (its index in a batch).
    prefix: &'c [Step<'c>],
    /// In a batch, its strings left unchanged so far.
    unchanged: Option<&'c mut UnchangedTexts<'r>>,
}

/// The state of one record's walk over a record borrowed for `'r`.
struct Walk<'c, 'r> {
    call: &'c ScanCall,
    known: &'c [&'c KnownValues],
    steps: Vec<Step<'r>>,
    /// Steps before the record's own (its index in a batch).
    prefix: &'c [Step<'c>],
    findings: &'c mut Vec<FieldFinding>,
    /// The redacted record as JSON text, written as the walk goes.
    json: &'c mut String,
    /// In a batch, its strings left unchanged so far.
    unchanged: Option<&'c mut UnchangedTexts<'r>>,
}

impl<'c, 'r> Walk<'c, 'r> {
    fn new(
        scope: RecordScope<'c, 'r>,
        findings: &'c mut Vec<FieldFinding>,
        json: &'c mut String,
    ) -> Self {
        Walk {
            call: scope.call,
            known: scope.known,
            steps: Vec::new(),
            prefix: scope.prefix,
            findings,
            json,
            unchanged: scope.unchanged,
        }
    }

    /// Writes `record` redacted as JSON text (`null` if the policy drops it
    /// whole), and appends what was done to the findings.
    fn record(&mut self, bf: &mut Blindfold, record: &'r Value) -> Result<()> {
        if !self.node(bf, record, None, None)? {
            self.json.push_str("null");
        }
        Ok(())
    }

    fn path(&self) -> String {
        // Room for most paths, so that rendering one does not regrow it.
        let mut path = String::with_capacity(32);
        render_into(self.prefix, &mut path);
        render_into(&self.steps, &mut path);
        path
    }

    fn error_path(&self) -> String {
        let path = self.path();
        if path.is_empty() {
            ".".to_owned()
        } else {
            path
        }
    }

    /// Writes `value` redacted; `false` (and nothing written) when it is
    /// left out.
    fn node(
        &mut self,
        bf: &mut Blindfold,
        value: &'r Value,
        inherited: Option<usize>,
        key: Option<&str>,
    ) -> Result<bool> {
        if self.steps.len() > bf.policy.max_depth {
            return Err(Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "the record is nested deeper than maxDepth ({})",
                    bf.policy.max_depth
                ),
            )
            .at_path(self.error_path()));
        }
        let matched = bf.matching_rule(&self.steps);
        let rule = matched.or(inherited);
        let rule_drops = rule
            .and_then(|index| bf.policy.rules.get(index))
            .is_some_and(|rule| rule.action == FieldAction::Drop);
        let container = matches!(value, Value::Object(_) | Value::Array(_));
        if container && rule_drops {
            self.push(EntityType::FIELD, "drop", None, None, None);
            return Ok(false);
        }
        let start = self.json.len();
        let kept = match value {
            Value::Object(entries) => {
                self.json.push('{');
                let mut kept = 0;
                for (name, child) in entries {
                    let before = self.json.len();
                    if kept > 0 {
                        self.json.push(',');
                    }
                    write_string(name, self.json);
                    self.json.push(':');
                    let step = Step::Key(name);
                    kept += usize::from(self.child(bf, step, child, rule, Some(name), before)?);
                }
                self.json.push('}');
                kept
            }
            Value::Array(items) => {
                self.json.push('[');
                let mut kept = 0;
                for (index, child) in items.iter().enumerate() {
                    let before = self.json.len();
                    if kept > 0 {
                        self.json.push(',');
                    }
                    let step = Step::Index(index);
                    kept += usize::from(self.child(bf, step, child, rule, key, before)?);
                }
                self.json.push(']');
                kept
            }
            leaf => return self.leaf(bf, leaf, matched, inherited, key),
        };
        if self.dropped_in_allowlist(bf, rule, kept == 0) {
            self.json.truncate(start);
            return Ok(false);
        }
        Ok(true)
    }

    /// Writes `value`, a container's item at `step` whose separator and key
    /// were written from `before`, taking all of it back if the item is left
    /// out; whether it was kept.
    fn child(
        &mut self,
        bf: &mut Blindfold,
        step: Step<'r>,
        value: &'r Value,
        rule: Option<usize>,
        key: Option<&str>,
        before: usize,
    ) -> Result<bool> {
        self.steps.push(step);
        let kept = self.node(bf, value, rule, key);
        self.steps.pop();
        if !kept? {
            self.json.truncate(before);
            return Ok(false);
        }
        Ok(true)
    }

    /// In allowlist mode, a container no rule covers leaves only if
    /// something inside it does (the record itself always stays).
    fn dropped_in_allowlist(&self, bf: &Blindfold, rule: Option<usize>, is_empty: bool) -> bool {
        bf.policy.allowlist && rule.is_none() && is_empty && !self.steps.is_empty()
    }

    fn leaf(
        &mut self,
        bf: &mut Blindfold,
        value: &'r Value,
        matched: Option<usize>,
        inherited: Option<usize>,
        key: Option<&str>,
    ) -> Result<bool> {
        let decision = bf.decide(value, matched, inherited, key);
        match (&decision.action, value) {
            (FieldAction::Drop, _) => {
                self.push(decision.entity, "drop", None, None, None);
                Ok(false)
            }
            (FieldAction::Scan, Value::String(text)) => {
                // The record's own values are the last layer; the others
                // are the same for every record of a batch.
                let own = self.known.last().copied();
                if let Some(unchanged) = self.unchanged.as_deref() {
                    if unchanged.holds(text, own) {
                        write_string(text, self.json);
                        return Ok(true);
                    }
                }
                let redacted = bf
                    .redact_with(text, self.known, self.call, "")
                    .map_err(|error| self.locate(error))?;
                if redacted.replacements.is_empty() {
                    if let Some(unchanged) = self.unchanged.as_deref_mut() {
                        unchanged.note(text, own);
                    }
                }
                for replacement in &redacted.replacements {
                    let token = self.call.report.tokens.then(|| {
                        redacted
                            .text
                            .get(replacement.output.clone())
                            .unwrap_or_default()
                            .to_owned()
                    });
                    let original = self.call.report.values.then(|| {
                        text.get(replacement.finding.byte_range())
                            .unwrap_or_default()
                            .to_owned()
                    });
                    self.push(
                        replacement.finding.entity.clone(),
                        replacement.operator.name(),
                        Some((replacement.finding.start, replacement.finding.end)),
                        token,
                        original,
                    );
                }
                write_string(&redacted.text, self.json);
                Ok(true)
            }
            (FieldAction::Apply(operator), Value::String(_) | Value::Number(_))
                if *operator != Operator::Keep =>
            {
                // A number is replaced as the text JavaScript writes for it;
                // its span in the report is left out (it has no string).
                let (text, span) = match value {
                    Value::String(text) if !text.is_empty() => {
                        (Cow::Borrowed(text.as_ref()), Some((0, utf16_len(text))))
                    }
                    Value::Number(number) => (Cow::Owned(format_number(number)), None),
                    _ => {
                        write_value(value, self.json);
                        return Ok(true);
                    }
                };
                bf.see([text.as_ref()]);
                // Room for a token or a short value: grown a byte at a time,
                // a placeholder was allocated twice.
                let mut out = String::with_capacity(text.len().max(48));
                let scope = decision.scope.as_deref().unwrap_or("");
                bf.apply(
                    operator,
                    &decision.entity,
                    &text,
                    self.call,
                    scope,
                    &mut out,
                )
                .map_err(|error| self.locate(error))?;
                write_string(&out, self.json);
                let token = self.call.report.tokens.then_some(out);
                let original = self.call.report.values.then(|| text.into_owned());
                self.push(decision.entity, operator.name(), span, token, original);
                Ok(true)
            }
            // Numbers, booleans, null and empty strings carry nothing to
            // replace; `keep` keeps.
            _ => {
                write_value(value, self.json);
                Ok(true)
            }
        }
    }

    fn push(
        &mut self,
        entity: EntityType,
        action: &'static str,
        span: Option<(usize, usize)>,
        token: Option<String>,
        value: Option<String>,
    ) {
        self.findings.push(FieldFinding {
            path: self.path(),
            entity,
            action,
            span,
            token,
            value,
        });
    }

    /// `error` with the path of the field being processed.
    fn locate(&self, error: Error) -> Error {
        let offset = error.offset();
        let located =
            Error::new(error.kind(), error.message().to_owned()).at_path(self.error_path());
        match offset {
            Some(offset) => located.at_offset(offset),
            None => located,
        }
    }
}

/// Absent in [`EncodedRecords::findings`]: no span, no token, no value.
pub const ABSENT: u32 = u32::MAX;

/// Redacted records as the npm wrapper reads them, in the form it reads
/// fastest: a report's findings as numbers, their strings once each.
#[derive(Clone, Debug, PartialEq)]
pub struct EncodedRecords {
    /// `{"value":…,"strings":[…]}` for one record, `{"values":[…],"strings":[…]}`
    /// for a batch: the records as JSON, and the strings the findings index.
    pub json: String,
    /// Seven numbers per finding, in order: `path`, `type`, `operator`
    /// (indexes into `strings`), `start`, `end` (UTF-16 code units), `token`,
    /// `value` (indexes into `strings`); [`ABSENT`] where a finding has none.
    pub findings: Vec<u32>,
}

/// Completes [`EncodedRecords`] from the JSON text of the records so far
/// (`{"value":…` or `{"values":[…]`) and their findings. (As JSON objects, a
/// batch's findings took the wrapper's `JSON.parse` 2.3 times as long as its
/// records, and more than this encoding and its decoding together.)
fn encode(mut json: String, findings: &[FieldFinding]) -> EncodedRecords {
    json.push_str(",\"strings\":[");
    let mut strings = StringTable::default();
    let mut numbers = Vec::with_capacity(7 * findings.len());
    let mut last_path: Option<(&str, u32)> = None;
    for finding in findings {
        // A field's findings are consecutive: its path is written once.
        let path = match last_path {
            Some((path, index)) if path == finding.path => index,
            _ => {
                let index = strings.push(&finding.path, &mut json);
                last_path = Some((&finding.path, index));
                index
            }
        };
        let (start, end) = finding.span.map_or((ABSENT, ABSENT), |(start, end)| {
            (to_u32(start), to_u32(end))
        });
        numbers.extend([
            path,
            strings.name(finding.entity.as_str(), &mut json),
            strings.name(finding.action, &mut json),
            start,
            end,
            finding
                .token
                .as_deref()
                .map_or(ABSENT, |token| strings.push(token, &mut json)),
            finding
                .value
                .as_deref()
                .map_or(ABSENT, |value| strings.push(value, &mut json)),
        ]);
    }
    json.push_str("]}");
    EncodedRecords {
        json,
        findings: numbers,
    }
}

fn to_u32(number: usize) -> u32 {
    u32::try_from(number).unwrap_or(ABSENT)
}

/// The strings of [`EncodedRecords`], written into its JSON as they come.
#[derive(Default)]
struct StringTable<'a> {
    count: u32,
    /// Type and operator names, few and repeated by every finding.
    names: Vec<(&'a str, u32)>,
}

impl<'a> StringTable<'a> {
    /// Writes `text` as the next string; its index.
    fn push(&mut self, text: &str, json: &mut String) -> u32 {
        if self.count > 0 {
            json.push(',');
        }
        write_string(text, json);
        self.count += 1;
        self.count - 1
    }

    /// The index of `name`, written the first time.
    fn name(&mut self, name: &'a str, json: &mut String) -> u32 {
        if let Some(&(_, index)) = self.names.iter().find(|(known, _)| *known == name) {
            return index;
        }
        let index = self.push(name, json);
        self.names.push((name, index));
        index
    }
}

/// A number's text to transform: as it was read (`JSON.stringify` writes
/// each number as `String(n)` does), else as JavaScript writes it. (Written
/// afresh, a number far beyond 10^±22 takes tens of microseconds.)
fn format_number(number: &crate::value::Number<'_>) -> String {
    let mut text = String::new();
    number.write(&mut text);
    text
}

/// Strings of a batch that scanning left unchanged, found again without a
/// scan: a batch's records repeat the values of their fixed fields (a
/// country, a plan, a ticket's subject), and each scan costs more than a
/// look-up. A string is noted, and found, only where the record's own known
/// values do not stand in it: then its scan reads the same candidates in
/// every record of the batch (the detectors, the call's and the batch's
/// values are the same for all), and so finds nothing again.
#[derive(Default)]
struct UnchangedTexts<'r> {
    texts: foldhash::HashSet<&'r str>,
}

impl<'r> UnchangedTexts<'r> {
    /// Longer strings rarely repeat, and would cost more to hash.
    const MAX_LEN: usize = 256;
    /// Bounds the set's memory in a batch of unique strings.
    const MAX_TEXTS: usize = 4096;

    fn holds(&self, text: &str, own: Option<&KnownValues>) -> bool {
        text.len() <= Self::MAX_LEN
            && self.texts.contains(text)
            && !own.is_some_and(|own| own.found_in(text))
    }

    fn note(&mut self, text: &'r str, own: Option<&KnownValues>) {
        if text.len() <= Self::MAX_LEN
            && self.texts.len() < Self::MAX_TEXTS
            && !own.is_some_and(|own| own.found_in(text))
        {
            self.texts.insert(text);
        }
    }
}
