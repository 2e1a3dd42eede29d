//! The JavaScript boundary: the only module that knows about `JsValue`.
//!
//! Every method has the same shape: convert the arguments, call the core,
//! convert the result, and map a core [`Error`] to a JS `Error` whose `name` is
//! `"BlindfoldError"` and which carries `code`, and `path` or `offset` where
//! known. The npm wrapper turns that into its `BlindfoldError` class.

use js_sys::Reflect;
use wasm_bindgen::prelude::*;

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::error::{Error, ErrorKind};
use crate::{Blindfold, EntityType, KnownValues, Options};

/// The wasm-side engine; the npm package's `Blindfold` class wraps it.
#[wasm_bindgen(js_name = BlindfoldCore)]
pub struct BlindfoldCore {
    inner: Blindfold,
}

#[wasm_bindgen(js_class = BlindfoldCore)]
impl BlindfoldCore {
    /// Checks `options` (a plain object, or `undefined`) and builds the engine.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<BlindfoldCore, JsValue> {
        let options: Options = options_from_js(options)?;
        let inner = Blindfold::new(options).map_err(to_js_error)?;
        Ok(BlindfoldCore { inner })
    }

    /// See [`Blindfold::scan`]. Returns the findings flattened for speed:
    /// `[typeIndex, start, end, score × 10000, …]`, where `typeIndex` indexes
    /// [`BlindfoldCore::entity_types`].
    pub fn scan(&self, text: &str, options: JsValue) -> Result<Vec<u32>, JsValue> {
        let types = self.inner.entities();
        let findings = if options.is_undefined() || options.is_null() {
            self.inner.scan(text)
        } else {
            let options: ScanCallOptions = options_from_js(options)?;
            let known = options.known.unwrap_or_default();
            for entity in known.keys() {
                if !types.contains(entity) {
                    return Err(to_js_error(
                        Error::new(
                            ErrorKind::InvalidArgument,
                            format!("known values of type {entity}, which this instance does not detect"),
                        )
                        .at_path(format!("known.{entity}")),
                    ));
                }
            }
            let known = KnownValues::new(
                known.iter().flat_map(|(entity, values)| values.iter().map(move |v| (entity.clone(), v.as_str()))),
            );
            self.inner.scan_with(text, &known)
        }
        .map_err(to_js_error)?;
        let mut flat = Vec::with_capacity(findings.len() * 4);
        for finding in findings {
            let index = types
                .iter()
                .position(|t| *t == finding.entity)
                .unwrap_or(usize::MAX);
            flat.extend([
                u32::try_from(index).unwrap_or(u32::MAX),
                u32::try_from(finding.start).unwrap_or(u32::MAX),
                u32::try_from(finding.end).unwrap_or(u32::MAX),
                (finding.score * 10_000.0).round() as u32,
            ]);
        }
        Ok(flat)
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
    pub fn pseudonymize(&self, value: &str, entity: &str) -> Result<String, JsValue> {
        self.inner.pseudonymize(value, entity).map_err(to_js_error)
    }
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

/// The second argument of `scan`.
#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScanCallOptions {
    known: Option<BTreeMap<EntityType, Vec<String>>>,
}

fn options_from_js<T: DeserializeOwned + Default>(value: JsValue) -> Result<T, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    if !is_plain_object(&value) {
        return Err(to_js_error(Error::new(
            ErrorKind::InvalidOptions,
            "options must be a plain object",
        )));
    }
    let json = to_json(&value, &mut String::new(), &mut Vec::new()).map_err(to_js_error)?;
    serde_path_to_error::deserialize(json).map_err(|error| {
        let path = error.path().to_string();
        let mut error = Error::new(ErrorKind::InvalidOptions, error.inner().to_string());
        if path != "." {
            error = error.at_path(path);
        }
        to_js_error(error)
    })
}

/// The deepest nesting accepted in options.
const MAX_OPTIONS_DEPTH: usize = 32;

/// Converts a JS value to JSON data, refusing what JSON cannot hold, with
/// the path of the offending value. `Uint8Array` becomes an array of numbers
/// (key secrets). `stack` holds the objects being walked, to name cycles.
fn to_json(
    value: &JsValue,
    path: &mut String,
    stack: &mut Vec<JsValue>,
) -> Result<serde_json::Value, Error> {
    use serde_json::Value;
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
        // JS has one number type; integers must stay integers for serde.
        const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
        if number.fract() == 0.0 && number.abs() <= MAX_SAFE_INTEGER {
            return Ok(Value::from(number as i64));
        }
        return serde_json::Number::from_f64(number)
            .map(Value::Number)
            .ok_or_else(|| refuse(path, "a non-finite number"));
    }
    if let Some(text) = value.as_string() {
        return Ok(Value::String(text));
    }
    if let Some(bytes) = value.dyn_ref::<js_sys::Uint8Array>() {
        return Ok(Value::Array(
            bytes.to_vec().into_iter().map(Value::from).collect(),
        ));
    }
    if !value.is_object() {
        return Err(refuse(
            path,
            &format!(
                "a value of type {}",
                value.js_typeof().as_string().unwrap_or_default()
            ),
        ));
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
                .and_then(|item| to_json(&item, path, stack));
            path.truncate(mark);
            items.push(item?);
        }
        Ok(Value::Array(items))
    } else if is_plain_object(value) {
        let keys = js_sys::Reflect::own_keys(value)
            .map_err(|_| refuse(path, "an object whose keys cannot be listed"))?;
        let mut map = serde_json::Map::new();
        for key in keys.iter() {
            let Some(name) = key.as_string() else {
                continue;
            }; // symbol keys are not data
            let mark = path.len();
            if !path.is_empty() {
                path.push('.');
            }
            path.push_str(&name);
            let item = Reflect::get(value, &key)
                .map_err(|_| refuse(path, "a property that throws when read"))
                .and_then(|item| to_json(&item, path, stack));
            path.truncate(mark);
            map.insert(name, item?);
        }
        Ok(Value::Object(map))
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
