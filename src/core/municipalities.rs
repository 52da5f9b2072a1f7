//! Municipal income tax (*kommuneskat*) and church tax (*kirkeskat*) by
//! municipality and year, with their sources. Official municipality numbers
//! (kommunekoder) identify them in links (`kommune=101` or `kommune=København`).
//!
//! Coverage (see README): 2025 all 98 municipalities; 2026 only 47 found; 2024
//! only Frederiksberg. A year without a figure falls back to the nearest year
//! that has one, marked as derived; the consultant can always type the rate.

use super::rates::{Figure, Note, Status};

/// Where a municipal rate comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Danmarks Statistik, table PSKAT, 2025 (updated 17-12-2024).
    Dst2025,
    /// A public copy of the 2025 table that matched PSKAT on all 57 rows we
    /// could compare; the remaining rows are not checked against DST.
    Copy2025,
    /// A public copy of Skatteministeriet's 2026 overview, not checked.
    Copy2026,
    /// The 2026 copy, confirmed by the press (DK Nyt, 14 Oct 2025).
    Press2026,
    /// Frederiksberg Kommune, «Økonomiske nøgletal», 2024.
    Frederiksberg2024,
}

impl Source {
    pub fn text(self) -> Note {
        match self {
            Source::Dst2025 => Note::new("Danmarks Statistik, PSKAT 2025", "Statistics Denmark, PSKAT 2025"),
            Source::Copy2025 => Note::new(
                "Offentlig kopi af PSKAT 2025 (stemte med DST på alle sammenlignelige rækker)",
                "Public copy of PSKAT 2025 (matched Statistics Denmark on every comparable row)",
            ),
            Source::Copy2026 => Note::new(
                "Offentlig kopi af Skatteministeriets oversigt for 2026 (ikke efterprøvet)",
                "Public copy of Skatteministeriet's 2026 overview (not verified)",
            ),
            Source::Press2026 => Note::new(
                "Skatteministeriets oversigt 2026 (kopi), bekræftet af DK Nyt 14.10.2025",
                "Skatteministeriet's 2026 overview (copy), confirmed by DK Nyt 14 Oct 2025",
            ),
            Source::Frederiksberg2024 => Note::same("Frederiksberg Kommune, «Økonomiske nøgletal» 2024"),
        }
    }

    pub fn status(self) -> Status {
        match self {
            Source::Dst2025 | Source::Press2026 | Source::Frederiksberg2024 => Status::Published,
            Source::Copy2025 | Source::Copy2026 => Status::Unverified,
        }
    }
}

/// One year's rates in one municipality, percent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LocalRate {
    pub year: u16,
    pub kommuneskat_pct: f64,
    /// Not every source gives the church rate.
    pub kirkeskat_pct: Option<f64>,
    pub source: Source,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Municipality {
    /// The official municipality number (kommunekode).
    pub number: u16,
    pub name: &'static str,
    pub rates: &'static [LocalRate],
}

const fn r(year: u16, kommuneskat_pct: f64, kirkeskat_pct: Option<f64>, source: Source) -> LocalRate {
    LocalRate { year, kommuneskat_pct, kirkeskat_pct, source }
}

const fn m(number: u16, name: &'static str, rates: &'static [LocalRate]) -> Municipality {
    Municipality { number, name, rates }
}

use Source::{
    Copy2025 as COPY2025, Copy2026 as COPY2026, Dst2025 as DST2025, Frederiksberg2024 as FRB2024,
    Press2026 as PRESS2026,
};

/// All 98 municipalities, in alphabetical order.
pub const MUNICIPALITIES: &[Municipality] = &[
    m(165, "Albertslund", &[r(2025, 25.60, Some(0.80), DST2025), r(2026, 25.60, Some(0.80), COPY2026)]),
    m(201, "Allerød", &[r(2025, 25.30, Some(0.58), DST2025), r(2026, 25.30, Some(0.58), COPY2026)]),
    m(420, "Assens", &[r(2025, 26.10, Some(0.98), DST2025), r(2026, 26.10, Some(0.98), COPY2026)]),
    m(151, "Ballerup", &[r(2025, 25.50, Some(0.75), DST2025), r(2026, 25.50, Some(0.75), COPY2026)]),
    m(530, "Billund", &[r(2025, 24.00, Some(0.89), DST2025), r(2026, 24.00, Some(0.89), COPY2026)]),
    m(400, "Bornholm", &[r(2025, 26.20, Some(0.93), DST2025), r(2026, 26.20, Some(0.93), COPY2026)]),
    m(153, "Brøndby", &[r(2025, 24.30, Some(0.80), DST2025), r(2026, 24.30, Some(0.80), COPY2026)]),
    m(810, "Brønderslev", &[r(2025, 26.30, Some(1.06), COPY2025), r(2026, 26.30, Some(1.06), COPY2026)]),
    m(155, "Dragør", &[r(2025, 24.80, Some(0.61), DST2025), r(2026, 24.80, Some(0.61), COPY2026)]),
    m(240, "Egedal", &[r(2025, 25.70, Some(0.76), DST2025), r(2026, 25.70, Some(0.76), COPY2026)]),
    m(561, "Esbjerg", &[r(2025, 26.10, Some(0.81), COPY2025), r(2026, 26.10, Some(0.81), COPY2026)]),
    m(430, "Faaborg-Midtfyn", &[r(2025, 26.10, Some(1.05), DST2025), r(2026, 26.10, Some(1.05), COPY2026)]),
    m(563, "Fanø", &[r(2025, 26.10, Some(1.14), COPY2025), r(2026, 26.10, Some(1.14), COPY2026)]),
    m(710, "Favrskov", &[r(2025, 25.70, Some(0.96), COPY2025), r(2026, 25.70, Some(0.96), COPY2026)]),
    m(320, "Faxe", &[r(2025, 25.80, Some(1.08), DST2025), r(2026, 25.80, Some(1.08), COPY2026)]),
    m(210, "Fredensborg", &[r(2025, 25.30, Some(0.62), DST2025), r(2026, 25.30, Some(0.64), COPY2026)]),
    m(607, "Fredericia", &[r(2025, 25.50, Some(0.88), COPY2025), r(2026, 25.50, Some(0.88), COPY2026)]),
    m(
        147,
        "Frederiksberg",
        &[
            r(2024, 24.57, Some(0.50), FRB2024),
            r(2025, 24.57, Some(0.50), DST2025),
            r(2026, 24.50, Some(0.50), COPY2026),
        ],
    ),
    m(813, "Frederikshavn", &[r(2025, 26.20, Some(1.03), COPY2025), r(2026, 26.20, Some(1.03), COPY2026)]),
    m(250, "Frederikssund", &[r(2025, 25.70, Some(0.96), DST2025), r(2026, 25.60, Some(0.96), COPY2026)]),
    m(190, "Furesø", &[r(2025, 24.88, Some(0.65), DST2025), r(2026, 24.88, Some(0.70), COPY2026)]),
    m(157, "Gentofte", &[r(2025, 24.24, Some(0.39), DST2025), r(2026, 24.14, Some(0.38), COPY2026)]),
    m(159, "Gladsaxe", &[r(2025, 23.60, Some(0.75), DST2025), r(2026, 23.60, Some(0.75), COPY2026)]),
    m(161, "Glostrup", &[r(2025, 24.60, Some(0.80), DST2025), r(2026, 24.60, Some(0.80), COPY2026)]),
    m(253, "Greve", &[r(2025, 24.59, Some(0.81), DST2025), r(2026, 24.59, Some(0.81), COPY2026)]),
    m(270, "Gribskov", &[r(2025, 25.40, Some(0.85), DST2025), r(2026, 25.40, Some(0.85), COPY2026)]),
    m(376, "Guldborgsund", &[r(2025, 25.80, Some(1.16), DST2025), r(2026, 25.80, Some(1.16), COPY2026)]),
    m(510, "Haderslev", &[r(2025, 26.30, Some(0.95), COPY2025), r(2026, 26.30, Some(0.95), COPY2026)]),
    m(260, "Halsnæs", &[r(2025, 25.70, Some(0.85), DST2025), r(2026, 25.70, Some(0.85), COPY2026)]),
    m(766, "Hedensted", &[r(2025, 25.52, Some(0.98), COPY2025), r(2026, 25.52, Some(0.98), COPY2026)]),
    m(217, "Helsingør", &[r(2025, 25.82, Some(0.63), DST2025), r(2026, 25.82, Some(0.63), COPY2026)]),
    m(163, "Herlev", &[r(2025, 23.70, Some(0.75), DST2025), r(2026, 23.70, Some(0.80), COPY2026)]),
    m(657, "Herning", &[r(2025, 25.40, Some(0.99), COPY2025), r(2026, 25.40, Some(0.99), COPY2026)]),
    m(219, "Hillerød", &[r(2025, 25.60, Some(0.69), DST2025), r(2026, 25.60, Some(0.69), COPY2026)]),
    m(860, "Hjørring", &[r(2025, 26.21, Some(1.19), COPY2025), r(2026, 26.21, Some(1.19), COPY2026)]),
    m(316, "Holbæk", &[r(2025, 25.30, Some(0.96), DST2025), r(2026, 25.30, Some(0.96), COPY2026)]),
    m(661, "Holstebro", &[r(2025, 25.50, Some(1.08), COPY2025), r(2026, 25.50, Some(1.08), COPY2026)]),
    m(615, "Horsens", &[r(2025, 25.69, Some(0.79), COPY2025), r(2026, 25.69, Some(0.79), COPY2026)]),
    m(167, "Hvidovre", &[r(2025, 25.40, Some(0.72), DST2025), r(2026, 25.40, Some(0.72), COPY2026)]),
    m(169, "Høje-Taastrup", &[r(2025, 24.60, Some(0.80), DST2025), r(2026, 24.60, Some(0.80), COPY2026)]),
    m(223, "Hørsholm", &[r(2025, 23.70, Some(0.62), DST2025)]),
    m(756, "Ikast-Brande", &[r(2025, 25.10, Some(0.97), COPY2025)]),
    m(183, "Ishøj", &[r(2025, 25.00, Some(0.90), DST2025)]),
    m(849, "Jammerbugt", &[r(2025, 25.70, Some(1.20), COPY2025)]),
    m(326, "Kalundborg", &[r(2025, 24.20, Some(1.01), DST2025)]),
    m(440, "Kerteminde", &[r(2025, 26.10, Some(0.98), DST2025)]),
    m(621, "Kolding", &[r(2025, 25.50, Some(0.92), COPY2025)]),
    m(101, "København", &[r(2025, 23.50, Some(0.80), DST2025), r(2026, 23.39, None, PRESS2026)]),
    m(259, "Køge", &[r(2025, 25.26, Some(0.87), DST2025)]),
    m(482, "Langeland", &[r(2025, 26.30, Some(1.14), DST2025)]),
    m(350, "Lejre", &[r(2025, 25.31, Some(1.05), DST2025)]),
    m(665, "Lemvig", &[r(2025, 25.70, Some(1.27), COPY2025)]),
    m(360, "Lolland", &[r(2025, 26.30, Some(1.23), DST2025), r(2026, 26.30, None, COPY2026)]),
    m(173, "Lyngby-Taarbæk", &[r(2025, 24.38, Some(0.60), DST2025)]),
    m(825, "Læsø", &[r(2025, 26.30, Some(1.30), COPY2025), r(2026, 26.30, None, COPY2026)]),
    m(846, "Mariagerfjord", &[r(2025, 25.90, Some(1.15), COPY2025)]),
    m(410, "Middelfart", &[r(2025, 25.80, Some(0.90), DST2025)]),
    m(773, "Morsø", &[r(2025, 25.80, Some(1.20), COPY2025)]),
    m(707, "Norddjurs", &[r(2025, 26.00, Some(1.00), COPY2025)]),
    m(480, "Nordfyns", &[r(2025, 26.00, Some(1.04), DST2025)]),
    m(450, "Nyborg", &[r(2025, 26.30, Some(1.00), DST2025)]),
    m(370, "Næstved", &[r(2025, 25.00, Some(0.98), DST2025)]),
    m(727, "Odder", &[r(2025, 25.10, Some(0.95), COPY2025)]),
    m(461, "Odense", &[r(2025, 25.50, Some(0.68), DST2025)]),
    m(306, "Odsherred", &[r(2025, 26.30, Some(0.98), DST2025), r(2026, 26.30, None, COPY2026)]),
    m(730, "Randers", &[r(2025, 26.00, Some(0.89), COPY2025)]),
    m(840, "Rebild", &[r(2025, 25.83, Some(1.20), COPY2025)]),
    m(760, "Ringkøbing-Skjern", &[r(2025, 25.00, Some(1.05), COPY2025)]),
    m(329, "Ringsted", &[r(2025, 26.10, Some(0.95), DST2025)]),
    m(265, "Roskilde", &[r(2025, 25.20, Some(0.84), DST2025)]),
    m(230, "Rudersdal", &[r(2025, 23.52, Some(0.57), DST2025), r(2026, 23.47, None, COPY2026)]),
    m(175, "Rødovre", &[r(2025, 25.70, Some(0.72), DST2025)]),
    m(741, "Samsø", &[r(2025, 25.90, Some(1.20), COPY2025)]),
    m(740, "Silkeborg", &[r(2025, 25.50, Some(0.95), COPY2025)]),
    m(746, "Skanderborg", &[r(2025, 26.00, Some(0.86), COPY2025)]),
    m(779, "Skive", &[r(2025, 25.50, Some(1.09), COPY2025)]),
    m(330, "Slagelse", &[r(2025, 26.10, Some(0.96), DST2025)]),
    m(269, "Solrød", &[r(2025, 24.99, Some(0.89), DST2025)]),
    m(340, "Sorø", &[r(2025, 26.30, Some(0.95), DST2025), r(2026, 26.30, None, COPY2026)]),
    m(336, "Stevns", &[r(2025, 26.00, Some(1.10), DST2025)]),
    m(671, "Struer", &[r(2025, 25.30, Some(1.20), COPY2025)]),
    m(479, "Svendborg", &[r(2025, 26.30, Some(1.02), DST2025)]),
    m(706, "Syddjurs", &[r(2025, 25.90, Some(0.98), COPY2025)]),
    m(540, "Sønderborg", &[r(2025, 25.70, Some(0.91), COPY2025)]),
    m(787, "Thisted", &[r(2025, 25.50, Some(1.27), COPY2025)]),
    m(185, "Tårnby", &[r(2025, 24.10, Some(0.61), DST2025)]),
    m(550, "Tønder", &[r(2025, 25.30, Some(1.16), COPY2025)]),
    m(187, "Vallensbæk", &[r(2025, 25.60, Some(0.80), DST2025)]),
    m(573, "Varde", &[r(2025, 25.10, Some(0.95), COPY2025)]),
    m(575, "Vejen", &[r(2025, 25.80, Some(1.06), COPY2025)]),
    m(630, "Vejle", &[r(2025, 23.40, Some(0.89), COPY2025), r(2026, 23.40, None, COPY2026)]),
    m(820, "Vesthimmerlands", &[r(2025, 26.30, Some(1.18), COPY2025)]),
    m(791, "Viborg", &[r(2025, 25.50, Some(0.93), COPY2025)]),
    m(390, "Vordingborg", &[r(2025, 26.30, Some(1.02), DST2025)]),
    m(492, "Ærø", &[r(2025, 26.10, Some(1.05), DST2025)]),
    m(580, "Aabenraa", &[r(2025, 25.60, Some(0.95), COPY2025)]),
    m(851, "Aalborg", &[r(2025, 25.60, Some(0.98), COPY2025)]),
    m(751, "Aarhus", &[r(2025, 24.52, Some(0.74), COPY2025)]),
];

/// Find a municipality by its number ("101") or name ("København",
/// "Københavns Kommune"); ASCII letters match in any case.
pub fn find(key: &str) -> Option<&'static Municipality> {
    let key = key.trim();
    if let Ok(number) = key.parse::<u16>() {
        return MUNICIPALITIES.iter().find(|m| m.number == number);
    }
    let name = match key.len().checked_sub(" kommune".len()) {
        Some(cut) if key.is_char_boundary(cut) && key[cut..].eq_ignore_ascii_case(" kommune") => &key[..cut],
        _ => key,
    };
    find_exact(name).or_else(|| name.strip_suffix('s').and_then(find_exact))
}

fn find_exact(name: &str) -> Option<&'static Municipality> {
    MUNICIPALITIES.iter().find(|m| m.name.eq_ignore_ascii_case(name))
}

impl Municipality {
    /// Kommuneskat and kirkeskat for `year`, in percent. A missing year takes
    /// the nearest year that has a figure (an earlier one first), marked as
    /// derived with the year it comes from in its source.
    pub fn rates_for(&self, year: u16) -> (Option<Figure>, Option<Figure>) {
        let kommune = nearest(year, self.rates.iter().map(|r| (r, r.kommuneskat_pct)));
        let kirke = nearest(year, self.rates.iter().filter_map(|r| Some((r, r.kirkeskat_pct?))));
        (kommune, kirke)
    }
}

fn nearest<'a>(year: u16, candidates: impl Iterator<Item = (&'a LocalRate, f64)>) -> Option<Figure> {
    let (rate, value) = candidates.min_by_key(|(r, _)| (r.year.abs_diff(year), r.year > year))?;
    Some(if rate.year == year {
        Figure { value, status: rate.source.status(), source: rate.source.text() }
    } else {
        Figure { value, status: Status::Derived, source: fallback_text(rate.year) }
    })
}

/// "The 2025 rate: no figure found for this year."
fn fallback_text(from_year: u16) -> Note {
    match from_year {
        2024 => Note::new("2024-satsen: ingen sats fundet for dette år", "The 2024 rate: none found for this year"),
        2025 => Note::new("2025-satsen: ingen sats fundet for dette år", "The 2025 rate: none found for this year"),
        _ => Note::new("2026-satsen: ingen sats fundet for dette år", "The 2026 rate: none found for this year"),
    }
}
