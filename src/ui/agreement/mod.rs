//! The agreement's side of the page. The full build (feature `agreement`)
//! has the draft, the editor, month by month, the outputs and the views;
//! the calculator-first build has `loader.rs` as its `page`, which loads
//! the full build when the agreement is asked for (docs/performance.md).

#[cfg(feature = "agreement")]
mod draft;
#[cfg(feature = "agreement")]
mod editor;
#[cfg(feature = "agreement")]
mod fields;
#[cfg(feature = "agreement")]
mod meetings;
#[cfg(feature = "agreement")]
mod outputs;
#[cfg_attr(feature = "agreement", path = "page.rs")]
#[cfg_attr(not(feature = "agreement"), path = "loader.rs")]
pub mod page;
#[cfg(feature = "agreement")]
mod timeline;
#[cfg(feature = "agreement")]
mod work;
