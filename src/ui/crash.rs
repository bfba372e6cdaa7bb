//! The last resort: when the app panics, replace it with a plain panel that explains and offers a
//! reload. Answers are safe: they were saved as they were given, and nothing is written after this.

use wasm_bindgen::JsCast;

use crate::core::locale::Msg;

const PANEL: &str = "<section class=\"step crash\" role=\"alert\" aria-labelledby=\"crash-title\">\
<h1 id=\"crash-title\" tabindex=\"-1\"></h1><p id=\"crash-text\"></p>\
<p class=\"crash__actions\"><a class=\"btn btn--primary\" id=\"crash-reload\"></a></p>\
</section>";

/// The panel's texts, in the page's language (with the first screen's, so always here).
const TEXTS: [(&str, Msg); 3] = [
    ("crash-title", Msg::AppCrashTitle),
    ("crash-text", Msg::AppCrashText),
    ("crash-reload", Msg::AppCrashReload),
];

/// Installs the panic hook: the error goes to the console, and the panel replaces the app.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panel();
    }));
}

fn show_panel() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Into::into))
    else {
        return;
    };
    root.set_inner_html(PANEL);
    for (id, msg) in TEXTS {
        if let (Some(el), Some(text)) = (document.get_element_by_id(id), super::locale::try_tr(msg))
        {
            el.set_text_content(Some(&text));
        }
    }
    // A plain link reloads without any script: the page's own address, answers in the fragment.
    let here = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_else(|| "./".into());
    if let Some(reload) = document.get_element_by_id("crash-reload") {
        let _ = reload.set_attribute("href", &here);
    }
    if let Some(title) = document
        .get_element_by_id("crash-title")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = title.focus();
    }
}
