//! The editor's fields, each bound to one place in the draft through a
//! reader and a writer, with the validator's message beside it. The editor
//! and month by month build their forms from these.

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::draft::Draft;
use crate::core::agreement::{date_bounds, Agreement, FieldPath, Hours, HoursPath, Part, Problem, TextKind};
use crate::core::text::dates::{from_iso, to_iso};
use crate::core::text::number::{ranges, Range};
use crate::i18n::{self, Msg};
use crate::ui::shared::{t, use_lang};

/// Hour texts that are not (yet) hours, as (field id, text). The draft holds
/// NaN for them; kept above the editor so switching to the calculator and
/// back loses nothing typed. A list, not a `HashMap`: it holds a few entries,
/// and the map's hashing and table code cost 1.6 KB of gzipped wasm.
#[derive(Clone, Copy)]
pub struct TypedHours(pub StoredValue<Vec<(String, String)>>);

/// Everything the draft's validator finds, shared by every field so each
/// shows its own problem as the user types.
#[derive(Clone, Copy)]
pub(super) struct Problems(pub(super) Memo<Vec<Problem>>);

/// The message for the field at `path` (`FieldPath::step(1).hours(Part::Paid)`), if any.
pub(super) fn problem_at(path: FieldPath) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let problems = use_context::<Problems>().map(|p| p.0);
    let lang = use_lang();
    move || problems?.with(|ps| ps.iter().find(|p| p.field == path).map(|p| i18n::problem(&p.kind, lang.get())))
}

/// The error paragraph beside a field, announced to screen readers.
pub(super) fn field_error(id: &str, message: impl Fn() -> Option<String> + Send + Sync + 'static) -> impl IntoView {
    view! { <p class="error" id=format!("{id}-error") data-testid=format!("{id}-error") aria-live="polite">{message}</p> }
}

/// Reads one value of the draft. The field components below are thin generic
/// wrappers that erase their closures into these at once and call one
/// non-generic body: generic bodies made a copy of each component per call
/// site, which cost over 100 KB of wasm.
#[derive(Clone)]
pub struct Reader<T>(pub(super) Arc<ReadFn<T>>);
type ReadFn<T> = dyn Fn(&Agreement) -> Option<T> + Send + Sync;

/// Writes one value of the draft; type-erased like `Reader`.
#[derive(Clone)]
pub struct Writer<T>(pub(super) Arc<WriteFn<T>>);
type WriteFn<T> = dyn Fn(&mut Agreement, T) + Send + Sync;

/// The reader and the writer of a text of the agreement outside its lists,
/// from where the text is. The fields bound through these share one pair of
/// closure types, and so one copy of `TextField`'s generic wrapper, where a
/// pair of closures written out per field made a copy each (0.35 KB gzip).
pub(super) fn read_text(
    at: fn(&Agreement) -> &String,
) -> impl Fn(&Agreement) -> Option<String> + Send + Sync + 'static {
    move |a| Some(at(a).clone())
}

pub(super) fn write_text(
    at: fn(&mut Agreement) -> &mut String,
) -> impl Fn(&mut Agreement, String) + Send + Sync + 'static {
    move |a, v| *at(a) = v
}

/// A text field (or text area) bound to one string of the agreement at
/// `path`. What is typed is cleaned of control and bidi characters (see
/// `core::text`) on its way into the draft.
#[component]
pub(super) fn TextField(
    draft: Draft,
    id: String,
    label: Msg,
    path: FieldPath,
    get: impl Fn(&Agreement) -> Option<String> + Send + Sync + 'static,
    set: impl Fn(&mut Agreement, String) + Send + Sync + 'static,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] hint: Option<Msg>,
) -> impl IntoView {
    text_field(draft, id, label, path, Reader(Arc::new(get)), Writer(Arc::new(set)), multiline, hint)
}

#[allow(clippy::too_many_arguments)]
fn text_field(
    draft: Draft,
    id: String,
    label: Msg,
    path: FieldPath,
    get: Reader<String>,
    set: Writer<String>,
    multiline: bool,
    hint: Option<Msg>,
) -> impl IntoView {
    let kind = if multiline { TextKind::Block } else { TextKind::Line };
    let value = move || (get.0)(&draft.read()).unwrap_or_default();
    let on_input = move |ev| draft.update(|a| (set.0)(a, kind.clean(&event_target_value(&ev))));
    let error = Memo::new({
        let problem = problem_at(path);
        move |_| problem()
    });
    let hint_id = format!("{id}-hint");
    let described = match hint {
        Some(_) => format!("{hint_id} {id}-error"),
        None => format!("{id}-error"),
    };
    let invalid = move || if error.read().is_some() { "true" } else { "false" };
    let input = if multiline {
        view! { <textarea id=id.clone() rows="3" aria-describedby=described aria-invalid=invalid prop:value=value on:input=on_input></textarea> }
            .into_any()
    } else {
        view! { <input id=id.clone() type="text" aria-describedby=described aria-invalid=invalid prop:value=value on:input=on_input /> }
            .into_any()
    };
    view! {
        <div class="field wide">
            <label for=id.clone()>{t(label)}</label>
            {input}
            {hint.map(|h| view! { <p class="hint" id=hint_id>{t(h)}</p> })}
            {field_error(&id, move || error.get())}
        </div>
    }
}

/// A date field bound to one date of the agreement at `path`; an unreadable
/// or empty date leaves the last good one in place, and a date outside the
/// agreement's bounds is kept and shown as an error.
#[component]
pub(super) fn DateField(
    draft: Draft,
    id: String,
    label: Msg,
    path: FieldPath,
    get: impl Fn(&Agreement) -> Option<NaiveDate> + Send + Sync + 'static,
    set: impl Fn(&mut Agreement, NaiveDate) + Send + Sync + 'static,
) -> impl IntoView {
    date_field(draft, id, label, path, Reader(Arc::new(get)), Writer(Arc::new(set)))
}

fn date_field(
    draft: Draft,
    id: String,
    label: Msg,
    path: FieldPath,
    get: Reader<NaiveDate>,
    set: Writer<NaiveDate>,
) -> impl IntoView {
    let value = move || (get.0)(&draft.read()).map(to_iso).unwrap_or_default();
    let on_input = move |ev| {
        if let Some(d) = from_iso(&event_target_value(&ev)) {
            draft.update(|a| (set.0)(a, d));
        }
    };
    let (first, last) = date_bounds();
    view! {
        <div class="field">
            <label for=id.clone()>{t(label)}</label>
            {date_input(id.clone(), None, value, on_input, first, last)}
            {field_error(&id, problem_at(path))}
        </div>
    }
}

/// A date input within the agreement's bounds.
pub(super) fn date_input(
    id: String,
    label: Option<Box<dyn Fn() -> String + Send + Sync>>,
    value: impl Fn() -> String + Send + Sync + 'static,
    on_input: impl Fn(leptos::ev::Event) + 'static,
    first: NaiveDate,
    last: NaiveDate,
) -> impl IntoView {
    view! {
        <input
            id=id.clone()
            type="date"
            min=to_iso(first)
            max=to_iso(last)
            aria-label=label
            aria-describedby=format!("{id}-error")
            prop:value=value
            on:input=on_input
        />
    }
}

/// Attended, effective and paid hours at `path`. Text is kept as typed; the model gets
/// a value only when it reads as hours, and effective above attended is shown.
/// Text that is not hours puts NaN in the draft, so the validator (and with
/// it save, export and share) sees the field as unfinished.
#[component]
pub(super) fn HoursFields(
    draft: Draft,
    id: String,
    path: HoursPath,
    get: impl Fn(&Agreement) -> Option<Hours> + Send + Sync + 'static,
    set: impl Fn(&mut Agreement, Hours) + Send + Sync + 'static,
) -> impl IntoView {
    hours_fields(draft, id, path, Reader(Arc::new(get)), Writer(Arc::new(set)))
}

fn hours_fields(draft: Draft, id: String, path: HoursPath, get: Reader<Hours>, set: Writer<Hours>) -> impl IntoView {
    let part = |label: Msg, part: Part, read: fn(&Hours) -> f64, write: fn(&mut Hours, f64)| {
        let (get, get2, set) = (get.clone(), get.clone(), set.clone());
        typed_number(
            draft,
            TypedNumber {
                id: format!("{id}-{}", part.key()),
                path: path.part(part),
                label: Box::new(t(label)),
                range: Arc::new(|| ranges::HOURS_WEEK),
                get: Reader(Arc::new(move |a| (get.0)(a).map(|h| read(&h)))),
                set: Writer(Arc::new(move |a, v| {
                    if let Some(mut h) = (get2.0)(a) {
                        write(&mut h, v);
                        (set.0)(a, h)
                    }
                })),
            },
        )
    };
    view! {
        <div class="hours-row">
            {part(Msg::AttendedHours, Part::Attended, |h| h.attended, |h, v| h.attended = v)}
            {part(Msg::EffectiveHours, Part::Effective, |h| h.effective, |h, v| h.effective = v)}
            {part(Msg::PaidHours, Part::Paid, |h| h.paid, |h, v| h.paid = v)}
        </div>
    }
}

/// One number of the draft typed as text ("12,5", "5.000"): hours, days,
/// kroner.
pub(super) struct TypedNumber {
    /// The input's id; its error line is `{id}-error`.
    pub id: String,
    /// Where the value is in the agreement, for the validator's message.
    pub path: FieldPath,
    pub label: Box<dyn Fn() -> &'static str + Send + Sync>,
    /// The values it takes (may follow the draft, as an event's kind).
    pub range: Arc<dyn Fn() -> Range + Send + Sync>,
    pub get: Reader<f64>,
    pub set: Writer<f64>,
}

/// A text field for a `TypedNumber`. The text is kept as typed; the draft
/// gets the value once it reads within the range, and NaN until then, so
/// the validator (and with it save, export and share) sees the field as
/// unfinished. Text that is not a number yet is also kept in `TypedHours`,
/// so switching view loses nothing. The reading error is shown beside the
/// field, or else what the validator says (effective above attended, say).
pub(super) fn typed_number(draft: Draft, n: TypedNumber) -> impl IntoView {
    let lang = use_lang();
    let typed = use_context::<TypedHours>().map(|t| t.0);
    let TypedNumber { id, path, label, range, get, set } = n;
    let start = match (get.0)(&draft.read_untracked()) {
        Some(v) if v.is_finite() => i18n::number(v, 2, lang.get_untracked()),
        Some(_) => typed
            .and_then(|t| {
                t.with_value(|list| list.iter().find(|(field, _)| *field == id).map(|(_, text)| text.clone()))
            })
            .unwrap_or_default(),
        None => String::new(),
    };
    let text = RwSignal::new(start);
    // Follow changes made elsewhere (taken from the calculator, an import);
    // NaN is this field's own "not a number yet" and leaves the text alone.
    let (follow, read_range) = (get.clone(), range.clone());
    Effect::new(move |_| {
        if let Some(v) = (follow.0)(&draft.read()).filter(|v| v.is_finite()) {
            let style = i18n::number_style(lang.get_untracked());
            let shown = untrack(|| read_range()).read_in(&text.get_untracked(), style).ok();
            if shown != Some(v) {
                text.set(i18n::number(v, 2, lang.get_untracked()));
            }
        }
    });
    let problem = problem_at(path);
    let check_range = range.clone();
    let error = Memo::new(move |_| {
        let reading = check_range().read_in(&text.get(), i18n::number_style(lang.get()));
        reading.err().map(|e| i18n::input_error(e, lang.get())).or_else(&problem)
    });
    let remember = id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                type="text"
                inputmode="decimal"
                aria-describedby=format!("{id}-error")
                aria-invalid=move || if error.read().is_some() { "true" } else { "false" }
                prop:value=move || text.get()
                on:input=move |ev| {
                    text.set(event_target_value(&ev));
                    let typed_text = text.get_untracked();
                    let v = untrack(|| range()).read_in(&typed_text, i18n::number_style(lang.get_untracked()));
                    if let Some(t) = typed {
                        t.update_value(|list| {
                            list.retain(|(field, _)| *field != remember);
                            if v.is_err() {
                                list.push((remember.clone(), typed_text));
                            }
                        });
                    }
                    let v = v.unwrap_or(f64::NAN);
                    draft.update(|a| (set.0)(a, v));
                }
            />
            {field_error(&id, move || error.get())}
        </div>
    }
}

/// A checkbox bound to one flag of the agreement.
#[component]
pub(super) fn Check(
    draft: Draft,
    id: String,
    label: Msg,
    get: impl Fn(&Agreement) -> Option<bool> + Send + Sync + 'static,
    set: impl Fn(&mut Agreement, bool) + Send + Sync + 'static,
) -> impl IntoView {
    check(draft, id, label, Reader(Arc::new(get)), Writer(Arc::new(set)))
}

fn check(draft: Draft, id: String, label: Msg, get: Reader<bool>, set: Writer<bool>) -> impl IntoView {
    view! {
        <div class="field checkbox">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || (get.0)(&draft.read()).unwrap_or_default()
                on:change=move |ev| draft.update(|a| (set.0)(a, event_target_checked(&ev)))
            />
            <label for=id>{t(label)}</label>
        </div>
    }
}
