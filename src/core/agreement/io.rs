//! The agreement as a file (export, import, browser storage) and as a share
//! link. The file is JSON with a format name and a schema version, so that a
//! file from an older version of the tool is upgraded and one from a newer
//! version is refused with a clear reason rather than half-read.
//!
//! Schema history:
//!
//! - **1**: hours kept as typed text side by side in `today` and each step
//!   (`"attended": "12,5"`), a step's length in `weeks`, no `support`, and
//!   follow-ups without `done`.
//! - **2**: hours as numbers in an `hours` object, `duration_weeks`,
//!   `support`, `done`.
//! - **3**: `basis`, the calculator's inputs the money rests on
//!   (see `form::Basis`). Schema 2 files open without one, and the screen
//!   says their money follows the calculator.
//! - **4**: `parties.collective_agreement`, `today.hard_tasks`
//!   and a step's `placement`; absent in older files, they read as empty
//!   and `false`.
//! - **5**: `events`, holiday, sickness and bonuses by month
//!   (`{"month": "2027-07", "kind": "holiday_with_pay", "amount": 10}`);
//!   left out when there are none, and absent in older files.
//! - **6** (current): `records`, what each follow-up meeting recorded
//!   (see `FollowUpRecord`). An agreement without records is still written
//!   as schema 5, byte for byte as before, so older versions of the tool
//!   open it; only one with records needs this version.
//!
//! Import never panics, whatever it is given: every failure is an
//! `ImportError` saying what is wrong and, where it can, where.
//!
//! Hours are written as the shortest decimal that reads back as the same
//! number, and read back exactly when that decimal has at most 15
//! significant digits: every figure a person types ("12,25"). A computed
//! figure with 16-17 digits may come back one unit in the 17th digit off;
//! serde_json's `float_roundtrip` feature would make those exact too, at
//! the price of a big-number float parser in the wasm.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::core::agreement::{Agreement, Problem};
use crate::core::income::form::{Basis, Field, LedighedsydelseLevel};
use crate::core::text::number::parse_number;

/// The newest schema version this build reads and writes.
pub const SCHEMA: u32 = 6;

/// The schema an agreement needs: the one before records, unless it has them.
pub fn schema_for(agreement: &Agreement) -> u32 {
    if agreement.records.is_empty() {
        5
    } else {
        SCHEMA
    }
}

/// Field paths in errors are cut to this many characters: a file can name a
/// field of any length, and the message must stay short.
pub const MAX_PATH_CHARS: usize = 60;

/// The value of the file's `format` field: tells our files from other JSON.
pub const FORMAT: &str = "fleksjob-beregner/progression-agreement";

/// Larger input is refused before parsing. A full agreement at every text
/// limit stays well below this.
pub const MAX_BYTES: usize = 1_000_000;

/// Why a file or link could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Larger than any agreement (in bytes of text).
    TooLarge { bytes: usize, max: usize },
    /// A share link whose data is not intact (cut off or changed by hand).
    NotAFragment,
    /// Not JSON at all; where reading stopped (1-based).
    NotJson { line: usize, column: usize },
    /// JSON, but not a progression agreement from this tool.
    NotAgreementFile,
    /// Written by a newer version of the tool than this one.
    SchemaTooNew { found: u64, supported: u32 },
    /// A required field is absent.
    Missing { field: String },
    /// A field of the wrong type or shape, or one the schema does not have.
    /// `detail` is serde's description, in English, for developers.
    WrongShape { field: String, detail: String },
    /// Well formed, but a value outside what an agreement allows.
    Invalid(Problem),
}

impl ImportError {
    /// Stable name of the error kind, for the UI's translations.
    pub fn key(&self) -> &'static str {
        match self {
            ImportError::TooLarge { .. } => "too_large",
            ImportError::NotAFragment => "not_a_fragment",
            ImportError::NotJson { .. } => "not_json",
            ImportError::NotAgreementFile => "not_agreement_file",
            ImportError::SchemaTooNew { .. } => "schema_too_new",
            ImportError::Missing { .. } => "missing",
            ImportError::WrongShape { .. } => "wrong_shape",
            ImportError::Invalid(_) => "invalid",
        }
    }

    /// The field the error is about, if it is about one, as a path into
    /// the file.
    pub fn field(&self) -> Option<String> {
        match self {
            ImportError::Missing { field } | ImportError::WrongShape { field, .. } => Some(field.clone()),
            ImportError::Invalid(problem) => Some(problem.field.to_string()),
            _ => None,
        }
    }
}

/// The file: format and schema first, then the agreement's own fields.
#[derive(Serialize)]
struct File<'a> {
    format: &'static str,
    schema: u32,
    #[serde(flatten)]
    agreement: &'a Agreement,
}

/// The agreement as the file's JSON object, for writers that serialize
/// themselves (browser storage).
pub fn file(agreement: &Agreement) -> impl Serialize + '_ {
    File { format: FORMAT, schema: schema_for(agreement), agreement }
}

/// The agreement as an indented JSON file with the schema it needs.
pub fn to_json(agreement: &Agreement) -> String {
    // Every field is a string, number, bool, list or struct: serde_json has
    // nothing it could fail on (a NaN hour is written as null, read back as
    // NaN, and import then refuses it as the editor does).
    serde_json::to_string_pretty(&file(agreement)).expect("an agreement always serializes")
}

/// Read an agreement file of any supported schema, upgrading older ones,
/// and check it against the agreement's limits.
pub fn from_json(text: &str) -> Result<Agreement, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len(), max: MAX_BYTES });
    }
    from_value(parse(text)?)
}

/// JSON text as a value, or where reading stopped.
fn parse(text: &str) -> Result<Value, ImportError> {
    serde_json::from_str(text).map_err(|e| ImportError::NotJson { line: e.line(), column: e.column() })
}

/// `from_json` for a file already parsed as JSON.
pub fn from_value(value: Value) -> Result<Agreement, ImportError> {
    accepted(read_draft(value)?)
}

/// The agreement in a file of any supported schema, upgraded, not yet
/// checked against the limits nor cleaned: as the editor held it, which is
/// how a draft kept for its tab (`work`) comes back, problems and all.
pub fn read_draft(value: Value) -> Result<Agreement, ImportError> {
    let Value::Object(mut map) = value else {
        return Err(ImportError::NotAgreementFile);
    };
    if map.remove("format").as_ref().and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAgreementFile);
    }
    match schema_of(&mut map)? {
        1 => upgrade_1_to_2(&mut map)?,
        // Schemas 3 to 6 only added optional fields.
        2..=6 => {}
        found => return Err(ImportError::SchemaTooNew { found, supported: SCHEMA }),
    }
    read_current(map)
}

/// The agreement if it is within the limits, cleaned. Checked before
/// cleaning, exactly as the editor checks what is typed, so the two accept
/// the same agreements; cleaning never lengthens.
fn accepted(mut agreement: Agreement) -> Result<Agreement, ImportError> {
    if let Some(problem) = agreement.problems().into_iter().next() {
        return Err(ImportError::Invalid(problem));
    }
    agreement.clean();
    Ok(agreement)
}

/// Whether `agreement` would open again after being saved, exported or
/// shared: every way out goes through this, so nothing is kept that could
/// not be reopened.
pub fn check_reopens(agreement: &Agreement) -> Result<(), ImportError> {
    from_json(&to_json(agreement)).map(|_| ())
}

/// The schema version, removed from the map: a whole number from 1 up.
fn schema_of(map: &mut Map<String, Value>) -> Result<u64, ImportError> {
    let value = map.remove("schema").ok_or_else(|| missing("schema"))?;
    value.as_u64().filter(|v| *v >= 1).ok_or_else(|| wrong_shape("schema", "expected a whole number from 1"))
}

fn missing(field: &str) -> ImportError {
    ImportError::Missing { field: short_path(field) }
}

fn wrong_shape(field: &str, detail: impl ToString) -> ImportError {
    let detail: String = detail.to_string().chars().take(2 * MAX_PATH_CHARS).collect();
    ImportError::WrongShape { field: short_path(field), detail }
}

/// A field path cut to `MAX_PATH_CHARS`, with "…" where it was cut.
fn short_path(path: &str) -> String {
    match path.char_indices().nth(MAX_PATH_CHARS) {
        Some((end, _)) => format!("{}…", &path[..end]),
        None => path.to_string(),
    }
}

/// Deserialize `value`, naming the innermost field on failure:
/// "steps[0]" + "hours.paid".
fn deserialize_at<T: DeserializeOwned>(value: Value, path: &str) -> Result<T, ImportError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.path().to_string();
        let full = if inner == "." { path.to_string() } else { format!("{path}.{inner}") };
        wrong_shape(&full, e.into_inner())
    })
}

/// Build the agreement from a current-schema map, field by field so that an
/// error names the field (and the list element) it is in.
fn read_current(map: Map<String, Value>) -> Result<Agreement, ImportError> {
    let mut r = Reader { map };
    let agreement = Agreement {
        date: r.date("date")?,
        parties: r.field("parties")?,
        today: r.field("today")?,
        goal: r.field("goal")?,
        steps: r.list("steps")?,
        support: r.field("support")?,
        fleksjob_start: r.date("fleksjob_start")?,
        first_fleksjob: r.field("first_fleksjob")?,
        follow_ups: r.list("follow_ups")?,
        events: if r.map.contains_key("events") { r.list("events")? } else { Vec::new() },
        basis: match r.map.remove("basis") {
            None => None,
            Some(value) => Some(read_basis(value)?),
        },
        records: if r.map.contains_key("records") { r.list("records")? } else { Vec::new() },
    };
    match r.map.keys().next() {
        Some(extra) => Err(wrong_shape(extra, "not a field of the agreement")),
        None => Ok(agreement),
    }
}

/// Takes fields out of the file's top-level object.
struct Reader {
    map: Map<String, Value>,
}

impl Reader {
    fn field<T: DeserializeOwned>(&mut self, name: &str) -> Result<T, ImportError> {
        let value = self.map.remove(name).ok_or_else(|| missing(name))?;
        deserialize_at(value, name)
    }

    fn date(&mut self, name: &str) -> Result<chrono::NaiveDate, ImportError> {
        let value = self.map.remove(name).ok_or_else(|| missing(name))?;
        value
            .as_str()
            .and_then(crate::core::text::dates::from_iso)
            .ok_or_else(|| wrong_shape(name, "expected a date as YYYY-MM-DD"))
    }

    fn list<T: DeserializeOwned>(&mut self, name: &str) -> Result<Vec<T>, ImportError> {
        match self.map.remove(name).ok_or_else(|| missing(name))? {
            Value::Array(items) => {
                items.into_iter().enumerate().map(|(i, item)| deserialize_at(item, &format!("{name}[{i}]"))).collect()
            }
            _ => Err(wrong_shape(name, "expected a list")),
        }
    }
}

/// The basis object: `year`, optional `kommune`, `church`,
/// `single_parent` and `ledighedsydelse_level`, and the
/// calculator's fields by their fragment keys, as numbers. Values are checked
/// against the calculator's ranges afterwards, with the rest of the agreement.
fn read_basis(value: Value) -> Result<Basis, ImportError> {
    let Value::Object(map) = value else {
        return Err(wrong_shape("basis", "expected an object"));
    };
    let year = map.get("year").ok_or_else(|| missing("basis.year"))?;
    let year = year.as_u64().and_then(|y| u16::try_from(y).ok());
    let mut basis = Basis::new(year.ok_or_else(|| wrong_shape("basis.year", "expected a year"))?);
    for (key, value) in map {
        let path = format!("basis.{key}");
        match key.as_str() {
            "year" => {}
            "kommune" => {
                let number = value.as_u64().and_then(|n| u16::try_from(n).ok());
                basis.municipality = Some(number.ok_or_else(|| wrong_shape(&path, "expected a municipality number"))?);
            }
            "church" => basis.church = value.as_bool().ok_or_else(|| wrong_shape(&path, "expected true or false"))?,
            "single_parent" => {
                basis.single_parent = value.as_bool().ok_or_else(|| wrong_shape(&path, "expected true or false"))?
            }
            LedighedsydelseLevel::KEY => {
                let level = value.as_str().and_then(LedighedsydelseLevel::from_key);
                basis.ledighedsydelse_level =
                    Some(level.ok_or_else(|| wrong_shape(&path, "expected 89, forsorger or andre"))?);
            }
            _ => {
                let field = Field::from_key(&key).ok_or_else(|| wrong_shape(&path, "not a field of the basis"))?;
                // null is NaN, as in the hours: the validator then names it.
                let number = if value.is_null() { Some(f64::NAN) } else { value.as_f64() };
                let number = number.ok_or_else(|| wrong_shape(&path, "expected a number"))?;
                basis.set_value(field, Some(number));
            }
        }
    }
    Ok(basis)
}

/// Schema 1 -> 2, on the JSON itself. Only what schema 1 had is moved; what
/// is absent or oddly shaped is left for `read_current` to report.
fn upgrade_1_to_2(map: &mut Map<String, Value>) -> Result<(), ImportError> {
    if let Some(Value::Object(today)) = map.get_mut("today") {
        gather_hours(today, "today")?;
    }
    if let Some(Value::Array(steps)) = map.get_mut("steps") {
        for (i, step) in steps.iter_mut().enumerate() {
            if let Value::Object(step) = step {
                gather_hours(step, &format!("steps[{i}]"))?;
                if let Some(weeks) = step.remove("weeks") {
                    step.insert("duration_weeks".to_string(), weeks);
                }
            }
        }
    }
    if let Some(Value::Array(follow_ups)) = map.get_mut("follow_ups") {
        for follow_up in follow_ups.iter_mut() {
            if let Value::Object(follow_up) = follow_up {
                follow_up.entry("done").or_insert(Value::Bool(false));
            }
        }
    }
    // Schema 1 had no support section: nothing was agreed.
    map.entry("support")
        .or_insert_with(|| serde_json::to_value(crate::core::agreement::Support::default()).unwrap_or(Value::Null));
    Ok(())
}

/// Move schema 1's typed hour texts ("12,5") into an `hours` object of
/// numbers, read the way the calculator reads them.
fn gather_hours(obj: &mut Map<String, Value>, path: &str) -> Result<(), ImportError> {
    let mut hours = Map::new();
    for name in ["attended", "effective", "paid"] {
        let Some(value) = obj.remove(name) else {
            continue;
        };
        let number = match &value {
            Value::String(text) => parse_number(text)
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map(Value::Number)
                .ok_or_else(|| wrong_shape(&format!("{path}.{name}"), "not a number of hours"))?,
            _ => value,
        };
        hours.insert(name.to_string(), number);
    }
    obj.insert("hours".to_string(), Value::Object(hours));
    Ok(())
}

/// The agreement for a share link's fragment: the file without indentation
/// and without what the reader fills back in (`link_defaults`, and a
/// follow-up plan that is the standard one for the fleksjob's start), base64url
/// encoded. Only characters that need no escaping in a URL, and no `=` or
/// `&`, so it can also be a value in a `key=value` fragment. The fragment is
/// never sent to a server, but it stays in the browser's history.
pub fn to_fragment(agreement: &Agreement) -> String {
    let mut value = serde_json::to_value(file(agreement)).expect("an agreement always serializes");
    prune(&mut value, &link_defaults());
    if agreement.follow_ups == standard_plan(agreement) {
        value["follow_ups"] = Value::String(STANDARD_PLAN.to_string());
    }
    base64url::encode(value.to_string().as_bytes())
}

/// Read a share link's fragment (with or without its leading `#`).
pub fn from_fragment(fragment: &str) -> Result<Agreement, ImportError> {
    let data = fragment.trim().trim_start_matches('#');
    // 4 characters carry 3 bytes.
    let max = MAX_BYTES / 3 * 4 + 4;
    if data.len() > max {
        return Err(ImportError::TooLarge { bytes: data.len(), max });
    }
    let bytes = base64url::decode(data).ok_or(ImportError::NotAFragment)?;
    let text = String::from_utf8(bytes).map_err(|_| ImportError::NotAFragment)?;
    let mut value = parse(&text)?;
    // Links before schema 4 carried every field.
    if value.get("schema").and_then(Value::as_u64).is_some_and(|s| s >= 4) {
        fill(&mut value, &link_defaults());
    }
    let standard = value.get("follow_ups").and_then(Value::as_str) == Some(STANDARD_PLAN);
    if standard {
        value["follow_ups"] = Value::Array(Vec::new());
    }
    let mut agreement = read_draft(value)?;
    if standard {
        agreement.follow_ups = standard_plan(&agreement);
    }
    accepted(agreement)
}

/// A link's `follow_ups` when the plan is the standard one.
const STANDARD_PLAN: &str = "standard";

fn standard_plan(a: &Agreement) -> Vec<crate::core::agreement::FollowUp> {
    crate::core::agreement::standard_follow_ups(a.fleksjob_start, a.first_fleksjob)
}

/// The values a share link leaves out, as a new agreement has them: empty
/// texts, unticked boxes, six-week trial steps. A list holds the template
/// of its elements. Only plain values are left out, never an object or a
/// list, so an absent basis stays absent.
fn link_defaults() -> Value {
    // Parsed by the reader the import already needs: a `json!` literal
    // would compile to code for each value.
    serde_json::from_str(LINK_DEFAULTS).unwrap_or(Value::Null)
}

const LINK_DEFAULTS: &str = r#"{
    "parties": {"citizen": "", "employer": "", "employer_contact": "", "consultant": "", "collective_agreement": ""},
    "today": {"tasks": "", "hard_tasks": ""},
    "goal": "",
    "steps": [{"duration_weeks": 6, "tasks": "", "trial": true, "placement": false, "if_not_working": ""}],
    "support": {
        "mentor": {"given": false, "note": ""},
        "aids": {"given": false, "note": ""},
        "personal_assistance": {"given": false, "note": ""},
        "other": ""
    },
    "first_fleksjob": true,
    "follow_ups": [{"label": "", "done": false}],
    "basis": {"church": false},
    "records": [{"participants": "", "tasks": "", "notes": "", "accommodations": "", "citizen_words": "", "decision": "continue"}]
}"#;

/// Remove every plain value equal to the template's.
fn prune(value: &mut Value, template: &Value) {
    match (value, template) {
        (Value::Object(map), Value::Object(t)) => {
            for (key, t) in t {
                let plain = !t.is_object() && !t.is_array();
                if plain && map.get(key) == Some(t) {
                    map.remove(key);
                } else if let Some(v) = map.get_mut(key) {
                    prune(v, t);
                }
            }
        }
        (Value::Array(items), Value::Array(t)) => {
            if let Some(t) = t.first() {
                items.iter_mut().for_each(|item| prune(item, t));
            }
        }
        _ => {}
    }
}

/// Put back every plain value `prune` removed.
fn fill(value: &mut Value, template: &Value) {
    match (value, template) {
        (Value::Object(map), Value::Object(t)) => {
            for (key, t) in t {
                match map.get_mut(key) {
                    Some(v) => fill(v, t),
                    None if !t.is_object() && !t.is_array() => {
                        map.insert(key.clone(), t.clone());
                    }
                    None => {}
                }
            }
        }
        (Value::Array(items), Value::Array(t)) => {
            if let Some(t) = t.first() {
                items.iter_mut().for_each(|item| fill(item, t));
            }
        }
        _ => {}
    }
}

/// Base64 with the URL-safe alphabet (RFC 4648 §5), without padding: the
/// agreement needs no other crate for its share link.
pub mod base64url {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(bytes: &[u8]) -> String {
        let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
        for chunk in bytes.chunks(3) {
            let b = [chunk[0], chunk.get(1).copied().unwrap_or(0), chunk.get(2).copied().unwrap_or(0)];
            let n = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
            // A chunk of k bytes needs k + 1 characters.
            for i in 0..=chunk.len() {
                let sextet = (n >> (18 - 6 * i)) & 0x3f;
                out.push(char::from(ALPHABET[sextet as usize]));
            }
        }
        out
    }

    /// `None` for a character outside the alphabet, an impossible length, or
    /// leftover bits that are not zero (so each text has one meaning).
    pub fn decode(text: &str) -> Option<Vec<u8>> {
        let bytes = text.as_bytes();
        if bytes.len() % 4 == 1 {
            return None;
        }
        let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
        for chunk in bytes.chunks(4) {
            let mut n: u32 = 0;
            for &c in chunk {
                n = n << 6 | u32::from(sextet(c)?);
            }
            // Align a short chunk as if padded to four characters.
            n <<= 6 * (4 - chunk.len() as u32);
            let produced = chunk.len() - 1;
            let value = n.to_be_bytes();
            if value[1 + produced..].iter().any(|b| *b != 0) {
                return None;
            }
            out.extend_from_slice(&value[1..1 + produced]);
        }
        Some(out)
    }

    fn sextet(c: u8) -> Option<u8> {
        match c {
            b'A'..=b'Z' => Some(c - b'A'),
            b'a'..=b'z' => Some(c - b'a' + 26),
            b'0'..=b'9' => Some(c - b'0' + 52),
            b'-' => Some(62),
            b'_' => Some(63),
            _ => None,
        }
    }
}
