//! The agreement as a document: titled sections of label–value rows,
//! tables, paragraphs and signature blocks, built once from the agreement
//! and the basis its money rests on. The UI renders it for the screen and
//! for paper, and `to_text` renders it for the case record, so what is
//! read, signed and pasted never disagree.
//!
//! Words come from a `Locale` (the UI's translations); the model holds
//! finished text, so the layout is tested natively.
//!
//! - `model`: the document's types, the `Term`s and the `Locale`;
//! - `agreement`: the agreement's document and its sections;
//! - `months`: the month-by-month appendix (also the screen's timeline);
//! - `follow_up`: the follow-up records, the progression, the gap, a
//!   meeting's note;
//! - `shared`: what the agreement and the note are both built from;
//! - `html` and `text`: the document written out, `escape` for HTML;
//! - `chart`: the progression chart as SVG; `law`: the laws cited.
//!
//! The model imports none of the others; `html` and `text` import only the
//! model (and `escape`); the builders never import `html` or `text`.

mod agreement;
pub mod chart;
mod escape;
mod follow_up;
mod html;
pub mod law;
mod model;
mod months;
mod shared;
mod text;

pub use agreement::{document, lonloft};
pub use escape::escape;
pub use follow_up::{follow_up_note, gap_sentences, progression_chart, progression_table};
pub use model::{Block, Column, Document, Locale, Section, Sentence, Signature, Table, Term};
pub use months::{months_section, timeline_section, APPENDIX_TABLE};
pub use shared::scenario_of;
