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
//! - **5** (current): `events`, holiday, sickness and bonuses by month
//!   (`{"month": "2027-07", "kind": "holiday_with_pay", "amount": 10}`);
//!   left out when there are none, and absent in older files.
//!
//! Import never panics, whatever it is given: every failure is an
//! `ImportError` saying what is wrong and, where it can, where.
//!
//! Hours are written as the shortest decimal that reads back as the same
//! number, and read back as the nearest number to the decimal, so every
//! written figure reads back exactly (see `json`).

use chrono::NaiveDate;

use super::agreement::{
    Accommodation, Agreement, EventKind, FollowUp, FollowUpKind, Hours, Month, MonthEvent, Parties, Problem, Step,
    Support, SupportItem, Today,
};
use super::dates::{from_iso, to_iso};
use super::form::{Basis, Field};
use super::input::parse_number;
use super::json::read::{self, key_path, mismatch, Mismatch};
use super::json::{self, Json};

/// The schema version this build writes.
pub const SCHEMA: u32 = 5;

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
    /// `detail` is serde's wording (`json::read`), in English, for developers.
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

    /// The field the error is about, if it is about one.
    pub fn field(&self) -> Option<&str> {
        match self {
            ImportError::Missing { field } | ImportError::WrongShape { field, .. } => Some(field),
            ImportError::Invalid(problem) => Some(&problem.field),
            _ => None,
        }
    }
}

impl From<Mismatch> for ImportError {
    fn from(m: Mismatch) -> ImportError {
        wrong_shape(&m.path, m.detail)
    }
}

/// The agreement as the file's JSON object: format and schema first, then
/// the agreement's own fields in the order of its type.
pub fn file(agreement: &Agreement) -> Json {
    let a = agreement;
    let mut members = vec![
        member("format", FORMAT.into()),
        member("schema", u64::from(SCHEMA).into()),
        member("date", to_iso(a.date).into()),
        member("parties", parties_json(&a.parties)),
        member("today", today_json(&a.today)),
        member("goal", a.goal.as_str().into()),
        member("steps", Json::Array(a.steps.iter().map(step_json).collect())),
        member("support", support_json(&a.support)),
        member("fleksjob_start", to_iso(a.fleksjob_start).into()),
        member("first_fleksjob", a.first_fleksjob.into()),
        member("follow_ups", Json::Array(a.follow_ups.iter().map(follow_up_json).collect())),
    ];
    if !a.events.is_empty() {
        members.push(member("events", Json::Array(a.events.iter().map(event_json).collect())));
    }
    if let Some(basis) = &a.basis {
        members.push(member("basis", basis_json(basis)));
    }
    Json::Object(members)
}

fn member(key: &str, value: Json) -> (String, Json) {
    (key.to_string(), value)
}

fn object<const N: usize>(members: [(&str, Json); N]) -> Json {
    Json::Object(members.into_iter().map(|(k, v)| member(k, v)).collect())
}

fn text(s: &str) -> Json {
    Json::from(s)
}

fn parties_json(p: &Parties) -> Json {
    object([
        ("citizen", text(&p.citizen)),
        ("employer", text(&p.employer)),
        ("employer_contact", text(&p.employer_contact)),
        ("consultant", text(&p.consultant)),
        ("collective_agreement", text(&p.collective_agreement)),
    ])
}

fn hours_json(h: &Hours) -> Json {
    object([("attended", h.attended.into()), ("effective", h.effective.into()), ("paid", h.paid.into())])
}

fn today_json(t: &Today) -> Json {
    let accommodations = t
        .accommodations
        .iter()
        .map(|a| match a {
            Accommodation::Other(note) => object([("other", text(note))]),
            common => text(common.key()),
        })
        .collect();
    object([
        ("hours", hours_json(&t.hours)),
        ("tasks", text(&t.tasks)),
        ("hard_tasks", text(&t.hard_tasks)),
        ("accommodations", Json::Array(accommodations)),
    ])
}

fn step_json(s: &Step) -> Json {
    object([
        ("start", to_iso(s.start).into()),
        ("duration_weeks", u64::from(s.duration_weeks).into()),
        ("hours", hours_json(&s.hours)),
        ("tasks", text(&s.tasks)),
        ("trial", s.trial.into()),
        ("placement", s.placement.into()),
        ("if_not_working", text(&s.if_not_working)),
    ])
}

fn item_json(i: &SupportItem) -> Json {
    object([("given", i.given.into()), ("note", text(&i.note))])
}

fn support_json(s: &Support) -> Json {
    object([
        ("mentor", item_json(&s.mentor)),
        ("aids", item_json(&s.aids)),
        ("personal_assistance", item_json(&s.personal_assistance)),
        ("other", text(&s.other)),
    ])
}

fn follow_up_json(f: &FollowUp) -> Json {
    object([
        ("date", to_iso(f.date).into()),
        ("kind", text(f.kind.key())),
        ("label", text(&f.label)),
        ("done", f.done.into()),
    ])
}

fn event_json(e: &MonthEvent) -> Json {
    object([("month", e.month.iso().into()), ("kind", text(e.kind.key())), ("amount", e.amount.into())])
}

/// `{"year":2025,"kommune":751,"church":true,"wage":185,…}`: the URL
/// fragment's keys, numbers as numbers, empty fields left out.
fn basis_json(b: &Basis) -> Json {
    let mut members = vec![member("year", u64::from(b.year).into())];
    if let Some(number) = b.municipality {
        members.push(member("kommune", u64::from(number).into()));
    }
    members.push(member("church", b.church.into()));
    if b.single_parent {
        members.push(member("single_parent", true.into()));
    }
    for field in Field::ALL {
        if let Some(v) = b.value(field) {
            members.push(member(field.key(), v.into()));
        }
    }
    Json::Object(members)
}

/// The agreement as an indented JSON file with the current schema version.
/// A NaN hour is written as null, and import then refuses it.
pub fn to_json(agreement: &Agreement) -> String {
    file(agreement).to_pretty()
}

/// Read an agreement file of any supported schema, upgrading older ones,
/// and check it against the agreement's limits.
pub fn from_json(text: &str) -> Result<Agreement, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len(), max: MAX_BYTES });
    }
    from_value(parse(text)?)
}

/// JSON text as a value with sorted objects, or where reading stopped.
fn parse(text: &str) -> Result<Json, ImportError> {
    json::parse(text).map(Json::sorted).map_err(|e| ImportError::NotJson { line: e.line, column: e.column })
}

/// `from_json` for a file already parsed as JSON.
pub fn from_value(value: Json) -> Result<Agreement, ImportError> {
    accepted(read_any(value.sorted())?)
}

/// The agreement in a file of any supported schema, upgraded, not yet
/// checked against the limits. Objects are sorted (`Json::sorted`), so that
/// of two errors the one reported is the same whatever the file's order.
fn read_any(mut map: Json) -> Result<Agreement, ImportError> {
    if !matches!(map, Json::Object(_)) {
        return Err(ImportError::NotAgreementFile);
    }
    if map.remove("format").as_ref().and_then(Json::as_str) != Some(FORMAT) {
        return Err(ImportError::NotAgreementFile);
    }
    match schema_of(&mut map)? {
        1 => upgrade_1_to_2(&mut map)?,
        // Schemas 3 to 5 only added optional fields.
        2..=5 => {}
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
fn schema_of(map: &mut Json) -> Result<u64, ImportError> {
    let value = map.remove("schema").ok_or_else(|| missing("schema"))?;
    value.as_u64().filter(|v| *v >= 1).ok_or_else(|| wrong_shape("schema", "expected a whole number from 1"))
}

fn missing(field: &str) -> ImportError {
    ImportError::Missing { field: short_path(field) }
}

fn wrong_shape(field: &str, detail: impl Into<String>) -> ImportError {
    let detail: String = detail.into().chars().take(2 * MAX_PATH_CHARS).collect();
    ImportError::WrongShape { field: short_path(field), detail }
}

/// A field path cut to `MAX_PATH_CHARS`, with "…" where it was cut.
fn short_path(path: &str) -> String {
    match path.char_indices().nth(MAX_PATH_CHARS) {
        Some((end, _)) => format!("{}…", &path[..end]),
        None => path.to_string(),
    }
}

/// Build the agreement from a current-schema map, field by field so that an
/// error names the field (and the list element) it is in.
fn read_current(map: Json) -> Result<Agreement, ImportError> {
    let mut r = Reader { map };
    let agreement = Agreement {
        date: r.date("date")?,
        parties: r.field("parties", parties)?,
        today: r.field("today", today)?,
        goal: r.field("goal", |v, p, _| read::string(v, p))?,
        steps: r.list("steps", step)?,
        support: r.field("support", support)?,
        fleksjob_start: r.date("fleksjob_start")?,
        first_fleksjob: r.field("first_fleksjob", |v, p, _| read::bool(v, p))?,
        follow_ups: r.list("follow_ups", follow_up)?,
        events: if r.map.get("events").is_some() { r.list("events", event)? } else { Vec::new() },
        basis: match r.map.remove("basis") {
            None => None,
            Some(value) => Some(read_basis(value)?),
        },
    };
    match &r.map {
        Json::Object(rest) if !rest.is_empty() => Err(wrong_shape(&rest[0].0, "not a field of the agreement")),
        _ => Ok(agreement),
    }
}

/// Reads a value at a path; `top` when the value is read on its own (a
/// field of the file or an element of one of its lists).
type ReadFn<T> = fn(Json, &str, bool) -> read::Result<T>;

/// Takes fields out of the file's top-level object.
struct Reader {
    map: Json,
}

impl Reader {
    fn field<T>(&mut self, name: &str, read: ReadFn<T>) -> Result<T, ImportError> {
        let value = self.map.remove(name).ok_or_else(|| missing(name))?;
        Ok(read(value, name, true)?)
    }

    fn date(&mut self, name: &str) -> Result<NaiveDate, ImportError> {
        let value = self.map.remove(name).ok_or_else(|| missing(name))?;
        value.as_str().and_then(from_iso).ok_or_else(|| wrong_shape(name, "expected a date as YYYY-MM-DD"))
    }

    fn list<T>(&mut self, name: &str, read: ReadFn<T>) -> Result<Vec<T>, ImportError> {
        match self.map.remove(name).ok_or_else(|| missing(name))? {
            Json::Array(items) => {
                items.into_iter().enumerate().map(|(i, item)| Ok(read(item, &format!("{name}[{i}]"), true)?)).collect()
            }
            _ => Err(wrong_shape(name, "expected a list")),
        }
    }
}

// The agreement's parts, read as serde's derive read them (see `json::read`).

fn date(value: Json, path: &str) -> read::Result<NaiveDate> {
    let text = read::string(value, path)?;
    from_iso(&text).map_or_else(|| mismatch(path, "not a date in the form YYYY-MM-DD"), Ok)
}

fn month(value: Json, path: &str) -> read::Result<Month> {
    let text = read::string(value, path)?;
    Month::from_iso(&text).map_or_else(|| mismatch(path, "not a month in the form YYYY-MM"), Ok)
}

fn parties(value: Json, path: &str, top: bool) -> read::Result<Parties> {
    const FIELDS: [&str; 5] = ["citizen", "employer", "employer_contact", "consultant", "collective_agreement"];
    let mut p = Parties::default();
    read::fields(value, path, top, "Parties", &FIELDS, 1 << 4, &mut |i, v, at| {
        let text = read::string(v, at)?;
        *[&mut p.citizen, &mut p.employer, &mut p.employer_contact, &mut p.consultant, &mut p.collective_agreement]
            .into_iter()
            .nth(i)
            .expect("one of the fields") = text;
        Ok(())
    })?;
    Ok(p)
}

fn hours(value: Json, path: &str, top: bool) -> read::Result<Hours> {
    let mut h = Hours::default();
    read::fields(value, path, top, "Hours", &["attended", "effective", "paid"], 0, &mut |i, v, at| {
        let number = read::f64(v, at)?;
        match i {
            0 => h.attended = number,
            1 => h.effective = number,
            _ => h.paid = number,
        }
        Ok(())
    })?;
    Ok(h)
}

fn accommodation(value: Json, path: &str) -> read::Result<Accommodation> {
    const VARIANTS: [&str; 6] = ["pace", "breaks", "lifting", "spread_of_hours", "days_off", "other"];
    match read::variant(value, path, &VARIANTS)? {
        (5, None) => mismatch(path, "invalid type: unit variant, expected newtype variant"),
        (5, Some(note)) => Ok(Accommodation::Other(read::string(note, &key_path(path, "other"))?)),
        (i, content) => {
            read::unit(content, path)?;
            Ok(Accommodation::COMMON[i].clone())
        }
    }
}

fn today(value: Json, path: &str, top: bool) -> read::Result<Today> {
    const FIELDS: [&str; 4] = ["hours", "tasks", "hard_tasks", "accommodations"];
    let mut t = Today::default();
    read::fields(value, path, top, "Today", &FIELDS, 1 << 2, &mut |i, v, at| {
        match i {
            0 => t.hours = hours(v, at, false)?,
            1 => t.tasks = read::string(v, at)?,
            2 => t.hard_tasks = read::string(v, at)?,
            _ => t.accommodations = read::list(v, at, false, &mut accommodation)?,
        }
        Ok(())
    })?;
    Ok(t)
}

fn step(value: Json, path: &str, top: bool) -> read::Result<Step> {
    const FIELDS: [&str; 7] = ["start", "duration_weeks", "hours", "tasks", "trial", "placement", "if_not_working"];
    let mut s = Step::new(NaiveDate::default(), Hours::default());
    read::fields(value, path, top, "Step", &FIELDS, 1 << 5, &mut |i, v, at| {
        match i {
            0 => s.start = date(v, at)?,
            1 => s.duration_weeks = read::u16(v, at)?,
            2 => s.hours = hours(v, at, false)?,
            3 => s.tasks = read::string(v, at)?,
            4 => s.trial = read::bool(v, at)?,
            5 => s.placement = read::bool(v, at)?,
            _ => s.if_not_working = read::string(v, at)?,
        }
        Ok(())
    })?;
    Ok(s)
}

fn support_item(value: Json, path: &str, top: bool) -> read::Result<SupportItem> {
    let mut item = SupportItem::default();
    read::fields(value, path, top, "SupportItem", &["given", "note"], 0, &mut |i, v, at| {
        match i {
            0 => item.given = read::bool(v, at)?,
            _ => item.note = read::string(v, at)?,
        }
        Ok(())
    })?;
    Ok(item)
}

fn support(value: Json, path: &str, top: bool) -> read::Result<Support> {
    const FIELDS: [&str; 4] = ["mentor", "aids", "personal_assistance", "other"];
    let mut s = Support::default();
    read::fields(value, path, top, "Support", &FIELDS, 0, &mut |i, v, at| {
        match i {
            0 => s.mentor = support_item(v, at, false)?,
            1 => s.aids = support_item(v, at, false)?,
            2 => s.personal_assistance = support_item(v, at, false)?,
            _ => s.other = read::string(v, at)?,
        }
        Ok(())
    })?;
    Ok(s)
}

/// A follow-up's kind by its key; the follow-up rules use it too.
fn follow_up(value: Json, path: &str, top: bool) -> read::Result<FollowUp> {
    let mut f = FollowUp { date: NaiveDate::default(), kind: FollowUpKind::Custom, label: String::new(), done: false };
    read::fields(value, path, top, "FollowUp", &["date", "kind", "label", "done"], 0, &mut |i, v, at| {
        match i {
            0 => f.date = date(v, at)?,
            1 => f.kind = read::unit_variant(v, at, FollowUpKind::ALL, FollowUpKind::key)?,
            2 => f.label = read::string(v, at)?,
            _ => f.done = read::bool(v, at)?,
        }
        Ok(())
    })?;
    Ok(f)
}

fn event(value: Json, path: &str, top: bool) -> read::Result<MonthEvent> {
    let mut e = MonthEvent { month: Month { year: 2000, month: 1 }, kind: EventKind::Bonus, amount: 0.0 };
    read::fields(value, path, top, "MonthEvent", &["month", "kind", "amount"], 0, &mut |i, v, at| {
        match i {
            0 => e.month = month(v, at)?,
            1 => e.kind = read::unit_variant(v, at, EventKind::ALL, EventKind::key)?,
            _ => e.amount = read::f64(v, at)?,
        }
        Ok(())
    })?;
    Ok(e)
}

/// The basis object: `year`, optional `kommune` and `church`, and the
/// calculator's fields by their fragment keys, as numbers. Values are checked
/// against the calculator's ranges afterwards, with the rest of the agreement.
fn read_basis(value: Json) -> Result<Basis, ImportError> {
    let year = value.get("year").map(|y| y.as_u64().and_then(|y| u16::try_from(y).ok()));
    let Json::Object(members) = value else {
        return Err(wrong_shape("basis", "expected an object"));
    };
    let year = year.ok_or_else(|| missing("basis.year"))?;
    let mut basis = Basis::new(year.ok_or_else(|| wrong_shape("basis.year", "expected a year"))?);
    for (key, value) in members {
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
            _ => {
                let field = Field::from_key(&key).ok_or_else(|| wrong_shape(&path, "not a field of the basis"))?;
                let number = value.as_f64().ok_or_else(|| wrong_shape(&path, "expected a number"))?;
                basis.set_value(field, Some(number));
            }
        }
    }
    Ok(basis)
}

/// Schema 1 -> 2, on the JSON itself. Only what schema 1 had is moved; what
/// is absent or oddly shaped is left for `read_current` to report.
fn upgrade_1_to_2(map: &mut Json) -> Result<(), ImportError> {
    if let Some(today @ Json::Object(_)) = map.get_mut("today") {
        gather_hours(today, "today")?;
    }
    if let Some(Json::Array(steps)) = map.get_mut("steps") {
        for (i, step) in steps.iter_mut().enumerate() {
            if let Json::Object(_) = step {
                gather_hours(step, &format!("steps[{i}]"))?;
                if let Some(weeks) = step.remove("weeks") {
                    step.set("duration_weeks", weeks);
                }
            }
        }
    }
    if let Some(Json::Array(follow_ups)) = map.get_mut("follow_ups") {
        for follow_up in follow_ups.iter_mut() {
            if follow_up.get("done").is_none() {
                follow_up.set("done", Json::Bool(false));
            }
        }
    }
    // Schema 1 had no support section: nothing was agreed.
    if map.get("support").is_none() {
        map.set("support", support_json(&Support::default()).sorted());
    }
    Ok(())
}

/// Move schema 1's typed hour texts ("12,5") into an `hours` object of
/// numbers, read the way the calculator reads them.
fn gather_hours(obj: &mut Json, path: &str) -> Result<(), ImportError> {
    let mut hours = Vec::new();
    for name in ["attended", "effective", "paid"] {
        let Some(value) = obj.remove(name) else {
            continue;
        };
        let number = match &value {
            Json::String(text) => parse_number(text)
                .ok()
                .filter(|n| n.is_finite())
                .map(Json::from)
                .ok_or_else(|| wrong_shape(&format!("{path}.{name}"), "not a number of hours"))?,
            _ => value,
        };
        hours.push(member(name, number));
    }
    obj.set("hours", Json::Object(hours));
    Ok(())
}

/// The agreement for a share link's fragment: the file without indentation
/// and without what the reader fills back in (`link_defaults`, and a
/// follow-up plan that is the standard one for the fleksjob's start), base64url
/// encoded. Only characters that need no escaping in a URL, and no `=` or
/// `&`, so it can also be a value in a `key=value` fragment. The fragment is
/// never sent to a server, but it stays in the browser's history. Its
/// objects are sorted by key, as links have always been.
pub fn to_fragment(agreement: &Agreement) -> String {
    let mut value = file(agreement).sorted();
    prune(&mut value, &link_defaults());
    if agreement.follow_ups == standard_plan(agreement) {
        value.set("follow_ups", Json::from(STANDARD_PLAN));
    }
    base64url::encode(value.to_compact().as_bytes())
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
    if value.get("schema").and_then(Json::as_u64).is_some_and(|s| s >= 4) {
        fill(&mut value, &link_defaults());
    }
    let standard = value.get("follow_ups").and_then(Json::as_str) == Some(STANDARD_PLAN);
    if standard {
        value.set("follow_ups", Json::Array(Vec::new()));
    }
    let mut agreement = read_any(value)?;
    if standard {
        agreement.follow_ups = standard_plan(&agreement);
    }
    accepted(agreement)
}

/// A link's `follow_ups` when the plan is the standard one.
const STANDARD_PLAN: &str = "standard";

fn standard_plan(a: &Agreement) -> Vec<FollowUp> {
    super::schedule::follow_ups(super::schedule::Rules::standard(), a.fleksjob_start, a.first_fleksjob)
}

/// The values a share link leaves out, as a new agreement has them: empty
/// texts, unticked boxes, six-week trial steps. A list holds the template
/// of its elements. Only plain values are left out, never an object or a
/// list, so an absent basis stays absent.
fn link_defaults() -> Json {
    json::parse(LINK_DEFAULTS).map(Json::sorted).unwrap_or(Json::Null)
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
    "basis": {"church": false}
}"#;

/// Remove every plain value equal to the template's.
fn prune(value: &mut Json, template: &Json) {
    match template {
        Json::Object(t) => {
            for (key, t) in t {
                if !t.is_container() && value.get(key) == Some(t) {
                    value.remove(key);
                } else if let Some(v) = value.get_mut(key) {
                    prune(v, t);
                }
            }
        }
        Json::Array(t) => {
            if let (Json::Array(items), Some(t)) = (value, t.first()) {
                items.iter_mut().for_each(|item| prune(item, t));
            }
        }
        _ => {}
    }
}

/// Put back every plain value `prune` removed.
fn fill(value: &mut Json, template: &Json) {
    match template {
        Json::Object(t) if matches!(value, Json::Object(_)) => {
            for (key, t) in t {
                match value.get_mut(key) {
                    Some(v) => fill(v, t),
                    None if !t.is_container() => value.set(key, t.clone()),
                    None => {}
                }
            }
        }
        Json::Array(t) => {
            if let (Json::Array(items), Some(t)) = (value, t.first()) {
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
