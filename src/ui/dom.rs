//! A small builder for static markup: the parts of the result that are rebuilt whole whenever the
//! recommendation changes, and have no controls of their own.
//!
//! Written with `view!`, each such section compiles to its own monomorphised build, mount and
//! update code, several kilobytes of wasm per section. Built here, every section shares the same
//! few non-generic functions. Text always goes in as text nodes, never as HTML.

use leptos::prelude::document;
use wasm_bindgen::JsCast;

/// An element under construction.
pub struct El(web_sys::Element);

impl El {
    /// `<tag class="class">`; an empty class adds no attribute.
    pub fn new(tag: &str, class: &str) -> El {
        let el = match document().create_element(tag) {
            Ok(el) => el,
            // Only an invalid tag name fails, and every tag here is a literal.
            Err(_) => unreachable!("invalid tag name {tag}"),
        };
        if !class.is_empty() {
            el.set_class_name(class);
        }
        El(el)
    }

    /// `<tag class="class">text</tag>`.
    pub fn text(tag: &str, class: &str, text: &str) -> El {
        El::new(tag, class).add_text(text)
    }

    pub fn attr(self, name: &str, value: &str) -> El {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets one style property through the CSSOM: the Content-Security-Policy forbids `style`
    /// attributes, not this.
    pub fn style(self, property: &str, value: &str) -> El {
        if let Some(el) = self.0.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.style().set_property(property, value);
        }
        self
    }

    pub fn add_text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    pub fn add(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    pub fn add_all(self, children: Vec<El>) -> El {
        for child in children {
            let _ = self.0.append_child(&child.0);
        }
        self
    }

    /// `<ul class="class"><li>item</li>…</ul>`.
    pub fn list(class: &str, items: &[&str]) -> El {
        El::new("ul", class).add_all(items.iter().map(|i| El::text("li", "", i)).collect())
    }

    /// Replaces everything inside `parent` with `children`.
    pub fn fill(parent: &web_sys::Element, children: Vec<El>) {
        parent.set_text_content(None);
        for child in children {
            let _ = parent.append_child(&child.0);
        }
    }
}
