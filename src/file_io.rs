//! Files in and out of the browser: a download made from text in memory, and
//! the text of a file the user picked. Nothing is uploaded anywhere.

#[cfg(target_arch = "wasm32")]
pub mod browser {
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

    /// Offer `text` as a file named `name` for download.
    pub fn download(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = BlobPropertyBag::new();
        options.set_type(mime);
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
        let url = Url::create_object_url_with_blob(&blob)?;
        let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
        let link: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
        link.set_href(&url);
        link.set_download(name);
        link.click();
        Url::revoke_object_url(&url)
    }

    /// The text of the first file chosen in a file input.
    pub async fn read_text(input: &web_sys::HtmlInputElement) -> Result<String, JsValue> {
        let file = input.files().and_then(|f| f.get(0)).ok_or("no file")?;
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await?;
        text.as_string().ok_or_else(|| "not text".into())
    }
}
