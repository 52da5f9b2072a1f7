//! The work on screen, as its tab keeps it: the shell writes it to the
//! tab's session storage a moment after typing pauses and reads it back when
//! the page loads, so a reload, a tab the phone discarded or a browser that
//! restores its tabs loses nothing typed. It is the draft as typed (problems,
//! NaN hours and all), the copy last saved or opened (so unsaved changes are
//! still unsaved), hour texts that are not hours yet, and where the user was:
//! reading or editing, the follow-up record open, the note shown.
//!
//! JSON with a format name and a schema of its own; each agreement in it is
//! the agreement file (`io`), read back with `io::read_draft`.
//!
//! Schema history: **1** (current).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::agreement::io::{self, ImportError};
use crate::core::agreement::Agreement;

/// The value of the entry's `format` field.
pub const FORMAT: &str = "fleksjob-beregner/work-on-screen";

/// The newest schema this build reads and writes.
pub const SCHEMA: u32 = 1;

/// What the tab keeps of the agreement's side of the page.
#[derive(Clone, Debug)]
pub struct WorkOnScreen {
    pub draft: Agreement,
    /// The draft as last saved or opened; `None` when that is the draft itself.
    pub saved: Option<Agreement>,
    /// Hour fields whose text is not hours yet, as (field id, text).
    pub typed: Vec<(String, String)>,
    /// The agreement is read as a document rather than edited.
    pub reading: bool,
    /// The follow-up record being filled in, and whether it is a new one
    /// (only a new one's decision changes the steps when it is saved).
    pub open_record: Option<usize>,
    pub new_record: bool,
    /// The follow-up record whose note is shown.
    pub note: Option<usize>,
    /// An agreement without a basis was opened: its money follows the calculator.
    pub without_basis: bool,
}

/// The entry as written: `draft` and `saved` are agreement files.
#[derive(Serialize, Deserialize)]
struct Entry {
    format: String,
    schema: u32,
    draft: Value,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    saved: Option<Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    typed: Vec<(String, String)>,
    #[serde(default)]
    reading: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    open_record: Option<usize>,
    #[serde(default)]
    new_record: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<usize>,
    #[serde(default)]
    without_basis: bool,
}

/// An agreement as its file's JSON value.
fn file_value(a: &Agreement) -> Value {
    // An agreement always serializes (see `io::to_json`).
    serde_json::to_value(io::file(a)).unwrap_or(Value::Null)
}

impl WorkOnScreen {
    /// Nothing to keep: the draft is `blank` (a new agreement as the page
    /// would make it now), as saved, and nothing is open or typed. The shell
    /// then removes the entry instead of writing it.
    pub fn is_blank(&self, blank: &Agreement) -> bool {
        self.saved.is_none()
            && self.typed.is_empty()
            && !self.reading
            && self.open_record.is_none()
            && self.note.is_none()
            && self.draft == *blank
    }

    /// The entry to write, as a serde value for the storage's own serializer.
    pub fn entry(&self) -> impl Serialize {
        Entry {
            format: FORMAT.to_string(),
            schema: SCHEMA,
            draft: file_value(&self.draft),
            saved: self.saved.as_ref().map(file_value),
            typed: self.typed.clone(),
            reading: self.reading,
            open_record: self.open_record,
            new_record: self.new_record,
            note: self.note,
            without_basis: self.without_basis,
        }
    }

    /// Read an entry back. One that is not ours, from a newer version, or
    /// misshapen is an error; a record or note that the draft does not have
    /// is closed.
    pub fn from_value(value: Value) -> Result<WorkOnScreen, ImportError> {
        if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(ImportError::NotAgreementFile);
        }
        match value.get("schema").and_then(Value::as_u64) {
            Some(1) => {}
            Some(found) if found > u64::from(SCHEMA) => {
                return Err(ImportError::SchemaTooNew { found, supported: SCHEMA })
            }
            _ => return Err(ImportError::WrongShape { field: "schema".into(), detail: "expected 1".into() }),
        }
        let entry: Entry = serde_json::from_value(value)
            .map_err(|e| ImportError::WrongShape { field: String::new(), detail: e.to_string() })?;
        let draft = io::read_draft(entry.draft)?;
        let saved = entry.saved.map(io::read_draft).transpose()?;
        let within = |i: Option<usize>| i.filter(|i| *i < draft.records.len());
        let open_record = within(entry.open_record);
        Ok(WorkOnScreen {
            saved,
            typed: entry.typed,
            reading: entry.reading,
            new_record: entry.new_record && open_record.is_some(),
            open_record,
            note: within(entry.note),
            without_basis: entry.without_basis,
            draft,
        })
    }
}
