//! The progression agreement editor: parties, today, goal, steps with their
//! economics, support and the follow-up plan. Lists re-render only when their
//! length changes, so typing never loses focus.

use leptos::prelude::*;

use super::draft::{Draft, Opener};
use super::fields::{
    date_input, field_error, problem_at, read_text, write_text, Check, DateField, HoursFields, Problems, TextField,
};
use crate::core::agreement::{
    date_bounds, limits, Accommodation, Agreement, FieldPath, HoursPath, PartiesField, Support, SupportItem,
    SupportKind, TextKind,
};
use crate::core::document::Term;
use crate::core::income::form::{Basis, CalculatorForm};
use crate::core::income::scenario::Scenario;
use crate::core::text::dates::{from_iso, to_iso};
use crate::core::text::number::ranges;
use crate::i18n::{self, Lang, Msg};
use crate::ui::shared::{t, use_lang};

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
    fn other_path(a: &Agreement, n: usize) -> FieldPath {
        let index = a
            .today
            .accommodations
            .iter()
            .enumerate()
            .filter(|(_, x)| matches!(x, Accommodation::Other(_)))
            .nth(n)
            .map_or(0, |(i, _)| i);
        FieldPath::accommodation(index)
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
    let path = FieldPath::step(index);
    let lang = use_lang();
    view! {
        <fieldset class="step" data-testid=format!("step-{index}")>
            <legend>{move || format!("{} {}", Msg::StepN.text(lang.get()), index + 1)}</legend>
            <div class="row">
                <DateField draft=draft id=id("start") label=Msg::StepStart path=path.start() get=move |a| a.steps.get(index).map(|s| s.start) set=move |a, d| if let Some(s) = a.steps.get_mut(index) { s.start = d } />
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
                    {field_error(&id("weeks"), problem_at(path.duration_weeks()))}
                </div>
            </div>
            <HoursFields draft=draft id=id("hours") path=HoursPath::Step(index) get=move |a| a.steps.get(index).map(|s| s.hours) set=move |a, h| if let Some(s) = a.steps.get_mut(index) { s.hours = h } />
            <TextField draft=draft id=id("tasks") label=Msg::StepTasks path=path.tasks() multiline=true get=move |a| a.steps.get(index).map(|s| s.tasks.clone()) set=move |a, v| if let Some(s) = a.steps.get_mut(index) { s.tasks = v } />
            <Check draft=draft id=id("trial") label=Msg::StepTrial get=move |a| a.steps.get(index).map(|s| s.trial) set=move |a, v| if let Some(s) = a.steps.get_mut(index) { s.trial = v } />
            <Check draft=draft id=id("placement") label=Msg::StepPlacement get=move |a| a.steps.get(index).map(|s| s.placement) set=move |a, v| if let Some(s) = a.steps.get_mut(index) { s.placement = v } />
            <TextField draft=draft id=id("if-not") label=Msg::StepIfNot path=path.if_not_working() multiline=true get=move |a| a.steps.get(index).map(|s| s.if_not_working.clone()) set=move |a, v| if let Some(s) = a.steps.get_mut(index) { s.if_not_working = v } />
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
    kind: SupportKind,
    label: Msg,
    get: fn(&Support) -> &SupportItem,
    get_mut: fn(&mut Support) -> &mut SupportItem,
) -> impl IntoView {
    view! {
        <div class="support-item">
            <Check draft=draft id=format!("support-{key}") label=label get=move |a| Some(get(&a.support).given) set=move |a, v| get_mut(&mut a.support).given = v />
            <TextField draft=draft id=format!("support-{key}-note") label=Msg::Note path=FieldPath::support(kind).note() get=move |a| Some(get(&a.support).note.clone()) set=move |a, v| get_mut(&mut a.support).note = v />
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
        if crate::ui::shared::confirm(Msg::RegenerateConfirm, lang.get_untracked()) {
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
                let note_id = format!("follow-up-{i}-label");
                // On a phone each row is a card, its cells named by data-label (agreement.css).
                let name = move |msg: Msg| move || msg.text(lang.get());
                view! {
                    <tr>
                        <td data-label=name(Msg::FollowUpDate)>
                            {date_input(id.clone(), Some(label), value, on_input, first, last)}
                            {field_error(&id, problem_at(FieldPath::follow_up(i).date()))}
                        </td>
                        <td data-label=name(Msg::FollowUpKindLabel)>{kind}</td>
                        <td data-label=name(Msg::Note)>
                            // The user's own words for the meeting ("Besøg på arbejdspladsen"): the document prints them.
                            <input
                                id=note_id.clone()
                                type="text"
                                aria-label=move || format!("{} {}", Msg::Note.text(lang.get()), i + 1)
                                aria-describedby=format!("{note_id}-error")
                                prop:value=move || draft.read().follow_ups.get(i).map(|f| f.label.clone()).unwrap_or_default()
                                on:input=move |ev| {
                                    let text = TextKind::Line.clean(&event_target_value(&ev));
                                    draft.update(|a| if let Some(f) = a.follow_ups.get_mut(i) { f.label = text })
                                }
                            />
                            {field_error(&note_id, problem_at(FieldPath::follow_up(i).label()))}
                        </td>
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
            <h3 id="followup-heading" tabindex="-1">{t(Msg::FollowUpHeading)}</h3>
            <div class="row">
                <DateField draft=draft id="fleksjob-start".into() label=Msg::FleksjobStart path=FieldPath::FleksjobStart get=|a| Some(a.fleksjob_start) set=|a, d| a.fleksjob_start = d />
            </div>
            <Check draft=draft id="first-fleksjob".into() label=Msg::FirstFleksjob get=|a| Some(a.first_fleksjob) set=|a, v| a.first_fleksjob = v />
            <button type="button" class="secondary" on:click=regenerate>{t(Msg::Regenerate)}</button>
            <div class="table-scroll" role="region" aria-labelledby="followup-heading" tabindex="0">
            <table class="followups" data-testid="follow-ups">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::FollowUpDate)}</th>
                        <th scope="col">{t(Msg::FollowUpKindLabel)}</th>
                        <th scope="col">{t(Msg::Note)}</th>
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
        all.extend(crate::core::agreement::records::problems(&draft.read()));
        all
    })));
    let lang = use_lang();
    let steps = Memo::new(move |_| draft.read().steps.len());
    let steps_full = Memo::new(move |_| steps.get() >= limits::STEPS);
    let from_calculator = move |_| {
        let hours = draft.with_untracked(|a| form.read_untracked().hours_into(a.today.hours));
        if let Some(h) = hours {
            draft.update(|a| a.today.hours = h);
        }
    };
    let taken = use_context::<Opener>().map(|o| o.taken);
    let says_taken = move || {
        let hours = taken?.get()?;
        (draft.read().today.hours == hours).then(t(Msg::TodayTakenFromCalculator))
    };
    let step_list =
        move || (0..steps.get()).map(|i| view! { <StepEditor draft=draft index=i scenario=scenario /> }).collect_view();
    view! {
        <div class="agreement-editor">
            <h2>{t(Msg::AgreementTitle)}</h2>
            <p class="guidance">{t(Msg::AgreementIntro)}</p>
            <section class="agreement-part" aria-labelledby="parties-heading">
                <h3 id="parties-heading" tabindex="-1">{t(Msg::PartiesHeading)}</h3>
                <p class="hint">{t(Msg::NamesOptional)}</p>
                <div class="row">
                    <TextField draft=draft id="citizen".into() path=FieldPath::Parties(PartiesField::Citizen) label=Msg::Citizen get=read_text(|a| &a.parties.citizen) set=write_text(|a| &mut a.parties.citizen) />
                    <TextField draft=draft id="employer".into() path=FieldPath::Parties(PartiesField::Employer) label=Msg::Employer get=read_text(|a| &a.parties.employer) set=write_text(|a| &mut a.parties.employer) />
                    <TextField draft=draft id="employer-contact".into() path=FieldPath::Parties(PartiesField::EmployerContact) label=Msg::EmployerContact get=read_text(|a| &a.parties.employer_contact) set=write_text(|a| &mut a.parties.employer_contact) />
                    <TextField draft=draft id="consultant".into() path=FieldPath::Parties(PartiesField::Consultant) label=i18n::term_msg(Term::consultant(draft.read_untracked().date)) get=read_text(|a| &a.parties.consultant) set=write_text(|a| &mut a.parties.consultant) />
                    <DateField draft=draft id="agreement-date".into() path=FieldPath::Date label=Msg::AgreementDate get=|a| Some(a.date) set=|a, d| a.date = d />
                </div>
                <TextField draft=draft id="collective-agreement".into() path=FieldPath::Parties(PartiesField::CollectiveAgreement) label=Msg::CollectiveAgreement hint=Msg::CollectiveAgreementHint get=read_text(|a| &a.parties.collective_agreement) set=write_text(|a| &mut a.parties.collective_agreement) />
                <p data-testid="editor-lonloft">
                    <strong>{t(Msg::LonloftMonth)} ": "</strong>
                    {move || scenario.get().map(|s| crate::core::document::lonloft(&s, &lang.get()))}
                    <span class="hint">" " {t(Msg::LonloftFromCalculator)}</span>
                </p>
            </section>
            <section class="agreement-part" aria-labelledby="today-heading">
                <h3 id="today-heading" tabindex="-1">{t(Msg::TodayHeading)}</h3>
                <p class="hint" role="status" data-testid="today-from-calculator">{says_taken}</p>
                <button type="button" class="secondary" on:click=from_calculator>{t(Msg::FromCalculator)}</button>
                <HoursFields draft=draft id="today".into() path=HoursPath::Today get=|a| Some(a.today.hours) set=|a, h| a.today.hours = h />
                <TextField draft=draft id="today-tasks".into() path=FieldPath::TodayTasks label=Msg::Tasks multiline=true get=read_text(|a| &a.today.tasks) set=write_text(|a| &mut a.today.tasks) />
                <TextField draft=draft id="today-hard-tasks".into() path=FieldPath::TodayHardTasks label=Msg::HardTasks multiline=true get=read_text(|a| &a.today.hard_tasks) set=write_text(|a| &mut a.today.hard_tasks) />
                <Accommodations draft=draft />
            </section>
            <section class="agreement-part" aria-labelledby="goal-heading">
                <h3 id="goal-heading" tabindex="-1">{t(Msg::GoalHeading)}</h3>
                <TextField draft=draft id="goal".into() path=FieldPath::Goal label=Msg::GoalHeading hint=Msg::GoalHint multiline=true get=read_text(|a| &a.goal) set=write_text(|a| &mut a.goal) />
            </section>
            <section class="agreement-part" aria-labelledby="steps-heading">
                <h3 id="steps-heading" tabindex="-1">{t(Msg::StepsHeading)}</h3>
                {step_list}
                <button type="button" disabled=move || steps_full.get() on:click=move |_| draft.update(|a| {
                    a.add_step();
                })>{t(Msg::AddStep)}</button>
                {move || steps_full.get().then(|| view! { <p class="hint" data-testid="steps-full">{t(Msg::MaxSteps)}</p> })}
            </section>
            <super::timeline::Timeline draft=draft basis=basis problems=timeline_problems />
            <section class="agreement-part" aria-labelledby="support-heading">
                <h3 id="support-heading" tabindex="-1">{t(Msg::SupportHeading)}</h3>
                {support_item(draft, "mentor", SupportKind::Mentor, Msg::Mentor, |s| &s.mentor, |s| &mut s.mentor)}
                {support_item(draft, "aids", SupportKind::Aids, Msg::Aids, |s| &s.aids, |s| &mut s.aids)}
                {support_item(draft, "assistance", SupportKind::PersonalAssistance, Msg::PersonalAssistance, |s| &s.personal_assistance, |s| &mut s.personal_assistance)}
                <TextField draft=draft id="support-other".into() path=FieldPath::SupportOther label=Msg::OtherSupport multiline=true get=read_text(|a| &a.support.other) set=write_text(|a| &mut a.support.other) />
            </section>
            <FollowUps draft=draft />
            <super::meetings::FollowUpMeetings draft=draft scenario=scenario />
        </div>
    }
}

/// The agreement's parts, at hand wherever the editor is scrolled: the
/// meetings first, since a follow-up is what the editor is opened for most.
/// A link moves focus to its part's heading (the fragment holds the
/// calculator, so it is not followed); the page's scroll padding keeps
/// what has focus clear of the bar (WCAG 2.4.11).
#[component]
pub fn PartNav() -> impl IntoView {
    const PARTS: [(&str, Msg); 9] = [
        ("meetings-heading", Msg::NavMeetings),
        ("parties-heading", Msg::PartiesHeading),
        ("today-heading", Msg::TodayHeading),
        ("goal-heading", Msg::GoalHeading),
        ("steps-heading", Msg::StepsHeading),
        ("timeline-heading", Msg::TimelineHeading),
        ("support-heading", Msg::SupportHeading),
        ("followup-heading", Msg::FollowUpHeading),
        ("outputs-heading", Msg::OutputsHeading),
    ];
    let links = PARTS
        .into_iter()
        .map(|(id, label)| {
            let go = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                crate::ui::page::focus_first(&format!("#{id}"));
            };
            view! { <li><a href=format!("#{id}") data-testid=format!("nav-{id}") on:click=go>{t(label)}</a></li> }
        })
        .collect_view();
    view! { <nav class="part-nav no-print" aria-label=t(Msg::NavParts)><ul>{links}</ul></nav> }
}

/// Which figures the steps' money rests on, and when the calculator on
/// screen differs from the agreement's basis, both ways to make them agree.
#[component]
pub fn BasisNotice(draft: Draft, form: RwSignal<CalculatorForm>) -> impl IntoView {
    let opener = use_context::<Opener>();
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
