//! The follow-up meetings: start a record, fill it in across the table,
//! save it (its decision changes the steps, with undo), and see the
//! progression, the gap in kroner and each meeting's note. The rules are in
//! `core::agreement::records`; the table and the sentences come from the
//! document model, as on paper.

use leptos::prelude::*;

use super::draft::Draft;
use super::fields::{field_error, problem_at, DateField, HoursFields, TextField, TypedHours};
use super::timeline::select_field;
use crate::core::agreement::records::{self, PlanEdit, ProgressionRow};
use crate::core::agreement::{limits, Agreement, Decision, FieldPath, FollowUpRecord, HoursPath};
use crate::core::document as doc_model;
use crate::core::income::scenario::Scenario;
use crate::i18n::{self, Msg};
use crate::ui::page::focus_first;
use crate::ui::shared::{confirm, t, use_lang};

/// The meetings' state, kept by the page so that switching to the
/// calculator and back keeps an open record open.
#[derive(Clone, Copy)]
pub struct MeetingState {
    /// Which record's note is shown, and printed instead of the agreement.
    pub note: RwSignal<Option<usize>>,
    /// The record being filled in.
    pub(super) open: RwSignal<Option<usize>>,
    /// Whether it is new: only then does saving apply its decision.
    pub(super) fresh: RwSignal<bool>,
}

impl MeetingState {
    pub fn new() -> Self {
        Self { note: RwSignal::new(None), open: RwSignal::new(None), fresh: RwSignal::new(false) }
    }

    /// A new record, filled in from the plan and the last record, open and
    /// its date focused once on screen; `false` when the records are full.
    pub fn start(self, draft: Draft, typed: Option<TypedHours>) -> bool {
        let today = crate::browser::now().date();
        let mut at = None;
        draft.update(|a| at = records::add_record(a, today));
        forget_typed(typed);
        self.fresh.set(at.is_some());
        self.open.set(at);
        focus_soon("#follow-up-date");
        at.is_some()
    }
}

/// Hour texts typed into a record's fields belong to that record alone.
fn forget_typed(typed: Option<TypedHours>) {
    if let Some(typed) = typed {
        typed.0.update_value(|list| list.retain(|(id, _)| !id.starts_with("follow-up-")));
    }
}

/// Focus `selector` once the change just made is on screen.
fn focus_soon(selector: &'static str) {
    request_animation_frame(move || focus_first(selector));
}

/// The record at `i`, for a field's reader.
fn record(a: &Agreement, i: usize) -> Option<&FollowUpRecord> {
    a.records.get(i)
}

fn record_mut(a: &mut Agreement, i: usize) -> Option<&mut FollowUpRecord> {
    a.records.get_mut(i)
}

/// Where a free text is in a record: to read it, and to write it.
type RecordText = (fn(&FollowUpRecord) -> &String, fn(&mut FollowUpRecord) -> &mut String);

/// A free text of the record at `path`, read and written where `at` says;
/// `name` is its field's name, for the input's id.
fn record_text(
    draft: Draft,
    i: usize,
    name: &'static str,
    path: FieldPath,
    label: Msg,
    at: RecordText,
) -> impl IntoView {
    let id = format!("follow-up-{}", name.replace('_', "-"));
    let (read, write) = at;
    let get = move |a: &Agreement| record(a, i).map(|r| read(r).clone());
    let set = move |a: &mut Agreement, v: String| {
        if let Some(r) = record_mut(a, i) {
            *write(r) = v
        }
    };
    let multiline = name != "participants";
    view! { <TextField draft=draft id=id path=path label=label multiline=multiline get=get set=set /> }
}

/// The form of the record at `i`.
fn record_form(draft: Draft, i: usize, save: impl Fn() + 'static, delete: impl Fn() + 'static) -> impl IntoView {
    let lang = use_lang();
    let decision_options = Box::new(move || {
        let l = lang.get();
        Decision::ALL.iter().map(|d| (d.key().to_string(), i18n::decision(*d).text(l).to_string())).collect()
    });
    let chosen =
        Box::new(move || draft.read().records.get(i).map(|r| r.decision.key().to_string()).unwrap_or_default());
    let on_decision = Box::new(move |key: String| {
        if let Some(d) = Decision::from_key(&key) {
            draft.update(|a| {
                if let Some(r) = record_mut(a, i) {
                    r.decision = d
                }
            })
        }
    });
    view! {
        <div class="follow-up-record" data-testid="follow-up-record" role="group" aria-labelledby="record-heading">
            <h4 id="record-heading" tabindex="-1">{move || format!("{} {}", Msg::DocMeeting.text(lang.get()), i + 1)}</h4>
            <div class="row">
                <DateField draft=draft id="follow-up-date".into() label=Msg::RecordDate path=FieldPath::record(i).date()
                    get=move |a| record(a, i).map(|r| r.date)
                    set=move |a, d| if let Some(r) = record_mut(a, i) { r.date = d } />
                {record_text(draft, i, "participants", FieldPath::record(i).participants(), Msg::Participants, (|r| &r.participants, |r| &mut r.participants))}
            </div>
            <p class="hint">{t(Msg::RecordHours)}</p>
            <HoursFields draft=draft id="follow-up".into() path=HoursPath::Record(i)
                get=move |a| record(a, i).map(|r| r.hours)
                set=move |a, h| if let Some(r) = record_mut(a, i) { r.hours = h } />
            {record_text(draft, i, "tasks", FieldPath::record(i).tasks(), Msg::RecordTasks, (|r| &r.tasks, |r| &mut r.tasks))}
            {record_text(draft, i, "notes", FieldPath::record(i).notes(), Msg::RecordNotes, (|r| &r.notes, |r| &mut r.notes))}
            {record_text(draft, i, "accommodations", FieldPath::record(i).accommodations(), Msg::RecordAccommodations, (|r| &r.accommodations, |r| &mut r.accommodations))}
            {record_text(draft, i, "citizen_words", FieldPath::record(i).citizen_words(), Msg::CitizenWords, (|r| &r.citizen_words, |r| &mut r.citizen_words))}
            <div class="row">
                {select_field("follow-up-decision".into(), FieldPath::record(i).decision(), Msg::DecisionLabel, decision_options, chosen, on_decision)}
                <DateField draft=draft id="follow-up-next-date".into() label=Msg::NextFollowUp path=FieldPath::record(i).next_date()
                    get=move |a| record(a, i).and_then(|r| r.next_date)
                    set=move |a, d| if let Some(r) = record_mut(a, i) { r.next_date = Some(d) } />
            </div>
            <div class="buttons">
                <button type="button" data-testid="save-follow-up" on:click=move |_| save()>{t(Msg::SaveFollowUp)}</button>
                <button type="button" class="secondary" data-testid="delete-follow-up" on:click=move |_| delete()>{t(Msg::DeleteFollowUp)}</button>
            </div>
        </div>
    }
}

/// The progression table of the document model, each cell its own text on
/// screen: a keystroke in a record changes the cells it changes, not the
/// table (rebuilding 60 rows made the whole editor lay out again).
#[component]
fn ProgressionTable(rows: Memo<Vec<ProgressionRow>>, count: Memo<usize>) -> impl IntoView {
    let lang = use_lang();
    let table = Memo::new(move |_| doc_model::progression_table(&rows.read(), true, &lang.get()));
    // Memos per row and for the headings: a keystroke reaches only the cells of its row.
    let headings = Memo::new(move |_| table.with(|t| t.columns.iter().map(|c| c.heading.clone()).collect::<Vec<_>>()));
    let heading = move |j: usize| move || headings.with(|h| h.get(j).cloned());
    let head = move || {
        table.with_untracked(|t| {
            t.columns
                .iter()
                .enumerate()
                .map(|(j, c)| view! { <th scope="col" class:num=c.numeric>{heading(j)}</th> })
                .collect_view()
        })
    };
    let body = move || {
        let columns = table.with_untracked(|t| t.columns.clone());
        (0..count.get())
            .map(|i| {
                let row = Memo::new(move |_| table.with(|t| t.rows.get(i).cloned()).unwrap_or_default());
                let text = move |j: usize| move || row.with(|r| r.get(j).cloned());
                let cells = columns
                    .iter()
                    .enumerate()
                    .skip(1)
                    .map(|(j, c)| {
                        view! {
                            <td data-label=heading(j) data-testid=format!("progression-{}-{}", i + 1, c.id) class:num=c.numeric>{text(j)}</td>
                        }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{text(0)}</th>{cells}</tr> }
            })
            .collect_view()
    };
    view! {
        <table class="doc-table" data-testid="progression">
            <caption>{move || table.with(|t| t.caption.clone())}</caption>
            <thead><tr>{head}</tr></thead>
            <tbody>{body}</tbody>
        </table>
    }
}

/// The figures of a sentence marked for tests and emphasis.
fn sentence_view(sentence: doc_model::Sentence, testid: &'static str) -> impl IntoView {
    let pieces =
        sentence
            .0
            .into_iter()
            .map(|(text, id)| {
                if id.is_empty() {
                    text.into_any()
                } else {
                    view! { <strong data-testid=id>{text}</strong> }.into_any()
                }
            })
            .collect_view();
    view! { <p data-testid=testid>{pieces}</p> }
}

#[component]
pub fn FollowUpMeetings(draft: Draft, scenario: Memo<Option<Scenario>>) -> impl IntoView {
    let lang = use_lang();
    let MeetingState { note, open, fresh } = use_context::<MeetingState>().unwrap_or_else(MeetingState::new);
    let fix = RwSignal::new(false);
    let edit = StoredValue::new(None::<PlanEdit>);
    let change = RwSignal::new(None::<String>);
    let count = Memo::new(move |_| draft.read().records.len());
    // Another agreement opened (a file, a link) may not have the record that was open.
    Effect::new(move |_| {
        if open.get().is_some_and(|i| i >= count.get()) {
            open.set(None);
        }
    });
    let full = Memo::new(move |_| count.get() >= limits::RECORDS);
    let typed = use_context::<TypedHours>();
    let start = move |_| {
        fix.set(false);
        change.set(None);
        MeetingState { note, open, fresh }.start(draft, typed);
    };
    let save = move || {
        let Some(i) = open.get_untracked() else { return };
        let at = FieldPath::record(i);
        if draft.with_untracked(|a| a.problems().iter().any(|p| at.contains(&p.field))) {
            fix.set(true);
            focus_soon(".follow-up-record [aria-invalid='true']");
            return;
        }
        fix.set(false);
        if fresh.get_untracked() {
            let mut made = None;
            draft.update(|a| made = records::conclude(a, i));
            if let Some(made) = made {
                change.set(Some(i18n::plan_change(&made.change, lang.get_untracked())));
                // Undo is offered only when there is something to undo.
                let changed = draft.with_untracked(|a| made.changed_steps(a));
                edit.set_value(changed.then_some(made));
            }
        } else {
            draft.update(records::order);
        }
        open.set(None);
        fresh.set(false);
        forget_typed(typed);
        focus_soon("[data-testid='progression-heading']");
    };
    let delete = move || {
        let Some(i) = open.get_untracked() else { return };
        if confirm(Msg::DeleteFollowUpConfirm, lang.get_untracked()) {
            open.set(None);
            draft.update(|a| {
                if i < a.records.len() {
                    a.records.remove(i);
                }
            });
            note.set(None);
            forget_typed(typed);
        }
    };
    let undo = move |_| {
        if let Some(made) = edit.try_update_value(Option::take).flatten() {
            draft.update(|a| made.undo(a));
            change.set(Some(Msg::PlanUndone.text(lang.get_untracked()).to_string()));
        }
    };
    let rows = Memo::new(move |_| records::progression(&draft.read()));
    // The document's chart, its parts apart: a keystroke in a record's hours
    // redraws the marks; the axis, dates and legend only when they change.
    let chart = Memo::new(move |_| doc_model::progression_chart(&rows.read(), &lang.get()));
    let size = Memo::new(move |_| chart.with(|c| (c.width, c.height)));
    let frame = Memo::new(move |_| chart.with(|c| c.frame.clone()));
    let marks = Memo::new(move |_| chart.with(|c| c.marks.clone()));
    let legend = Memo::new(move |_| chart.with(|c| c.legend_html()));
    let gap = Memo::new(move |_| scenario.read().as_ref().and_then(|s| records::latest_gap(&draft.read(), s)));
    let gap_view = move || {
        let l = lang.get();
        gap.get().map(|g| {
            let mut sentences = doc_model::gap_sentences(&g, &l).into_iter();
            let first = sentences.next().map(|s| sentence_view(s, "gap-sentence"));
            let next = sentences.next().map(|s| sentence_view(s, "gap-next-step"));
            view! { <div class="gap" role="status">{first}{next}</div> }
        })
    };
    // Only the dates: typing a record's hours or notes leaves the list alone.
    let dates = Memo::new(move |_| draft.read().records.iter().map(|r| r.date).collect::<Vec<_>>());
    let list = move || {
        let l = lang.get();
        dates
            .get()
            .into_iter()
            .map(|date| i18n::date(date, l))
            .enumerate()
            .map(|(i, date)| {
                let name = format!("{} {} ({date})", Msg::DocMeeting.text(l), i + 1);
                let show = move |_| {
                    note.set(Some(i));
                    focus_soon("[data-testid='follow-up-note-bar'] button");
                };
                let reopen = move |_| {
                    forget_typed(typed);
                    fresh.set(false);
                    open.set(Some(i));
                    focus_soon("#follow-up-date");
                };
                view! {
                    <li>
                        {name.clone()}
                        <button type="button" class="secondary" data-testid=format!("open-follow-up-{}", i + 1)
                            aria-label=format!("{} {name}", Msg::OpenRecord.text(l)) on:click=reopen>{t(Msg::OpenRecord)}</button>
                        <button type="button" class="secondary" data-testid=format!("show-note-{}", i + 1)
                            aria-label=format!("{} – {name}", Msg::ShowNote.text(l)) on:click=show>{t(Msg::ShowNote)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="agreement-part meetings" aria-labelledby="meetings-heading">
            <h3 id="meetings-heading" tabindex="-1">{t(Msg::MeetingsHeading)}</h3>
            <p class="hint">{t(Msg::MeetingsIntro)}</p>
            <button type="button" data-testid="start-follow-up" disabled=move || full.get() || open.get().is_some() on:click=start>
                {t(Msg::StartFollowUp)}
            </button>
            {move || full.get().then(|| view! { <p class="hint">{t(Msg::MaxRecords)}</p> })}
            {move || open.get().map(|i| record_form(draft, i, save, delete))}
            <p class="error" role="alert" data-testid="follow-up-fix">{move || fix.get().then(t(Msg::RecordFix))}</p>
            <div role="status" data-testid="plan-change">
                {move || change.get().map(|text| view! {
                    <p>{text}</p>
                    {edit.with_value(Option::is_some).then(|| view! {
                        <button type="button" class="secondary" data-testid="undo-plan-change" on:click=undo>{t(Msg::UndoPlanChange)}</button>
                    })}
                })}
            </div>
            <h4 id="progression-heading" data-testid="progression-heading" tabindex="-1">{t(Msg::ProgressionHeading)}</h4>
            {move || if count.get() == 0 {
                view! { <p class="hint">{t(Msg::ProgressionNone)}</p> }.into_any()
            } else {
                view! {
                    <div class="progression-chart" role="region" tabindex="0" aria-label=t(Msg::ProgressionChart)>
                        <svg class="progression-svg" viewBox=move || size.with(|(w, h)| format!("0 0 {w} {h}"))
                            width=move || size.get().0 height=move || size.get().1 aria-hidden="true" focusable="false">
                            <g inner_html=frame></g>
                            <g inner_html=marks></g>
                        </svg>
                        <div inner_html=legend></div>
                    </div>
                    <div class="table-scroll" role="region" aria-labelledby="progression-heading" tabindex="0">
                        <ProgressionTable rows=rows count=count />
                    </div>
                    {gap_view}
                    <ul class="records">{list}</ul>
                }.into_any()
            }}
            {field_error("records", problem_at(FieldPath::Records))}
        </section>
    }
}
