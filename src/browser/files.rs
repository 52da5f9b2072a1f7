//! Files in and out of the browser: a download made from text in memory, and
//! the text of a file the user picked. Nothing is uploaded anywhere.

use gloo_file::{Blob, File, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::HtmlAnchorElement;

/// Offer `text` as a file named `name` for download.
pub fn download(name: &str, mime: &str, text: &str) {
    // The object URL is revoked when `url` is dropped, after the click
    // has started the download.
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
}

/// Why a picked file was not read.
pub enum ReadError {
    NoFile,
    /// Larger than `max` bytes: not read at all.
    TooLarge {
        bytes: usize,
    },
    Unreadable,
}

/// The text of the first file chosen in a file input, if it is at most
/// `max` bytes.
pub async fn read_text(input: &web_sys::HtmlInputElement, max: usize) -> Result<String, ReadError> {
    let file = File::from(input.files().and_then(|f| f.get(0)).ok_or(ReadError::NoFile)?);
    let bytes = file.size() as usize;
    if bytes > max {
        return Err(ReadError::TooLarge { bytes });
    }
    gloo_file::futures::read_as_text(&file).await.map_err(|_| ReadError::Unreadable)
}
