//! The JavaScript boundary: the only module that knows about `JsValue`.
//!
//! Every method has the same shape: convert the arguments, call the core,
//! convert the result, and map a core [`Error`] to a JS `Error` whose `name` is
//! `"BlindfoldError"` and which carries `code`, and `path` or `offset` where
//! known. The npm wrapper turns that into its `BlindfoldError` class.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

use crate::error::{Error, ErrorKind};
use crate::records::EncodedRecords;
use crate::{Blindfold, Operator, Options, Restored, ScanCall, Value, OPERATOR_NAMES};

/// The wasm-side engine; the npm package's `Blindfold` class wraps it.
#[wasm_bindgen(js_name = BlindfoldCore)]
pub struct BlindfoldCore {
    inner: Blindfold,
    /// The known values of a whole batch processed in parts (`propagate:
    /// "batch"`), built once at `beginBatch`.
    batch_known: crate::KnownValues,
}

#[wasm_bindgen(js_class = BlindfoldCore)]
impl BlindfoldCore {
    /// Checks `options` (a plain object, or `undefined`) and builds the engine.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<BlindfoldCore, JsValue> {
        let options = Options::from_value(&plain_object(&options)?).map_err(to_js_error)?;
        let inner = Blindfold::new(options).map_err(to_js_error)?;
        Ok(BlindfoldCore {
            inner,
            batch_known: crate::KnownValues::default(),
        })
    }

    /// See [`Blindfold::scan`]. Returns the findings flattened for speed:
    /// `[typeIndex, start, end, score × 10000, …]`, where `typeIndex` indexes
    /// [`BlindfoldCore::entity_types`].
    pub fn scan(&self, text: &str, options: JsValue) -> Result<Vec<u32>, JsValue> {
        let call = ScanCall::from_value(&plain_object(&options)?).map_err(to_js_error)?;
        let findings = self.inner.scan_with(text, &call).map_err(to_js_error)?;
        let mut flat = Vec::with_capacity(findings.len() * 4);
        for finding in &findings {
            self.push_finding(&mut flat, finding);
        }
        Ok(flat)
    }

    /// See [`Blindfold::redact_text`]. Returns `{ text, flat }` where `flat`
    /// holds `[typeIndex, start, end, score × 10000, operatorIndex, …]`;
    /// `operatorIndex` indexes [`OPERATOR_NAMES`].
    #[wasm_bindgen(js_name = redactText)]
    pub fn redact_text(&mut self, text: &str, options: JsValue) -> Result<js_sys::Object, JsValue> {
        let call = ScanCall::from_value(&plain_object(&options)?).map_err(to_js_error)?;
        let redacted = self.inner.redact_text(text, &call).map_err(to_js_error)?;
        let mut flat = Vec::with_capacity(redacted.replacements.len() * 5);
        for replacement in &redacted.replacements {
            self.push_finding(&mut flat, &replacement.finding);
            flat.push(operator_index(&replacement.operator));
        }
        let result = js_sys::Object::new();
        set(&result, "text", &redacted.text.into());
        set(
            &result,
            "flat",
            &js_sys::Uint32Array::from(flat.as_slice()).into(),
        );
        Ok(result)
    }

    /// See [`Blindfold::redact_record`]: `record` is JSON text; returns
    /// `{ json, findings }` (see [`EncodedRecords`]).
    #[wasm_bindgen(js_name = redactRecord)]
    pub fn redact_record(
        &mut self,
        record: &str,
        options: JsValue,
    ) -> Result<js_sys::Object, JsValue> {
        let call = ScanCall::from_value(&plain_object(&options)?).map_err(to_js_error)?;
        // maxDepth counts steps to a value; JSON nesting counts containers,
        // one more.
        let max_nesting = self.inner.policy().max_depth.saturating_add(1);
        let value = Value::from_json(record, max_nesting).map_err(to_js_error)?;
        let redacted = self
            .inner
            .redact_record_encoded(&value, &call)
            .map_err(to_js_error)?;
        Ok(encoded(redacted))
    }

    /// Builds the known values of a whole batch (JSON array text) for
    /// `propagate: "batch"`, kept while it is processed in parts.
    #[wasm_bindgen(js_name = beginBatch)]
    pub fn begin_batch(&mut self, records: &str) -> Result<(), JsValue> {
        self.batch_known = crate::KnownValues::default();
        if self.inner.policy().propagate == crate::records::Propagation::Batch {
            let records = batch_from_json(records, self.inner.policy().max_depth)?;
            self.batch_known = self.inner.batch_known(&records);
        }
        Ok(())
    }

    /// Whether the policy propagates values across a batch, so that
    /// [`BlindfoldCore::begin_batch`] needs the whole batch.
    #[wasm_bindgen(getter, js_name = propagatesAcrossBatch)]
    pub fn propagates_across_batch(&self) -> bool {
        self.inner.policy().propagate == crate::records::Propagation::Batch
    }

    /// Forgets the batch's known values.
    #[wasm_bindgen(js_name = endBatch)]
    pub fn end_batch(&mut self) {
        self.batch_known = crate::KnownValues::default();
    }

    /// See [`Blindfold::redact_records_with`]: a part of the batch begun
    /// with [`BlindfoldCore::begin_batch`], as JSON array text, whose first
    /// record has index `first`. Returns `{ json, findings }` as
    /// [`Blindfold::redact_records_encoded`] encodes them.
    #[wasm_bindgen(js_name = redactRecords)]
    pub fn redact_records(
        &mut self,
        records: &str,
        options: JsValue,
        first: usize,
    ) -> Result<js_sys::Object, JsValue> {
        let call = ScanCall::from_value(&plain_object(&options)?).map_err(to_js_error)?;
        let records = batch_from_json(records, self.inner.policy().max_depth)?;
        let redacted = self
            .inner
            .redact_records_encoded(&records, &call, &self.batch_known, first)
            .map_err(to_js_error)?;
        Ok(encoded(redacted))
    }

    /// The id of the key new tokens are made with, if any.
    #[wasm_bindgen(getter, js_name = keyId)]
    pub fn key_id(&self) -> Option<String> {
        self.inner.key_id().map(str::to_owned)
    }

    /// The policy's stable hash.
    #[wasm_bindgen(getter, js_name = policyHash)]
    pub fn policy_hash(&self) -> String {
        self.inner.policy().hash().to_owned()
    }

    /// The deepest nesting a record may have.
    #[wasm_bindgen(getter, js_name = maxDepth)]
    pub fn max_depth(&self) -> usize {
        self.inner.policy().max_depth
    }

    /// See [`Blindfold::restore`]. Returns `{ text, unresolved }`.
    pub fn restore(&self, text: &str) -> js_sys::Object {
        restored_to_js(self.inner.restore(text))
    }

    /// One step of a streamed restore: `{ text, rest, before, unresolved }`,
    /// where `rest` is the held-back suffix to prepend to the next chunk and
    /// `before` the character (or `""`) to pass with it.
    #[wasm_bindgen(js_name = restoreChunk)]
    pub fn restore_chunk(&self, text: &str, before: &str, last: bool) -> js_sys::Object {
        let step = self
            .inner
            .restore_prefix(text, before.chars().next_back(), last);
        let result = restored_to_js(step.restored);
        set(&result, "rest", &step.rest.into());
        let before = step.before.map(String::from).unwrap_or_default();
        set(&result, "before", &before.into());
        result
    }

    /// See [`Blindfold::export_vault`].
    #[wasm_bindgen(js_name = exportVault)]
    pub fn export_vault(&self) -> Result<Vec<u8>, JsValue> {
        self.inner.export_vault().map_err(to_js_error)
    }

    /// See [`Blindfold::import_vault`].
    #[wasm_bindgen(js_name = importVault)]
    pub fn import_vault(&mut self, bytes: &[u8]) -> Result<(), JsValue> {
        self.inner.import_vault(bytes).map_err(to_js_error)
    }

    /// Forgets every token issued so far.
    #[wasm_bindgen(js_name = clearVault)]
    pub fn clear_vault(&mut self) {
        self.inner.clear_vault();
    }

    /// The entity type names that [`BlindfoldCore::scan`]'s indexes refer to.
    #[wasm_bindgen(js_name = entityTypes)]
    pub fn entity_types(&self) -> Vec<String> {
        self.inner
            .entities()
            .iter()
            .map(|t| t.as_str().to_owned())
            .collect()
    }

    /// See [`Blindfold::pseudonymize`].
    pub fn pseudonymize(&mut self, value: &str, entity: &str) -> Result<String, JsValue> {
        self.inner.pseudonymize(value, entity).map_err(to_js_error)
    }
}

impl BlindfoldCore {
    /// Appends `[typeIndex, start, end, score × 10000]` for one finding.
    fn push_finding(&self, flat: &mut Vec<u32>, finding: &crate::Finding) {
        let type_index = self
            .inner
            .entities()
            .iter()
            .position(|t| *t == finding.entity)
            .unwrap_or(usize::MAX);
        flat.extend([
            u32::try_from(type_index).unwrap_or(u32::MAX),
            u32::try_from(finding.start).unwrap_or(u32::MAX),
            u32::try_from(finding.end).unwrap_or(u32::MAX),
            (finding.score * 10_000.0).round() as u32,
        ]);
    }
}

/// `{ json, findings }`: the JSON text, and the findings as a `Uint32Array`.
fn encoded(records: EncodedRecords) -> js_sys::Object {
    let result = js_sys::Object::new();
    set(&result, "json", &records.json.into());
    set(
        &result,
        "findings",
        &js_sys::Uint32Array::from(records.findings.as_slice()).into(),
    );
    result
}

/// JSON array text to its records; the array is one more level of nesting.
fn batch_from_json(records: &str, max_depth: usize) -> Result<Vec<Value<'_>>, JsValue> {
    match Value::from_json(records, max_depth.saturating_add(2)).map_err(to_js_error)? {
        Value::Array(items) => Ok(items),
        other => Err(to_js_error(Error::new(
            ErrorKind::InvalidArgument,
            format!("expected an array of records, got {}", other.kind()),
        ))),
    }
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

/// Converts options (a plain object) to a [`Value`]; `undefined` is `{}`.
fn plain_object(value: &JsValue) -> Result<Value<'static>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Value::Object(Vec::new()));
    }
    if !is_plain_object(value) {
        return Err(to_js_error(Error::new(
            ErrorKind::InvalidOptions,
            "options must be a plain object",
        )));
    }
    to_value(value, &mut String::new(), &mut Vec::new()).map_err(to_js_error)
}

/// The deepest nesting accepted in options.
const MAX_OPTIONS_DEPTH: usize = 32;

/// Converts a JS value to a [`Value`], refusing what JSON cannot hold with
/// the path of the offending value. `stack` holds the objects being walked,
/// to name cycles.
fn to_value(
    value: &JsValue,
    path: &mut String,
    stack: &mut Vec<JsValue>,
) -> Result<Value<'static>, Error> {
    let refuse = |path: &str, what: &str| {
        Error::new(
            ErrorKind::InvalidOptions,
            format!("{what} is not supported here"),
        )
        .at_path(if path.is_empty() { "." } else { path })
    };
    if value.is_null() || value.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(flag) = value.as_bool() {
        return Ok(Value::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        return if number.is_finite() {
            Ok(Value::Number(number.into()))
        } else {
            Err(refuse(path, "a non-finite number"))
        };
    }
    if let Some(text) = value.as_string() {
        return Ok(Value::String(text.into()));
    }
    if let Some(bytes) = value.dyn_ref::<js_sys::Uint8Array>() {
        return Ok(Value::Bytes(bytes.to_vec()));
    }
    if !value.is_object() {
        let kind = value.js_typeof().as_string().unwrap_or_default();
        return Err(refuse(path, &format!("a value of type {kind}")));
    }
    if stack.len() >= MAX_OPTIONS_DEPTH {
        return Err(refuse(path, "nesting this deep"));
    }
    if stack.iter().any(|seen| js_sys::Object::is(seen, value)) {
        return Err(refuse(path, "a cyclic reference"));
    }
    stack.push(value.clone());
    let result = if js_sys::Array::is_array(value) {
        let array = js_sys::Array::from(value);
        let mut items = Vec::with_capacity(array.length() as usize);
        for index in 0..array.length() {
            let mark = path.len();
            path.push_str(&format!("[{index}]"));
            let item = Reflect::get_u32(value, index)
                .map_err(|_| refuse(path, "an element that throws when read"))
                .and_then(|item| to_value(&item, path, stack));
            path.truncate(mark);
            items.push(item?);
        }
        Ok(Value::Array(items))
    } else if is_plain_object(value) {
        let keys = js_sys::Reflect::own_keys(value)
            .map_err(|_| refuse(path, "an object whose keys cannot be listed"))?;
        let mut entries = Vec::with_capacity(keys.length() as usize);
        for key in keys.iter() {
            let Some(name) = key.as_string() else {
                continue;
            }; // symbol keys are not data
            let mark = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&crate::value::shown(&name));
            let item = Reflect::get(value, &key)
                .map_err(|_| refuse(path, "a property that throws when read"))
                .and_then(|item| to_value(&item, path, stack));
            path.truncate(mark);
            entries.push((name.into(), item?));
        }
        Ok(Value::Object(entries))
    } else {
        Err(refuse(
            path,
            "an object that is not a plain object or array",
        ))
    };
    stack.pop();
    result
}

/// An object whose prototype is `Object.prototype` or `null`.
fn is_plain_object(value: &JsValue) -> bool {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return false;
    }
    let proto = js_sys::Object::get_prototype_of(value);
    proto.is_null()
        || js_sys::Object::is(
            &proto,
            &js_sys::Object::get_prototype_of(&js_sys::Object::new()),
        )
}

fn operator_index(operator: &Operator) -> u32 {
    let index = OPERATOR_NAMES
        .iter()
        .position(|name| *name == operator.name());
    index
        .and_then(|i| u32::try_from(i).ok())
        .unwrap_or(u32::MAX)
}

/// The operator names for `redactText`'s indexes.
#[wasm_bindgen(js_name = operatorNames)]
pub fn operator_names() -> Vec<String> {
    OPERATOR_NAMES
        .iter()
        .map(|name| (*name).to_owned())
        .collect()
}

/// `{ text, unresolved }` for a [`Restored`].
fn restored_to_js(restored: Restored) -> js_sys::Object {
    let result = js_sys::Object::new();
    set(&result, "text", &restored.text.into());
    let unresolved: js_sys::Array = restored
        .unresolved
        .iter()
        .map(|t| JsValue::from_str(t))
        .collect();
    set(&result, "unresolved", &unresolved.into());
    result
}

/// Sets a property on an object this module just created (cannot fail: a
/// fresh plain object is neither frozen nor a proxy).
fn set(object: &js_sys::Object, name: &str, value: &JsValue) {
    let _ = Reflect::set(object, &name.into(), value);
}

fn to_js_error(error: Error) -> JsValue {
    let js_error = js_sys::Error::new(error.message());
    js_error.set_name("BlindfoldError");
    let object: &JsValue = js_error.as_ref();
    // Reflect::set only fails on frozen or proxied targets; a fresh Error is neither.
    let _ = Reflect::set(object, &"code".into(), &error.code().into());
    if let Some(path) = error.path() {
        let _ = Reflect::set(object, &"path".into(), &path.into());
    }
    if let Some(offset) = error.offset() {
        let _ = Reflect::set(object, &"offset".into(), &(offset as f64).into());
    }
    js_error.into()
}

/// Benchmark-only entry points (feature `boundary-bench`): the same record
/// redaction with records passed as JS objects, to measure what JSON text
/// saves.
#[cfg(feature = "boundary-bench")]
#[wasm_bindgen(js_class = BlindfoldCore)]
impl BlindfoldCore {
    /// Walks the record with serde-wasm-bindgen and writes the result,
    /// `{ value, findings }` as `redactRecord` returns it, back the same way.
    #[wasm_bindgen(js_name = redactRecordSerde)]
    pub fn redact_record_serde(&mut self, record: JsValue) -> Result<JsValue, JsValue> {
        use serde::Serialize as _;
        let json: serde_json::Value = serde_wasm_bindgen::from_value(record)?;
        let value = from_serde(json);
        let redacted = self
            .inner
            .redact_record(&value, &ScanCall::default())
            .map_err(to_js_error)?;
        let findings = redacted.findings.iter().map(|finding| {
            let mut entry = serde_json::Map::new();
            entry.insert("path".into(), finding.path.clone().into());
            entry.insert("type".into(), finding.entity.as_str().into());
            entry.insert("operator".into(), finding.action.into());
            if let Some((start, end)) = finding.span {
                entry.insert("start".into(), start.into());
                entry.insert("end".into(), end.into());
            }
            serde_json::Value::Object(entry)
        });
        let mut result = serde_json::Map::new();
        result.insert("value".into(), to_serde(&redacted.value));
        result.insert("findings".into(), findings.collect());
        serde_json::Value::Object(result)
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(JsValue::from)
    }

    /// Walks the record with this module's own Reflect walker (the one
    /// options use) and builds the result, `{ value, findings }`, with
    /// `Reflect::set`.
    #[wasm_bindgen(js_name = redactRecordWalk)]
    pub fn redact_record_walk(&mut self, record: JsValue) -> Result<JsValue, JsValue> {
        let value = to_value(&record, &mut String::new(), &mut Vec::new()).map_err(to_js_error)?;
        let redacted = self
            .inner
            .redact_record(&value, &ScanCall::default())
            .map_err(to_js_error)?;
        let findings = js_sys::Array::new();
        for finding in &redacted.findings {
            let entry = js_sys::Object::new();
            set(&entry, "path", &finding.path.as_str().into());
            set(&entry, "type", &finding.entity.as_str().into());
            set(&entry, "operator", &finding.action.into());
            if let Some((start, end)) = finding.span {
                set(&entry, "start", &(start as f64).into());
                set(&entry, "end", &(end as f64).into());
            }
            findings.push(&entry);
        }
        let result = js_sys::Object::new();
        set(&result, "value", &value_to_js(&redacted.value));
        set(&result, "findings", &findings);
        Ok(result.into())
    }
}

#[cfg(feature = "boundary-bench")]
fn from_serde(value: serde_json::Value) -> Value<'static> {
    match value {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(flag) => Value::Bool(flag),
        serde_json::Value::Number(number) => Value::Number(number.as_f64().unwrap_or(0.0).into()),
        serde_json::Value::String(text) => Value::String(text.into()),
        serde_json::Value::Array(items) => {
            Value::Array(items.into_iter().map(from_serde).collect())
        }
        serde_json::Value::Object(entries) => Value::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k.into(), from_serde(v)))
                .collect(),
        ),
    }
}

#[cfg(feature = "boundary-bench")]
fn to_serde(value: &Value<'_>) -> serde_json::Value {
    match value {
        Value::Null | Value::Bytes(_) => serde_json::Value::Null,
        Value::Bool(flag) => serde_json::Value::Bool(*flag),
        Value::Number(number) => serde_json::Number::from_f64(number.value())
            .map_or(serde_json::Value::Null, serde_json::Value::Number),
        Value::String(text) => serde_json::Value::String(text.to_string()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(to_serde).collect()),
        Value::Object(entries) => serde_json::Value::Object(
            entries
                .iter()
                .map(|(k, v)| (k.to_string(), to_serde(v)))
                .collect(),
        ),
    }
}

#[cfg(feature = "boundary-bench")]
fn value_to_js(value: &Value) -> JsValue {
    match value {
        Value::Null | Value::Bytes(_) => JsValue::NULL,
        Value::Bool(flag) => JsValue::from_bool(*flag),
        Value::Number(number) => JsValue::from_f64(number.value()),
        Value::String(text) => JsValue::from_str(text),
        Value::Array(items) => items
            .iter()
            .map(value_to_js)
            .collect::<js_sys::Array>()
            .into(),
        Value::Object(entries) => {
            let object = js_sys::Object::new();
            for (key, item) in entries {
                set(&object, key, &value_to_js(item));
            }
            object.into()
        }
    }
}
