//! The document as plain text, for a case record.

use super::model::{Block, Document, Locale, Term};

impl Document {
    /// The document as plain text for a case record: headings, `label:
    /// value` lines (a value of several lines continues indented), each
    /// table row as a line, sections separated by a blank line.
    pub fn to_text(&self, l: &dyn Locale) -> String {
        let mut out = vec![self.title.clone()];
        for section in &self.sections {
            out.push(String::new());
            out.push(format!("## {}", section.heading));
            for block in &section.blocks {
                match block {
                    Block::Fields(rows) => {
                        for (label, value) in rows.iter().filter(|(_, v)| !v.is_empty()) {
                            out.push(format!("{label}: {}", value.replace('\n', "\n  ")));
                        }
                    }
                    Block::Table(t) => {
                        out.push(format!("{}:", t.caption));
                        for row in &t.rows {
                            let cells: Vec<String> = row
                                .iter()
                                .zip(&t.columns)
                                .skip(1)
                                .filter(|(cell, _)| !cell.is_empty())
                                .map(|(cell, c)| format!("{}: {}", c.heading, cell.replace('\n', " / ")))
                                .collect();
                            out.push(format!("- {}: {}", row[0], cells.join("; ")));
                        }
                    }
                    Block::Paragraph(text) | Block::Note(text) => out.push(text.clone()),
                    // The table after it says the same in words.
                    Block::Chart(_) => {}
                    Block::Signatures(list) => {
                        for s in list {
                            let name = if s.name.is_empty() { String::new() } else { format!(" {}", s.name) };
                            out.push(format!(
                                "{}:{name}. {}: ____  {}: ____",
                                s.role,
                                l.term(Term::Date),
                                l.term(Term::Signature)
                            ));
                        }
                    }
                }
            }
        }
        out.join("\n")
    }
}
