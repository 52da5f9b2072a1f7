//! The document as HTML, for the screen and for print.

use super::escape::escape;
use super::model::{Block, Column, Document, Locale, Section, Term};

impl Section {
    /// The section's blocks in `range` as HTML, without its heading: how
    /// the screen shows one section inside its own page structure.
    pub fn blocks_html(&self, range: impl std::slice::SliceIndex<[Block], Output = [Block]>, l: &dyn Locale) -> String {
        let mut out = String::new();
        for block in self.blocks.get(range).unwrap_or_default() {
            block_html(&mut out, block, &self.heading, l);
        }
        out
    }
}

impl Document {
    /// The document as HTML for the screen and for print: headings, real
    /// tables with captions and column and row headers (each cell also
    /// names its column in `data-label`, so a phone can show a row as a
    /// card), and signature blocks. Every text is escaped. Built here
    /// rather than as components: one string is far less wasm, and the
    /// layout is tested natively.
    pub fn to_html(&self, l: &dyn Locale) -> String {
        let mut out = format!("<h1>{}</h1>", escape(&self.title));
        for section in &self.sections {
            out.push_str(&format!(
                "<section class=\"doc-section\" data-testid=\"doc-{}\"><h2>{}</h2>",
                section.key,
                escape(&section.heading)
            ));
            out.push_str(&section.blocks_html(.., l));
            out.push_str("</section>");
        }
        out
    }
}

/// One block; a table caption that repeats its section's heading is kept
/// for screen readers only.
fn block_html(out: &mut String, block: &Block, heading: &str, l: &dyn Locale) {
    match block {
        Block::Fields(rows) => {
            out.push_str("<table class=\"doc-fields\"><tbody>");
            for (label, value) in rows {
                let blank = if value.is_empty() { " class=\"blank\"" } else { "" };
                out.push_str(&format!(
                    "<tr><th scope=\"row\">{}</th><td{blank}>{}</td></tr>",
                    escape(label),
                    escape(value)
                ));
            }
            out.push_str("</tbody></table>");
        }
        Block::Table(t) => {
            let num = |c: &Column| if c.numeric { " class=\"num\"" } else { "" };
            // A table whose cells are addressed is itself addressed by its key.
            let testid = if t.row_ids.is_empty() { format!("doc-table-{}", t.key) } else { t.key.to_string() };
            out.push_str(&format!(
                "<table class=\"doc-table\" data-testid=\"{testid}\"><caption{}>{}</caption><thead><tr>",
                if t.caption == heading { " class=\"visually-hidden\"" } else { "" },
                escape(&t.caption)
            ));
            for c in &t.columns {
                out.push_str(&format!("<th scope=\"col\"{}>{}</th>", num(c), escape(&c.heading)));
            }
            out.push_str("</tr></thead><tbody>");
            for (i, row) in t.rows.iter().enumerate() {
                out.push_str(&format!("<tr><th scope=\"row\">{}</th>", escape(row.first().map_or("", String::as_str))));
                for (cell, c) in row.iter().zip(&t.columns).skip(1) {
                    let id = match t.row_ids.get(i) {
                        Some(row) if !c.id.is_empty() => format!(" data-testid=\"{}-{}-{}\"", t.key, escape(row), c.id),
                        _ => String::new(),
                    };
                    out.push_str(&format!(
                        "<td data-label=\"{}\"{}{id}>{}</td>",
                        escape(&c.heading),
                        num(c),
                        escape(cell)
                    ));
                }
                out.push_str("</tr>");
            }
            out.push_str("</tbody></table>");
        }
        Block::Chart(c) => {
            out.push_str(&format!("<figure class=\"doc-chart\">{}{}</figure>", c.svg(), c.legend_html()))
        }
        Block::Paragraph(text) => out.push_str(&format!("<p class=\"doc-text\">{}</p>", escape(text))),
        Block::Note(text) => out.push_str(&format!("<p class=\"small doc-text\">{}</p>", escape(text))),
        Block::Signatures(list) => {
            out.push_str("<div class=\"signatures\">");
            for s in list {
                out.push_str(&format!(
                    "<div class=\"signature\"><p class=\"role\">{}</p><p class=\"name\">{}: {}</p>\
                     <p class=\"sig-line\">{}</p><p class=\"sig-line\">{}</p></div>",
                    escape(&s.role),
                    l.term(Term::Name),
                    escape(&s.name),
                    l.term(Term::Date),
                    l.term(Term::Signature)
                ));
            }
            out.push_str("</div>");
        }
    }
}
