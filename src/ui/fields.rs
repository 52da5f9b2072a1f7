//! Form controls: a labelled text field for a number with its hint and error
//! message, and the year selector.

use leptos::prelude::*;

use crate::core::income::form::{CalculatorForm, Field, LedighedsydelseLevel};
use crate::core::{income::municipalities, income::rates};
use crate::i18n::{self, Msg};
use crate::ui::shared::{t, use_lang};

/// A number field bound to one `Field` of the form. Text stays as typed; the
/// error, if any, is shown beside it and announced to screen readers.
#[component]
pub fn NumberField(form: RwSignal<CalculatorForm>, field: Field, label: Msg, hint: Msg) -> impl IntoView {
    let lang = use_lang();
    let id = field.key();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let error = Memo::new(move |_| form.read().error(field));
    // An optional field says so; what it stands for when empty is said
    // beside it, never as a grey number that looks typed.
    let placeholder = move || field.optional().then(|| Msg::Optional.text(lang.get()));
    let empty_means = move || {
        let f = form.read();
        if !field.optional() || !f.text(field).trim().is_empty() {
            return None;
        }
        let value = i18n::number(f.default_value(field)?, 2, lang.get());
        Some(i18n::fill(Msg::EmptyMeans.text(lang.get()), "{value}", &value))
    };
    view! {
        <div class="field" class:invalid=move || error.get().is_some()>
            <label for=id>{t(label)}</label>
            <input
                id=id
                name=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                placeholder=placeholder
                prop:value=move || form.read().text(field).to_string()
                aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                aria-describedby=format!("{hint_id} {error_id}")
                on:input=move |ev| form.update(|f| f.set_text(field, event_target_value(&ev)))
            />
            <p class="hint" id=hint_id>{t(hint)} " " <span data-testid=format!("{id}-default")>{empty_means}</span></p>
            <p class="error" id=error_id data-testid=format!("{id}-error") aria-live="polite">
                {move || error.get().map(|e| i18n::input_error(e, lang.get()))}
            </p>
        </div>
    }
}

/// Which year's rates to use.
#[component]
pub fn YearSelect(form: RwSignal<CalculatorForm>) -> impl IntoView {
    let on_change = move |ev| {
        if let Ok(year) = event_target_value(&ev).parse() {
            form.update(|f| f.set_year(year));
        }
    };
    let lang = use_lang();
    // A new year before its rates are in the data: say which year is used.
    let current = crate::ui::shared::current_year();
    let newest = rates::YEARS[rates::YEARS.len() - 1].year;
    let notice = (rates::for_year(current).is_none() && current > newest)
        .then_some(move || i18n::newest_rates_notice(current, newest, lang.get()));
    let select = NodeRef::<leptos::html::Select>::new();
    let year = Memo::new(move |_| form.read().year);
    fill_select(
        select,
        Box::new(|| rates::YEARS.iter().map(|r| (r.year.to_string(), r.year.to_string())).collect()),
        Box::new(move || year.get().to_string()),
    );
    view! {
        <div class="field">
            <label for="year">{t(Msg::Year)}</label>
            <select id="year" name="year" node_ref=select on:change=on_change aria-describedby="year-notice"></select>
            <p class="notice" id="year-notice" data-testid="year-notice">{notice}</p>
        </div>
    }
}

/// The municipality whose tax rates apply; none means the national average.
#[component]
pub fn MunicipalitySelect(form: RwSignal<CalculatorForm>) -> impl IntoView {
    let on_change = move |ev| form.update(|f| f.set_municipality(&event_target_value(&ev)));
    let lang = use_lang();
    let select = NodeRef::<leptos::html::Select>::new();
    let chosen = Memo::new(move |_| form.read().municipality);
    fill_select(
        select,
        Box::new(move || {
            let average = (String::new(), Msg::MunicipalityAverage.text(lang.get()).to_string());
            let all = municipalities::MUNICIPALITIES.iter().map(|m| (m.number.to_string(), m.name.to_string()));
            std::iter::once(average).chain(all).collect()
        }),
        Box::new(move || chosen.get().map(|n| n.to_string()).unwrap_or_default()),
    );
    view! {
        <div class="field">
            <label for="kommune">{t(Msg::Municipality)}</label>
            <select id="kommune" name="kommune" node_ref=select on:change=on_change></select>
        </div>
    }
}

/// Which ledighedsydelse the comparison shows, each level the law sets
/// with the year's amount; the chosen level's status and source below it.
#[component]
pub fn LedighedsydelseSelect(form: RwSignal<CalculatorForm>) -> impl IntoView {
    let on_change =
        move |ev| form.update(|f| f.ledighedsydelse_level = LedighedsydelseLevel::from_key(&event_target_value(&ev)));
    let lang = use_lang();
    let select = NodeRef::<leptos::html::Select>::new();
    let chosen = Memo::new(move |_| form.read().ledighedsydelse_level);
    // The amounts follow the year alone: a keystroke elsewhere leaves the options be.
    let year = Memo::new(move |_| form.read().year);
    fill_select(
        select,
        Box::new(move || {
            let l = lang.get();
            year.track();
            let f = form.read_untracked();
            let none = (String::new(), Msg::LevelNone.text(l).to_string());
            let levels = LedighedsydelseLevel::ALL.map(|level| {
                let name = match level {
                    LedighedsydelseLevel::Dagpenge89 => Msg::Level89,
                    LedighedsydelseLevel::KontanthjaelpForsorger => Msg::LevelForsorger,
                    LedighedsydelseLevel::KontanthjaelpAndre => Msg::LevelAndre,
                };
                (
                    level.key().to_string(),
                    format!("{}: {}", name.text(l), i18n::kroner(f.ledighedsydelse_at(level).value, l)),
                )
            });
            std::iter::once(none).chain(levels).collect()
        }),
        Box::new(move || chosen.get().map(|level| level.key().to_string()).unwrap_or_default()),
    );
    let source = move || {
        let (level, l) = (chosen.get()?, lang.get());
        year.track();
        Some(i18n::figure_note(form.read_untracked().ledighedsydelse_at(level), l))
    };
    view! {
        <div class="field">
            <label for="ledighedsydelse_level">{t(Msg::LedighedsydelseLevel)}</label>
            <select id="ledighedsydelse_level" name="ledighedsydelse_level" class="wide" node_ref=select on:change=on_change aria-describedby="ledighedsydelse_level-hint"></select>
            <p class="hint" id="ledighedsydelse_level-hint">{t(Msg::LedighedsydelseLevelHint)} " " <span data-testid="ledighedsydelse-level-source">{source}</span></p>
        </div>
        <details class="more-info" data-testid="ledighedsydelse-levels">
            <summary>{t(Msg::LevelWho)}</summary>
            <p class="small">{t(Msg::LevelWhoText)}</p>
        </details>
    }
}

/// A select's options as (value, text).
pub type Options = Box<dyn Fn() -> Vec<(String, String)>>;

/// Fill `select` with `options`, written as one HTML string, and keep
/// `chosen` selected. A view and an effect per option cost wasm and, for the
/// 99 municipalities, start-up time and work on every keystroke; the list
/// changes only as a whole (with the language).
pub fn fill_select(select: NodeRef<leptos::html::Select>, options: Options, chosen: Box<dyn Fn() -> String>) {
    let chosen = std::rc::Rc::new(chosen);
    let value = chosen.clone();
    Effect::new(move |_| {
        let list = options();
        if let Some(el) = select.get() {
            let esc = crate::core::document::escape;
            let html: String = list
                .iter()
                .map(|(value, text)| format!("<option value=\"{}\">{}</option>", esc(value), esc(text)))
                .collect();
            el.set_inner_html(&html);
            el.set_value(&untrack(|| value()));
        }
    });
    Effect::new(move |_| {
        let v = chosen();
        if let Some(el) = select.get() {
            el.set_value(&v);
        }
    });
}

/// A yes/no setting of the calculator (church membership, single parent).
#[component]
pub fn FormCheckbox(
    form: RwSignal<CalculatorForm>,
    id: &'static str,
    label: Msg,
    get: fn(&CalculatorForm) -> bool,
    set: fn(&mut CalculatorForm, bool),
) -> impl IntoView {
    view! {
        <div class="field checkbox">
            <input
                type="checkbox"
                id=id
                name=id
                prop:checked=move || get(&form.read())
                on:change=move |ev| form.update(|f| set(f, event_target_checked(&ev)))
            />
            <label for=id>{t(label)}</label>
        </div>
    }
}
