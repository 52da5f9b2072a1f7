//! The progression agreement editor: parties, today, goal, steps with their
//! economics, support and the follow-up plan. Lists re-render only when their
//! length changes, so typing never loses focus.

use std::sync::Arc;

use chrono::NaiveDate;
use leptos::prelude::*;

use super::{t, use_lang};
use crate::core::agreement::{
    date_bounds, limits, Accommodation, Agreement, Hours, Problem, Support, SupportItem, TextKind,
};
use crate::core::text::dates::{from_iso, to_iso};
use crate::core::document::Term;
use crate::core::income::form::{Basis, CalculatorForm};
use crate::core::text::number::{ranges, Range};
use crate::core::income::scenario::Scenario;
use crate::i18n::{self, Lang, Msg};

pub type Draft = RwSignal<Agreement>;

/// Hour texts that are not (yet) hours, as (field id, text). The draft holds
/// NaN for them; kept above the editor so switching to the calculator and
/// back loses nothing typed. A list, not a `HashMap`: it holds a few entries,
/// and the map's hashing and table code cost 1.6 KB of gzipped wasm.
#[derive(Clone, Copy)]
pub struct TypedHours(pub StoredValue<Vec<(String, String)>>);

/// Everything the draft's validator finds, shared by every field so each
/// shows its own problem as the user types.
#[derive(Clone, Copy)]
struct Problems(Memo<Vec<Problem>>);

/// The message for the field at `path` ("steps[1].hours.paid"), if any.
pub(super) fn problem_at(path: String) -> impl Fn() -> Option<String> + Send + Sync + 'static {
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
fn read_text(at: fn(&Agreement) -> &String) -> impl Fn(&Agreement) -> Option<String> + Send + Sync + 'static {
    move |a| Some(at(a).clone())
}

fn write_text(at: fn(&mut Agreement) -> &mut String) -> impl Fn(&mut Agreement, String) + Send + Sync + 'static {
    move |a, v| *at(a) = v
}

/// A text field (or text area) bound to one string of the agreement at
/// `path`. What is typed is cleaned of control and bidi characters (see
/// `core::text`) on its way into the draft.
#[component]
fn TextField(
    draft: Draft,
    id: String,
    label: Msg,
    path: String,
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
    path: String,
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
fn DateField(
    draft: Draft,
    id: String,
    label: Msg,
    path: String,
    get: impl Fn(&Agreement) -> Option<NaiveDate> + Send + Sync + 'static,
    set: impl Fn(&mut Agreement, NaiveDate) + Send + Sync + 'static,
) -> impl IntoView {
    date_field(draft, id, label, path, Reader(Arc::new(get)), Writer(Arc::new(set)))
}

fn date_field(
    draft: Draft,
    id: String,
    label: Msg,
    path: String,
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
fn date_input(
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

/// Attended, effective and paid hours. Text is kept as typed; the model gets
/// a value only when it reads as hours, and effective above attended is shown.
/// Text that is not hours puts NaN in the draft, so the validator (and with
/// it save, export and share) sees the field as unfinished.
#[component]
fn HoursFields(
    draft: Draft,
    id: String,
    path: String,
    get: impl Fn(&Agreement) -> Option<Hours> + Send + Sync + 'static,
    set: impl Fn(&mut Agreement, Hours) + Send + Sync + 'static,
) -> impl IntoView {
    hours_fields(draft, id, path, Reader(Arc::new(get)), Writer(Arc::new(set)))
}

fn hours_fields(draft: Draft, id: String, path: String, get: Reader<Hours>, set: Writer<Hours>) -> impl IntoView {
    let part = |label: Msg, name: &'static str, read: fn(&Hours) -> f64, write: fn(&mut Hours, f64)| {
        let (get, get2, set) = (get.clone(), get.clone(), set.clone());
        typed_number(
            draft,
            TypedNumber {
                id: format!("{id}-{name}"),
                path: format!("{path}.{name}"),
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
            {part(Msg::AttendedHours, "attended", |h| h.attended, |h, v| h.attended = v)}
            {part(Msg::EffectiveHours, "effective", |h| h.effective, |h, v| h.effective = v)}
            {part(Msg::PaidHours, "paid", |h| h.paid, |h, v| h.paid = v)}
        </div>
    }
}

/// One number of the draft typed as text ("12,5", "5.000"): hours, days,
/// kroner.
pub(super) struct TypedNumber {
    /// The input's id; its error line is `{id}-error`.
    pub id: String,
    /// Where the value is in the file, for the validator's message.
    pub path: String,
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
fn Check(
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

/// Common accommodations as checkboxes, plus the user's own.
#[component]
fn Accommodations(draft: Draft) -> impl IntoView {
    let common = (0..Accommodation::COMMON.len())
        .map(|i| {
            let kind = &Accommodation::COMMON[i];
            view! {
                <Check
                    draft=draft
                    id=format!("acc-{}", kind.key())
                    label=Term::of_accommodation(kind).map_or(Msg::AccOther, i18n::term_msg)
                    get=move |a| Some(a.today.accommodations.contains(&Accommodation::COMMON[i]))
                    set=move |a, on| {
                        let kind = &Accommodation::COMMON[i];
                        a.today.accommodations.retain(|x| x != kind);
                        if on {
                            a.add_accommodation(kind.clone());
                        }
                    }
                />
            }
        })
        .collect_view();
    let others = Memo::new(move |_| {
        draft.read().today.accommodations.iter().filter(|a| matches!(a, Accommodation::Other(_))).count()
    });
    // The n-th own accommodation, by position among the `Other` entries.
    fn nth_other(a: &mut Agreement, n: usize) -> Option<&mut String> {
        a.today
            .accommodations
            .iter_mut()
            .filter_map(|x| if let Accommodation::Other(s) = x { Some(s) } else { None })
            .nth(n)
    }
    // Where the n-th own accommodation is in the file: its index among all.
    fn other_path(a: &Agreement, n: usize) -> String {
        let index = a
            .today
            .accommodations
            .iter()
            .enumerate()
            .filter(|(_, x)| matches!(x, Accommodation::Other(_)))
            .nth(n)
            .map_or(0, |(i, _)| i);
        format!("today.accommodations[{index}]")
    }
    let full = Memo::new(move |_| draft.read().today.accommodations.len() >= limits::ACCOMMODATIONS);
    let own = move || {
        (0..others.get())
            .map(|n| {
                view! {
                    <div class="inline">
                        <TextField
                            draft=draft
                            id=format!("acc-other-{n}")
                            label=Msg::AccOther
                            path=other_path(&draft.read_untracked(), n)
                            get=move |a| {
                                a.today.accommodations.iter().filter_map(|x| if let Accommodation::Other(s) = x { Some(s.clone()) } else { None }).nth(n)
                            }
                            set=move |a, v| if let Some(s) = nth_other(a, n) { *s = v }
                        />
                        <button type="button" class="secondary" on:click=move |_| draft.update(|a| {
                            let mut seen = 0;
                            a.today.accommodations.retain(|x| {
                                !matches!(x, Accommodation::Other(_)) || { seen += 1; seen - 1 != n }
                            });
                        })>{t(Msg::Remove)}</button>
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset>
            <legend>{t(Msg::AccommodationsHeading)}</legend>
            {common}
            {own}
            <button type="button" class="secondary" disabled=move || full.get() on:click=move |_| draft.update(|a| {
                a.add_accommodation(Accommodation::Other(String::new()));
            })>
                {t(Msg::AccAdd)} " " {t(Msg::AccOther)}
            </button>
            {move || full.get().then(|| view! { <p class="hint">{t(Msg::MaxAccommodations)}</p> })}
        </fieldset>
    }
}

/// The citizen's net and the employer's cost at a step's paid hours, and the
/// change from today, from the calculator's engine, in one sentence.
pub fn step_economy(s: &Scenario, a: &Agreement, index: usize, l: Lang) -> Option<String> {
    let (from, to) = (a.today.hours.paid, a.steps.get(index)?.hours.paid);
    if ![from, to].iter().all(|h| ranges::HOURS_WEEK.check(*h).is_ok()) {
        return Some(Msg::StepEconomyBadHours.text(l).to_string());
    }
    let change = s.change(from, to);
    let signed = |v: f64| if v > 0.5 { format!("+{}", i18n::kroner(v, l)) } else { i18n::kroner(v, l) };
    Some(format!(
        "{}: {} ({} {}). {}: {} ({} {}).",
        Msg::NetPerMonth.text(l),
        i18n::kroner(change.to.net.net, l),
        signed(change.net()),
        Msg::ChangeFromToday.text(l),
        Msg::EmployerPerMonth.text(l),
        i18n::kroner(change.to.employer_cost, l),
        signed(change.employer_cost()),
        Msg::ChangeFromToday.text(l),
    ))
}

#[component]
fn StepEconomy(draft: Draft, index: usize, scenario: Memo<Option<Scenario>>) -> impl IntoView {
    let lang = use_lang();
    let text = move || match scenario.get() {
        Some(s) => step_economy(&s, &draft.read(), index, lang.get()).unwrap_or_default(),
        None => Msg::StepEconomyNeedsCalc.text(lang.get()).to_string(),
    };
    view! {
        <p class="economy" data-testid=format!("step-{index}-economy")>
            <strong>{t(Msg::StepEconomy)} ": "</strong>
            {text}
        </p>
    }
}

#[component]
fn StepEditor(draft: Draft, index: usize, scenario: Memo<Option<Scenario>>) -> impl IntoView {
    let id = move |name: &str| format!("step-{index}-{name}");
    let path = move |name: &str| format!("steps[{index}].{name}");
    let lang = use_lang();
    view! {
        <fieldset class="step" data-testid=format!("step-{index}")>
            <legend>{move || format!("{} {}", Msg::StepN.text(lang.get()), index + 1)}</legend>
            <div class="row">
                <DateField draft=draft id=id("start") label=Msg::StepStart path=path("start") get=move |a| a.steps.get(index).map(|s| s.start) set=move |a, d| if let Some(s) = a.steps.get_mut(index) { s.start = d } />
                <div class="field">
                    <label for=id("weeks")>{t(Msg::StepWeeks)}</label>
                    <input
                        id=id("weeks")
                        type="number"
                        min="1"
                        max=limits::MAX_STEP_WEEKS
                        aria-describedby=format!("{}-error", id("weeks"))
                        prop:value=move || draft.read().steps.get(index).map(|s| s.duration_weeks.to_string()).unwrap_or_default()
                        on:input=move |ev| {
                            if let Ok(w) = event_target_value(&ev).trim().parse::<u16>() {
                                draft.update(|a| if let Some(s) = a.steps.get_mut(index) { s.duration_weeks = w })
                            }
                        }
                    />
                    {field_error(&id("weeks"), problem_at(path("duration_weeks")))}
                </div>
            </div>
            <HoursFields draft=draft id=id("hours") path=path("hours") get=move |a| a.steps.get(index).map(|s| s.hours) set=move |a, h| if let Some(s) = a.steps.get_mut(index) { s.hours = h } />
            <TextField draft=draft id=id("tasks") label=Msg::StepTasks path=path("tasks") multiline=true get=move |a| a.steps.get(index).map(|s| s.tasks.clone()) set=move |a, v| if let Some(s) = a.steps.get_mut(index) { s.tasks = v } />
            <Check draft=draft id=id("trial") label=Msg::StepTrial get=move |a| a.steps.get(index).map(|s| s.trial) set=move |a, v| if let Some(s) = a.steps.get_mut(index) { s.trial = v } />
            <Check draft=draft id=id("placement") label=Msg::StepPlacement get=move |a| a.steps.get(index).map(|s| s.placement) set=move |a, v| if let Some(s) = a.steps.get_mut(index) { s.placement = v } />
            <TextField draft=draft id=id("if-not") label=Msg::StepIfNot path=path("if_not_working") multiline=true get=move |a| a.steps.get(index).map(|s| s.if_not_working.clone()) set=move |a, v| if let Some(s) = a.steps.get_mut(index) { s.if_not_working = v } />
            <StepEconomy draft=draft index=index scenario=scenario />
            <button type="button" class="secondary" on:click=move |_| draft.update(|a| { if index < a.steps.len() { a.steps.remove(index); } })>
                {t(Msg::Remove)} " " {move || format!("{} {}", Msg::StepN.text(lang.get()).to_ascii_lowercase(), index + 1)}
            </button>
        </fieldset>
    }
}

fn support_item(
    draft: Draft,
    key: &'static str,
    field: &'static str,
    label: Msg,
    get: fn(&Support) -> &SupportItem,
    get_mut: fn(&mut Support) -> &mut SupportItem,
) -> impl IntoView {
    view! {
        <div class="support-item">
            <Check draft=draft id=format!("support-{key}") label=label get=move |a| Some(get(&a.support).given) set=move |a, v| get_mut(&mut a.support).given = v />
            <TextField draft=draft id=format!("support-{key}-note") label=Msg::Note path=format!("support.{field}.note") get=move |a| Some(get(&a.support).note.clone()) set=move |a, v| get_mut(&mut a.support).note = v />
        </div>
    }
}

#[component]
fn FollowUps(draft: Draft) -> impl IntoView {
    let lang = use_lang();
    let count = Memo::new(move |_| draft.read().follow_ups.len());
    let full = Memo::new(move |_| count.get() >= limits::FOLLOW_UPS);
    let (first, last) = date_bounds();
    let regenerate = move |_| {
        if super::confirm(Msg::RegenerateConfirm, lang.get_untracked()) {
            draft.update(|a| a.regenerate_follow_ups());
        }
    };
    let rows = move || {
        (0..count.get())
            .map(|i| {
                let kind = move || {
                    draft.read().follow_ups.get(i).map(|f| i18n::term_msg(Term::of_follow_up(f.kind)).text(lang.get()).to_string())
                };
                let label = Box::new(move || format!("{} {}", Msg::FollowUpDate.text(lang.get()), i + 1));
                let value = move || draft.read().follow_ups.get(i).map(|f| to_iso(f.date)).unwrap_or_default();
                let on_input = move |ev| {
                    if let Some(d) = from_iso(&event_target_value(&ev)) {
                        draft.update(|a| if let Some(f) = a.follow_ups.get_mut(i) { f.date = d })
                    }
                };
                let id = format!("follow-up-{i}-date");
                // On a phone each row is a card, its cells named by data-label (agreement.css).
                let name = move |msg: Msg| move || msg.text(lang.get());
                view! {
                    <tr>
                        <td data-label=name(Msg::FollowUpDate)>
                            {date_input(id.clone(), Some(label), value, on_input, first, last)}
                            {field_error(&id, problem_at(format!("follow_ups[{i}].date")))}
                        </td>
                        <td data-label=name(Msg::FollowUpKindLabel)>{kind}</td>
                        <td data-label=name(Msg::Done)>
                            <input
                                type="checkbox"
                                aria-label=move || format!("{} {}", Msg::Done.text(lang.get()), i + 1)
                                prop:checked=move || draft.read().follow_ups.get(i).is_some_and(|f| f.done)
                                on:change=move |ev| draft.update(|a| if let Some(f) = a.follow_ups.get_mut(i) { f.done = event_target_checked(&ev) })
                            />
                        </td>
                        <td>
                            <button type="button" class="secondary" on:click=move |_| draft.update(|a| { if i < a.follow_ups.len() { a.follow_ups.remove(i); } })>
                                {t(Msg::Remove)}
                            </button>
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        draft.update(|a| {
            a.add_follow_up();
        })
    };
    view! {
        <section class="agreement-part" aria-labelledby="followup-heading">
            <h3 id="followup-heading">{t(Msg::FollowUpHeading)}</h3>
            <div class="row">
                <DateField draft=draft id="fleksjob-start".into() label=Msg::FleksjobStart path="fleksjob_start".into() get=|a| Some(a.fleksjob_start) set=|a, d| a.fleksjob_start = d />
            </div>
            <Check draft=draft id="first-fleksjob".into() label=Msg::FirstFleksjob get=|a| Some(a.first_fleksjob) set=|a, v| a.first_fleksjob = v />
            <button type="button" class="secondary" on:click=regenerate>{t(Msg::Regenerate)}</button>
            <div class="table-scroll" role="region" aria-labelledby="followup-heading" tabindex="0">
            <table class="followups" data-testid="follow-ups">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::FollowUpDate)}</th>
                        <th scope="col">{t(Msg::FollowUpKindLabel)}</th>
                        <th scope="col">{t(Msg::Done)}</th>
                        <td></td>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            </div>
            <button type="button" class="secondary" disabled=move || full.get() on:click=add>{t(Msg::AddFollowUp)}</button>
            {move || full.get().then(|| view! { <p class="hint" data-testid="follow-ups-full">{t(Msg::MaxFollowUps)}</p> })}
        </section>
    }
}

#[component]
pub fn AgreementEditor(
    draft: Draft,
    form: RwSignal<CalculatorForm>,
    scenario: Memo<Option<Scenario>>,
    basis: Memo<Option<Basis>>,
) -> impl IntoView {
    // The timeline's problems are shown too, though they do not stop saving.
    let timeline_problems = Memo::new(move |_| crate::core::agreement::timeline::problems(&draft.read()));
    provide_context(Problems(Memo::new(move |_| {
        let mut all = draft.read().problems();
        all.extend(timeline_problems.get());
        all
    })));
    let lang = use_lang();
    let steps = Memo::new(move |_| draft.read().steps.len());
    let steps_full = Memo::new(move |_| steps.get() >= limits::STEPS);
    let from_calculator = move |_| {
        let f = form.read_untracked();
        let paid = f.paid_and_target().map(|(p, _)| p);
        let hours = f.hours();
        draft.update(|a| {
            if let Some(h) = hours {
                a.today.hours = h;
            } else if let Some(p) = paid {
                a.today.hours.paid = p;
            }
        });
    };
    let step_list =
        move || (0..steps.get()).map(|i| view! { <StepEditor draft=draft index=i scenario=scenario /> }).collect_view();
    view! {
        <div class="agreement-editor">
            <h2>{t(Msg::AgreementTitle)}</h2>
            <p class="guidance">{t(Msg::AgreementIntro)}</p>
            <section class="agreement-part" aria-labelledby="parties-heading">
                <h3 id="parties-heading">{t(Msg::PartiesHeading)}</h3>
                <p class="hint">{t(Msg::NamesOptional)}</p>
                <div class="row">
                    <TextField draft=draft id="citizen".into() path="parties.citizen".into() label=Msg::Citizen get=read_text(|a| &a.parties.citizen) set=write_text(|a| &mut a.parties.citizen) />
                    <TextField draft=draft id="employer".into() path="parties.employer".into() label=Msg::Employer get=read_text(|a| &a.parties.employer) set=write_text(|a| &mut a.parties.employer) />
                    <TextField draft=draft id="employer-contact".into() path="parties.employer_contact".into() label=Msg::EmployerContact get=read_text(|a| &a.parties.employer_contact) set=write_text(|a| &mut a.parties.employer_contact) />
                    <TextField draft=draft id="consultant".into() path="parties.consultant".into() label=i18n::term_msg(Term::consultant(draft.read_untracked().date)) get=read_text(|a| &a.parties.consultant) set=write_text(|a| &mut a.parties.consultant) />
                    <DateField draft=draft id="agreement-date".into() path="date".into() label=Msg::AgreementDate get=|a| Some(a.date) set=|a, d| a.date = d />
                </div>
                <TextField draft=draft id="collective-agreement".into() path="parties.collective_agreement".into() label=Msg::CollectiveAgreement hint=Msg::CollectiveAgreementHint get=read_text(|a| &a.parties.collective_agreement) set=write_text(|a| &mut a.parties.collective_agreement) />
                <p data-testid="editor-lonloft">
                    <strong>{t(Msg::LonloftMonth)} ": "</strong>
                    {move || scenario.get().map(|s| crate::core::document::lonloft(&s, &lang.get()))}
                    <span class="hint">" " {t(Msg::LonloftFromCalculator)}</span>
                </p>
            </section>
            <section class="agreement-part" aria-labelledby="today-heading">
                <h3 id="today-heading">{t(Msg::TodayHeading)}</h3>
                <button type="button" class="secondary" on:click=from_calculator>{t(Msg::FromCalculator)}</button>
                <HoursFields draft=draft id="today".into() path="today.hours".into() get=|a| Some(a.today.hours) set=|a, h| a.today.hours = h />
                <TextField draft=draft id="today-tasks".into() path="today.tasks".into() label=Msg::Tasks multiline=true get=read_text(|a| &a.today.tasks) set=write_text(|a| &mut a.today.tasks) />
                <TextField draft=draft id="today-hard-tasks".into() path="today.hard_tasks".into() label=Msg::HardTasks multiline=true get=read_text(|a| &a.today.hard_tasks) set=write_text(|a| &mut a.today.hard_tasks) />
                <Accommodations draft=draft />
            </section>
            <section class="agreement-part" aria-labelledby="goal-heading">
                <h3 id="goal-heading">{t(Msg::GoalHeading)}</h3>
                <TextField draft=draft id="goal".into() path="goal".into() label=Msg::GoalHeading hint=Msg::GoalHint multiline=true get=read_text(|a| &a.goal) set=write_text(|a| &mut a.goal) />
            </section>
            <section class="agreement-part" aria-labelledby="steps-heading">
                <h3 id="steps-heading">{t(Msg::StepsHeading)}</h3>
                {step_list}
                <button type="button" disabled=move || steps_full.get() on:click=move |_| draft.update(|a| {
                    a.add_step();
                })>{t(Msg::AddStep)}</button>
                {move || steps_full.get().then(|| view! { <p class="hint" data-testid="steps-full">{t(Msg::MaxSteps)}</p> })}
            </section>
            <super::timeline::Timeline draft=draft basis=basis problems=timeline_problems />
            <section class="agreement-part" aria-labelledby="support-heading">
                <h3 id="support-heading">{t(Msg::SupportHeading)}</h3>
                {support_item(draft, "mentor", "mentor", Msg::Mentor, |s| &s.mentor, |s| &mut s.mentor)}
                {support_item(draft, "aids", "aids", Msg::Aids, |s| &s.aids, |s| &mut s.aids)}
                {support_item(draft, "assistance", "personal_assistance", Msg::PersonalAssistance, |s| &s.personal_assistance, |s| &mut s.personal_assistance)}
                <TextField draft=draft id="support-other".into() path="support.other".into() label=Msg::OtherSupport multiline=true get=read_text(|a| &a.support.other) set=write_text(|a| &mut a.support.other) />
            </section>
            <FollowUps draft=draft />
        </div>
    }
}

/// Which figures the steps' money rests on, and when the calculator on
/// screen differs from the agreement's basis, both ways to make them agree.
#[component]
pub fn BasisNotice(draft: Draft, form: RwSignal<CalculatorForm>) -> impl IntoView {
    let opener = use_context::<super::agreement_page::Opener>();
    let without_basis = move || opener.is_some_and(|o| o.without_basis.get());
    let agreement_basis = Memo::new(move |_| draft.read().basis.clone());
    let calculator_basis = Memo::new(move |_| form.read().basis());
    let use_agreement = move |_| {
        if let (Some(basis), Some(o)) = (agreement_basis.get_untracked(), opener) {
            o.restore_calculator(&basis);
        }
    };
    let update_agreement = move |_| {
        if let Some(basis) = calculator_basis.get_untracked() {
            draft.update(|a| a.basis = Some(basis));
        }
    };
    let body = move || {
        match (agreement_basis.get(), calculator_basis.get()) {
        (None, _) if without_basis() => view! { <p class="warning">{t(Msg::BasisLegacy)}</p> }.into_any(),
        (None, _) => view! { <p>{t(Msg::BasisFollows)}</p> }.into_any(),
        (Some(a), Some(c)) if a == c => view! { <p>{t(Msg::BasisMatches)}</p> }.into_any(),
        (Some(_), calculator) => view! {
            <p class="warning">{t(Msg::BasisDiffers)}</p>
            <div class="buttons">
                <button type="button" class="secondary" data-testid="use-agreement-figures" on:click=use_agreement>
                    {t(Msg::UseAgreementFigures)}
                </button>
                <button type="button" class="secondary" data-testid="update-agreement-figures" disabled=calculator.is_none() on:click=update_agreement>
                    {t(Msg::UpdateAgreementFigures)}
                </button>
            </div>
            {calculator.is_none().then(|| view! { <p class="hint">{t(Msg::CalculatorHasErrors)}</p> })}
        }
        .into_any(),
    }
    };
    view! {
        <section class="agreement-part basis" aria-labelledby="basis-heading" data-testid="basis-notice">
            <h3 id="basis-heading">{t(Msg::BasisHeading)}</h3>
            {body}
        </section>
    }
}
