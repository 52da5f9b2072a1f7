//! The shell's plain logic: what the page does that is not the rules and
//! not the browser, in plain Rust with no web dependency, tested natively
//! (`tests/shell/`). It may use the core and the texts (`i18n`), never the
//! browser glue (`browser`) or the components (`ui`): tests/shell/module_graph.rs
//! holds it to that.

pub mod embed;
pub mod keep;
pub mod link;
pub mod reading_page;
pub mod work;
