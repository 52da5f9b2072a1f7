//! Compiles the rate files in `data/` into const tables (`$OUT_DIR/*.rs`,
//! included by `core::rates`, `core::tax`, `core::scenario` and
//! `core::municipalities`), so the
//! rules stay data with their sources and no parser ships in the wasm.
//!
//! The build fails with a message naming the file and parameter when a value
//! is missing for a year, a `from` date is not 1 January, a status is unknown
//! or a source is empty.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Parameter {
    description: String,
    values: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Value {
    from: toml::value::Datetime,
    value: f64,
    status: String,
    source: String,
    /// The source in English, when it is not a title that reads the same.
    source_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Municipalities {
    sources: BTreeMap<String, Source>,
    municipality: Vec<Municipality>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    status: String,
    source: String,
    source_en: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Municipality {
    number: u16,
    name: String,
    rates: Vec<LocalRate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LocalRate {
    year: u16,
    kommuneskat: f64,
    kirkeskat: Option<f64>,
    source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PensionAges {
    age: Vec<PensionAge>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PensionAge {
    born_from: toml::value::Datetime,
    born_to: toml::value::Datetime,
    age_months: u16,
    status: String,
    source: String,
    source_en: Option<String>,
}

fn main() {
    println!("cargo:rerun-if-changed=data");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    // Which parameters' sources the screen shows. The
    // others' sources stay in the data and the native build, where the tests
    // check them, and are left out of the wasm, which never shows them.
    for (file, ty, name, target, shown) in [
        // ATP on ledighedsydelse is not shown with a source.
        (
            "data/rates/flekslontilskud.toml",
            "YearRates",
            "YEARS",
            "rates_data.rs",
            &[
                "max_dagpenge_month",
                "max_subsidy_month",
                "taper_threshold_month",
                "kontanthjaelp_forsorger_month",
                "kontanthjaelp_andre_month",
            ][..],
        ),
        // The national averages stand in for a municipality's rate, and its
        // source is shown beside it.
        (
            "data/rates/tax.toml",
            "TaxYear",
            "TAX_YEARS",
            "tax_data.rs",
            &["average_kommuneskat_pct", "average_kirkeskat_pct"][..],
        ),
        ("data/rates/employer.toml", "EmployerYear", "EMPLOYER_YEARS", "employer_data.rs", &[][..]),
    ] {
        write(&out.join(target), &parameter_table(file, ty, name, shown));
    }
    write(&out.join("municipalities_data.rs"), &municipality_table("data/municipalities.toml"));
    write(&out.join("folkepension_data.rs"), &pension_age_table("data/folkepension.toml"));
}

/// The folkepension ages by date of birth: rows in order, each following
/// the one before without a gap.
fn pension_age_table(file: &str) -> String {
    let data: PensionAges = read(file);
    // The screen cites § 1 a itself; the rows' sources stay in the native
    // build, where the tests read them.
    let mut notes = String::new();
    let mut rows = String::new();
    let mut previous: Option<(u16, u8, u8)> = None;
    for (i, row) in data.age.iter().enumerate() {
        let date = |d: &toml::value::Datetime| {
            let d = d.date.unwrap_or_else(|| panic!("{file}: born_from and born_to are dates"));
            (d.year, d.month, d.day)
        };
        let (from, to) = (date(&row.born_from), date(&row.born_to));
        let what = format!("born {from:?}");
        assert!(from <= to, "{file}: {what}: born_to before born_from");
        if let Some((y, m, d)) = previous {
            let next_day = match (m, d) {
                (12, 31) => (y + 1, 1, 1),
                (6, 30) => (y, 7, 1),
                _ => panic!("{file}: {what}: a row ends on 30 June or 31 December"),
            };
            assert_eq!(from, next_day, "{file}: {what}: the rows leave a gap or overlap");
        }
        previous = Some(to);
        let source = native_only(
            &mut notes,
            &format!("PENSION_AGE_{i}"),
            &note(file, &what, &row.source, row.source_en.as_deref()),
        );
        let _ = writeln!(
            rows,
            "    PensionAge {{ born_from: {from:?}, born_to: {to:?}, age_months: {}, status: {}, source: {source} }},",
            row.age_months,
            status(file, &what, &row.status),
        );
    }
    format!("/// Generated by build.rs from `{file}`.\n{notes}pub const PENSION_AGES: &[PensionAge] = &[\n{rows}];\n")
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
}

fn read<T: for<'de> Deserialize<'de>>(file: &str) -> T {
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// A `Status` variant from the file's word.
fn status(file: &str, what: &str, word: &str) -> &'static str {
    match word {
        "published" => "Status::Published",
        "derived" => "Status::Derived",
        "unverified" => "Status::Unverified",
        other => panic!("{file}: {what}: unknown status {other:?} (published, derived or unverified)"),
    }
}

fn note(file: &str, what: &str, source: &str, source_en: Option<&str>) -> String {
    let en = source_en.unwrap_or(source);
    if source.trim().is_empty() || en.trim().is_empty() {
        panic!("{file}: {what}: the source is empty");
    }
    format!("Note::new({source:?}, {en:?})")
}

/// One struct literal per year, one `Figure` field per parameter, in the
/// file's order. A parameter the struct lacks, or a field the file lacks,
/// is a compile error; a year a parameter lacks is a build error here.
fn parameter_table(file: &str, ty: &str, name: &str, shown: &[&str]) -> String {
    let table: BTreeMap<String, Parameter> = read(file);
    let mut params: Vec<(String, BTreeMap<u16, String>)> = Vec::new();
    // Sources the browser never shows, as constants that are empty in the wasm.
    let mut unshown = String::new();
    for (key, p) in table {
        assert!(!p.description.trim().is_empty(), "{file}: [{key}] has no description");
        let mut by_year = BTreeMap::new();
        for v in &p.values {
            let date = v.from.date.unwrap_or_else(|| panic!("{file}: [{key}]: `from` must be a date"));
            let what = format!("[{key}] from {}", v.from);
            assert!(date.month == 1 && date.day == 1, "{file}: {what}: rates apply from 1 January");
            assert!(v.value.is_finite() && v.value >= 0.0, "{file}: {what}: value {} is not a rate", v.value);
            let mut source = note(file, &what, &v.source, v.source_en.as_deref());
            if !shown.contains(&key.as_str()) {
                source = native_only(&mut unshown, &format!("{}_{}", key.to_uppercase(), date.year), &source);
            }
            let figure = format!(
                "Figure {{ value: {:?}, status: {}, source: {source} }}",
                v.value,
                status(file, &what, &v.status),
            );
            if by_year.insert(date.year, figure).is_some() {
                panic!("{file}: {what}: two values for the same year");
            }
        }
        params.push((key, by_year));
    }
    let years: BTreeSet<u16> = params.iter().flat_map(|(_, v)| v.keys().copied()).collect();
    let mut out = format!("/// Generated by build.rs from `{file}`.\n{unshown}pub const {name}: &[{ty}] = &[\n");
    for year in &years {
        let _ = writeln!(out, "    {ty} {{\n        year: {year},");
        for (key, by_year) in &params {
            let figure = by_year.get(year).unwrap_or_else(|| panic!("{file}: [{key}] has no value for {year}"));
            let _ = writeln!(out, "        {key}: {figure},");
        }
        out.push_str("    },\n");
    }
    out.push_str("];\n");
    let _ = write!(
        out,
        "\nimpl {ty} {{\n    /// Every figure with its parameter name in `{file}`.\n    pub fn figures(&self) -> [(&'static str, Figure); {}] {{\n        [",
        params.len()
    );
    for (key, _) in &params {
        let _ = write!(out, "({key:?}, self.{key}), ");
    }
    out.push_str("]\n    }\n}\n");
    out
}

/// A note the browser never shows, as a constant that is empty in the wasm
/// (written to `out`); returns its name.
fn native_only(out: &mut String, constant: &str, note: &str) -> String {
    let _ = writeln!(
        out,
        "#[cfg(not(target_arch = \"wasm32\"))]\nconst {constant}: Note = {note};\n#[cfg(target_arch = \"wasm32\")]\nconst {constant}: Note = Note::same(\"\");"
    );
    constant.to_string()
}

fn municipality_table(file: &str) -> String {
    let data: Municipalities = read(file);
    let mut numbers = BTreeSet::new();
    let mut out = format!("/// Generated by build.rs from `{file}`.\npub const MUNICIPALITIES: &[Municipality] = &[\n");
    for m in &data.municipality {
        assert!(numbers.insert(m.number), "{file}: municipality {} appears twice", m.number);
        let _ = writeln!(out, "    Municipality {{ number: {}, name: {:?}, rates: &[", m.number, m.name);
        for r in &m.rates {
            let what = format!("{} {}", m.name, r.year);
            let s =
                data.sources.get(&r.source).unwrap_or_else(|| panic!("{file}: {what}: unknown source {:?}", r.source));
            for pct in [Some(r.kommuneskat), r.kirkeskat].into_iter().flatten() {
                assert!((0.0..=40.0).contains(&pct), "{file}: {what}: {pct} % is not a tax rate");
            }
            let _ = writeln!(
                out,
                "        LocalRate {{ year: {}, kommuneskat_pct: {:?}, kirkeskat_pct: {:?}, status: {}, source: {} }},",
                r.year,
                r.kommuneskat,
                r.kirkeskat,
                status(file, &what, &s.status),
                note(file, &what, &s.source, s.source_en.as_deref())
            );
        }
        out.push_str("    ] },\n");
    }
    out.push_str("];\n");
    out
}
