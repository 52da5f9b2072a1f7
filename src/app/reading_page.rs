//! The page's chrome as HTML, in plain Rust as the document already is: the
//! header with its tabs and language switch, the reading bar above a
//! document, and the footer with "delete everything". Both builds draw it
//! from here: the reader (`reader.rs`) puts the whole reading page into the
//! page at once; the full app (`ui::page::Chrome`) puts each part into its
//! place and keeps it in step with the language and the view. Each button
//! carries its `Action` in `data-action`, so one listener on the part hears
//! them all, and each build's `Action`s run the same browser functions.

use crate::core::document::escape;
use crate::i18n::{Lang, Msg};

/// What a button of the chrome does: its `data-action`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    ShowCalculator,
    ShowAgreement,
    LangSwitch,
    DeleteAll,
    StartFollowUp,
    Edit,
    Print,
    CopyCaseText,
    ExportIcs,
}

impl Action {
    const ALL: [Action; 9] = [
        Action::ShowCalculator,
        Action::ShowAgreement,
        Action::LangSwitch,
        Action::DeleteAll,
        Action::StartFollowUp,
        Action::Edit,
        Action::Print,
        Action::CopyCaseText,
        Action::ExportIcs,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Action::ShowCalculator => "show-calculator",
            Action::ShowAgreement => "show-agreement",
            Action::LangSwitch => "lang-switch",
            Action::DeleteAll => "delete-all",
            Action::StartFollowUp => "start-follow-up",
            Action::Edit => "edit",
            Action::Print => "print",
            Action::CopyCaseText => "copy-case-text",
            Action::ExportIcs => "export-ics",
        }
    }

    pub fn from_key(key: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// Which tab is pressed, when the page has both parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Calculator,
    Agreement,
}

/// What the page's chrome shows around its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chrome {
    /// The introduction under the title (not in a host's frame, which has its own).
    pub intro: bool,
    /// The title only for screen readers (in a host's frame).
    pub title_hidden: bool,
    /// The tabs of the calculator and the agreement, and the pressed one.
    pub tabs: Option<Tab>,
    pub language_switch: bool,
    /// "Delete everything" in the footer (a host may move it to the drafts).
    pub delete_all: bool,
}

/// The chrome of the reading build: a share link's page.
pub const READER: Chrome =
    Chrome { intro: false, title_hidden: false, tabs: None, language_switch: true, delete_all: true };

/// The other language: what the switch switches to.
pub fn other(l: Lang) -> Lang {
    if l == Lang::Da {
        Lang::En
    } else {
        Lang::Da
    }
}

fn text(m: Msg, l: Lang) -> String {
    escape(m.text(l))
}

/// A button: its action, test id (when it has one), class and text.
fn button(action: Action, testid: bool, class: &str, label: &str, extra: &str) -> String {
    let key = action.key();
    let testid = if testid { format!(" data-testid=\"{key}\"") } else { String::new() };
    let class = if class.is_empty() { String::new() } else { format!(" class=\"{class}\"") };
    format!("<button type=\"button\"{class}{extra} data-action=\"{key}\"{testid}>{label}</button>")
}

/// The page's header: title, introduction, privacy note, tabs, language switch.
pub fn header(l: Lang, c: &Chrome) -> String {
    let tab = |which: Tab, action: Action, label: Msg| {
        let pressed = if c.tabs == Some(which) { "true" } else { "false" };
        button(action, false, "tab", &text(label, l), &format!(" aria-pressed=\"{pressed}\""))
    };
    let tabs = if c.tabs.is_some() {
        tab(Tab::Calculator, Action::ShowCalculator, Msg::NavCalculator)
            + &tab(Tab::Agreement, Action::ShowAgreement, Msg::NavAgreement)
    } else {
        String::new()
    };
    // Named in the language it switches to, so that reader can find it.
    let switch = if c.language_switch {
        let (tag, name) = if l == Lang::Da { ("en", "English") } else { ("da", "Dansk") };
        button(Action::LangSwitch, true, "lang-switch", name, &format!(" lang=\"{tag}\""))
    } else {
        String::new()
    };
    format!(
        "<header class=\"no-print\"><h1{hidden}>{title}</h1>{intro}<p class=\"privacy\">{privacy}</p>\
         <nav class=\"tabs\">{tabs}{switch}</nav></header>",
        hidden = if c.title_hidden { " class=\"visually-hidden\"" } else { "" },
        title = text(Msg::AppTitle, l),
        intro = if c.intro { format!("<p class=\"intro\">{}</p>", text(Msg::AppIntro, l)) } else { String::new() },
        privacy = text(Msg::PrivacyNote, l),
    )
}

/// "Delete everything saved on this device".
pub fn delete_all(l: Lang) -> String {
    button(Action::DeleteAll, true, "danger", &text(Msg::DeleteAll, l), "")
}

/// The page's footer: what is stored, "delete everything", the accessibility statement.
pub fn footer(l: Lang, c: &Chrome) -> String {
    format!(
        "<footer class=\"no-print\"><p class=\"small\">{storage}</p>{delete}\
         <p class=\"small\"><a href=\"accessibility.html\" data-testid=\"accessibility-link\">{statement}</a></p></footer>",
        storage = text(Msg::StorageNote, l),
        delete = if c.delete_all { delete_all(l) } else { String::new() },
        statement = text(Msg::AccessibilityStatement, l),
    )
}

/// The bar above an agreement read on screen. A meeting is one tap away:
/// "Start opfølgning", unless the agreement has all the records it may hold.
#[cfg(feature = "reading")]
pub fn reading_bar(l: Lang, records_full: bool) -> String {
    let secondary = |action: Action, label: Msg| button(action, true, "secondary", &text(label, l), "");
    format!(
        "<div class=\"reading-bar\" data-testid=\"reading-bar\"><p>{note}</p><div class=\"buttons\">\
         {start}{edit}{print}{copy}{ics}</div><p role=\"status\" data-testid=\"reading-status\"></p></div>",
        note = text(Msg::ReadingNote, l),
        start = button(
            Action::StartFollowUp,
            true,
            "",
            &text(Msg::StartFollowUp, l),
            if records_full { " disabled" } else { "" }
        ),
        edit = secondary(Action::Edit, Msg::EditAgreement),
        print = secondary(Action::Print, Msg::Print),
        copy = secondary(Action::CopyCaseText, Msg::CopyCaseText),
        ics = secondary(Action::ExportIcs, Msg::ExportIcs),
    )
}

/// The reading build's whole page: header, reading bar, the document's
/// HTML (`Document::to_html`), footer.
#[cfg(feature = "reading")]
pub fn page(l: Lang, records_full: bool, document: &str) -> String {
    format!(
        "{header}<div class=\"no-print\">{bar}</div>\
         <article class=\"print-document on-screen\" data-testid=\"print-document\" tabindex=\"-1\">{document}</article>{footer}",
        header = header(l, &READER),
        bar = reading_bar(l, records_full),
        footer = footer(l, &READER),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_reads_back_from_its_key() {
        for a in Action::ALL {
            assert_eq!(Action::from_key(a.key()), Some(a));
        }
        assert_eq!(Action::from_key("nothing"), None);
    }
}
