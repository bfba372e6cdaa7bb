//! The static page around the app: its title and the intro that `index.html` shows.

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// Shows or hides an element of `index.html` by id.
pub fn set_hidden(id: &str, hidden: bool) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element {
        let _ = if hidden {
            element.set_attribute("hidden", "")
        } else {
            element.remove_attribute("hidden")
        };
    }
}

/// Marks the page with the label of the build that runs it (`data-build` on `<html>`).
pub fn mark_build(label: &str) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("data-build", label);
    }
}
