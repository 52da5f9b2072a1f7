//! Form controls: a labelled text field for a number with its hint and error
//! message, and the year selector.

use leptos::prelude::*;

use super::{t, use_lang};
use crate::core::form::{CalculatorForm, Field};
use crate::core::{municipalities, rates};
use crate::i18n::{self, Msg};

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
        Some(Msg::EmptyMeans.text(lang.get()).replace("{value}", &value))
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
    let current = super::current_year();
    let newest = rates::YEARS[rates::YEARS.len() - 1].year;
    let notice = (rates::for_year(current).is_none() && current > newest)
        .then(|| move || i18n::newest_rates_notice(current, newest, lang.get()));
    view! {
        <div class="field">
            <label for="year">{t(Msg::Year)}</label>
            <select id="year" name="year" on:change=on_change aria-describedby="year-notice">
                {rates::YEARS
                    .iter()
                    .map(|r| {
                        let year = r.year;
                        view! {
                            <option value=year.to_string() prop:selected=move || form.read().year == year>
                                {year}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <p class="notice" id="year-notice" data-testid="year-notice">{notice}</p>
        </div>
    }
}

/// The municipality whose tax rates apply; none means the national average.
#[component]
pub fn MunicipalitySelect(form: RwSignal<CalculatorForm>) -> impl IntoView {
    let on_change = move |ev| form.update(|f| f.set_municipality(&event_target_value(&ev)));
    view! {
        <div class="field">
            <label for="kommune">{t(Msg::Municipality)}</label>
            <select id="kommune" name="kommune" on:change=on_change>
                <option value="" prop:selected=move || form.read().municipality.is_none()>
                    {t(Msg::MunicipalityAverage)}
                </option>
                {municipalities::MUNICIPALITIES
                    .iter()
                    .map(|m| {
                        let number = m.number;
                        view! {
                            <option value=number.to_string() prop:selected=move || form.read().municipality == Some(number)>
                                {m.name}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
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
