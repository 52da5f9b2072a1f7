//! The agreement's file, share link and calendar: round trips, the schema-1
//! upgrade, every import error, and no panic on any input.
#![cfg(not(target_arch = "wasm32"))]

use fleksjob_beregner::core::agreement::{
    Accommodation, Agreement, EventKind, FollowUp, FollowUpKind, Month, MonthEvent, Parties, Support, SupportItem,
    Today,
};

#[path = "../common/mod.rs"]
mod common;
use common::{d, hours};

mod calendar;
mod file;
mod fragment;
mod fuzz;
mod generated;
mod work;

/// A draft with every field set to something other than its default,
/// including text that JSON and URLs must escape.
pub(crate) fn full() -> Agreement {
    let mut a = Agreement::new(d(2026, 3, 2));
    a.parties = Parties {
        citizen: "Anna \"Søs\" Jensen".into(),
        employer: "Bageriet & Co; Aarhus".into(),
        employer_contact: "Bo\\Ib".into(),
        consultant: "Carl Ørsted".into(),
        collective_agreement: "HK Handel / HK".into(),
    };
    a.today = Today {
        hours: hours(10.0, 4.0, 3.5),
        tasks: "Pakning\nOprydning, lager".into(),
        hard_tasks: "Telefonen\nTravle morgener".into(),
        accommodations: vec![
            Accommodation::Pace,
            Accommodation::Breaks,
            Accommodation::Lifting,
            Accommodation::SpreadOfHours,
            Accommodation::DaysOff,
            Accommodation::Other("Stille rum 🤫 #2".into()),
        ],
    };
    a.goal = "12 lønnede timer inden 1. oktober".into();
    a.add_step();
    a.steps[0].hours = hours(12.25, 5.0, 4.0);
    a.steps[0].tasks = "Kassen".into();
    a.steps[0].if_not_working = "Tilbage til 10 timer".into();
    a.add_step();
    a.steps[1].trial = false;
    a.steps[1].duration_weeks = 13;
    a.steps[1].placement = true;
    a.support = Support {
        mentor: SupportItem { given: true, note: "Dorte".into() },
        aids: SupportItem { given: false, note: "Hæve-sænkebord".into() },
        personal_assistance: SupportItem { given: true, note: String::new() },
        other: "Kørsel".into(),
    };
    a.fleksjob_start = d(2025, 8, 31);
    a.first_fleksjob = false;
    a.regenerate_follow_ups();
    a.follow_ups[0].done = true;
    a.follow_ups[1].label = "Besøg".into();
    a.follow_ups.push(FollowUp { date: d(2026, 12, 24), kind: FollowUpKind::Custom, label: "Jul".into(), done: false });
    a.events = vec![
        MonthEvent { month: Month { year: 2026, month: 4 }, kind: EventKind::HolidayWithHolidayPay, amount: 5.0 },
        MonthEvent { month: Month { year: 2026, month: 5 }, kind: EventKind::Bonus, amount: 2_500.5 },
    ];
    a
}
