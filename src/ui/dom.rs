//! The one way screens are written: a small builder for their markup, with the two things a live
//! screen needs, listeners and bindings that follow signals.
//!
//! Written with `view!`, each element, attribute and listener compiles to its own monomorphised
//! build, mount and update code: several kilobytes of wasm per section. Built here, every part
//! of every screen shares the same few non-generic functions. Text always goes in as text nodes
//! or the `textContent` property, never as HTML.
//!
//! Listeners and bindings belong to the reactive owner current when they are made: the screens
//! are built inside the effect that shows them, so each is released when its screen is replaced.

use leptos::ev::EventDescriptor;
use leptos::prelude::{
    document, request_animation_frame, set_timeout, untrack, GetValue, Owner, StoredValue,
    WithValue,
};
use leptos::reactive::effect::ImmediateEffect;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The id of every screen's heading, where focus goes when the screen appears.
pub const HEADING_ID: &str = "screen-heading";

/// Where focus goes once a screen has been built into the outlet.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Focus {
    /// To its heading: a new screen, so keyboard and screen-reader users start at the top.
    Heading,
    /// Back to the control that had it, by its place among the screen's focusable elements:
    /// the same screen built again because its texts arrived or the language changed.
    Kept(Option<u32>),
}

/// What can take focus on a screen, in document order.
const FOCUSABLE: &str = "a[href],button,input,select,textarea,summary,[tabindex]";

impl Focus {
    /// Before a screen replaces another in `parent`: a focused control of the old screen lets
    /// go of focus, so removing it costs the browser no focus fix-up (a forced layout of the
    /// new screen, mid-script); `apply` then moves focus where it belongs.
    pub fn hold(parent: &web_sys::Element) {
        let active = document()
            .active_element()
            .filter(|a| parent.contains(Some(a)))
            .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(active) = active {
            let _ = active.blur();
        }
    }

    /// Notes which of `parent`'s controls has focus, before `parent` is built again.
    pub fn kept_in(parent: &web_sys::Element) -> Focus {
        let active = document().active_element();
        let index = active
            .filter(|a| parent.contains(Some(a)))
            .and_then(|active| {
                let all = parent.query_selector_all(FOCUSABLE).ok()?;
                (0..all.length())
                    .find(|&i| all.item(i).is_some_and(|n| n.is_same_node(Some(&active))))
            });
        Focus::Kept(index)
    }

    /// Moves focus once the screen is in `parent`, on the next frame.
    pub fn apply(self, parent: &web_sys::Element) {
        let parent = parent.clone();
        match self {
            Focus::Heading => request_animation_frame(focus_heading),
            Focus::Kept(None) => {}
            Focus::Kept(Some(index)) => {
                let target = parent
                    .query_selector_all(FOCUSABLE)
                    .ok()
                    .and_then(|all| all.item(index))
                    .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(target) = target {
                    let _ = target.focus();
                }
            }
        }
    }
}

/// Moves focus to the screen's heading, so keyboard and screen-reader users start there.
pub fn focus_heading() {
    if let Some(heading) = document()
        .get_element_by_id(HEADING_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// An element under construction.
pub struct El(web_sys::Element);

/// What a binding runs: the element, then whatever it reads from signals.
type Binding = Box<dyn Fn(&web_sys::Element)>;

/// A screen's `<h1>`: the only way to make one, so every screen has the focus target.
pub struct Heading(El);

impl Heading {
    pub fn new(class: &str, text: &str) -> Heading {
        Heading(
            El::text("h1", class, text)
                .attr("id", HEADING_ID)
                .attr("tabindex", "-1"),
        )
    }

    /// Adds bindings or children to the heading.
    pub fn with(self, build: impl FnOnce(El) -> El) -> Heading {
        Heading(build(self.0))
    }
}

/// A whole screen, ready for the page's outlet: made only by [`El::screen`].
pub struct Page(pub(super) El);

impl Page {
    /// Puts `el` before the heading (a progress bar, an eyebrow).
    pub fn with_before(self, el: El) -> Page {
        let _ = self.0 .0.prepend_with_node_1(&el.0);
        self
    }

    /// Sets an attribute on the screen's root.
    pub fn attr(self, name: &str, value: &str) -> Page {
        let _ = self.0 .0.set_attribute(name, value);
        self
    }

    pub fn with_before_maybe(self, el: Option<El>) -> Page {
        match el {
            Some(el) => self.with_before(el),
            None => self,
        }
    }
}

impl El {
    /// `<tag class="class">`; an empty class adds no attribute.
    pub fn new(tag: &str, class: &str) -> El {
        let el = match document().create_element(tag) {
            Ok(el) => el,
            // Only an invalid tag name fails, and every tag here is a literal.
            Err(_) => unreachable!("invalid tag name {tag}"),
        };
        El(el).class(class)
    }

    /// An SVG element (`svg`, `rect`, `circle`, …).
    pub fn svg(tag: &str, class: &str) -> El {
        let el = match document().create_element_ns(Some("http://www.w3.org/2000/svg"), tag) {
            Ok(el) => el,
            Err(_) => unreachable!("invalid SVG tag name {tag}"),
        };
        El(el).class(class)
    }

    fn class(self, class: &str) -> El {
        if !class.is_empty() {
            let _ = self.0.set_attribute("class", class);
        }
        self
    }

    /// `<tag class="class">text</tag>`.
    pub fn text(tag: &str, class: &str, text: &str) -> El {
        El::new(tag, class).add_text(text)
    }

    /// `<button type="button" class="class">label</button>`, running `click` when pressed.
    pub fn button(
        class: &str,
        label: &str,
        click: impl FnMut(web_sys::MouseEvent) + 'static,
    ) -> El {
        El::boxed_button(class, label, Box::new(click))
    }

    // One copy of the button's code, whatever the closure.
    fn boxed_button(class: &str, label: &str, click: Box<dyn FnMut(web_sys::MouseEvent)>) -> El {
        El::text("button", class, label)
            .attr("type", "button")
            .on(leptos::ev::click, click)
    }

    /// A screen: `<section>` named by its heading, which comes first, then `body`.
    pub fn screen(class: &str, heading: Heading, body: Vec<El>) -> Page {
        Page(
            El::new("section", class)
                .attr("aria-labelledby", HEADING_ID)
                .child(heading.0)
                .children(body),
        )
    }

    /// The element itself, to reach it from a listener.
    pub fn node(&self) -> web_sys::Element {
        self.0.clone()
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

    /// Text with elements in it: each `{name}` of `text` (a translated message) is replaced by
    /// the element given for `name`, so a translation can put them wherever its grammar needs.
    pub fn add_rich(mut self, text: &str, parts: Vec<(&str, El)>) -> El {
        let mut parts = parts;
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            let name = &rest[open + 1..close];
            match parts.iter().position(|(n, _)| *n == name) {
                Some(at) => {
                    self = self.add_text(&rest[..open]).child(parts.remove(at).1);
                }
                None => self = self.add_text(&rest[..=close]),
            }
            rest = &rest[close + 1..];
        }
        self.add_text(rest)
    }

    pub fn add_text(self, text: &str) -> El {
        let _ = self.0.append_with_str_1(text);
        self
    }

    pub fn child(self, child: El) -> El {
        let _ = self.0.append_child(&child.0);
        self
    }

    pub fn maybe(self, child: Option<El>) -> El {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    pub fn children(self, children: Vec<El>) -> El {
        for child in children {
            let _ = self.0.append_child(&child.0);
        }
        self
    }

    /// `<ul class="class"><li>item</li>…</ul>`.
    pub fn list(class: &str, items: &[&str]) -> El {
        El::new("ul", class).children(items.iter().map(|i| El::text("li", "", i)).collect())
    }

    /// Calls `handler` on every `event` at this element, for as long as the current owner lives.
    /// Events are `leptos::ev` descriptors, so a misspelt name does not compile.
    pub fn on<E>(self, event: E, mut handler: impl FnMut(E::EventType) + 'static) -> El
    where
        E: EventDescriptor,
        E::EventType: JsCast,
    {
        self.listen(
            &event.name(),
            Box::new(move |e: web_sys::Event| handler(e.unchecked_into())),
        )
    }

    fn listen(self, event: &str, handler: Box<dyn FnMut(web_sys::Event)>) -> El {
        let listener = Closure::wrap(handler);
        let _ = self
            .0
            .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        // Owned by the current reactive owner, which drops it (and so frees it) on disposal.
        StoredValue::new_local(listener);
        self
    }

    /// Runs `update` on this element now, and again whenever a signal it read changes.
    pub fn bind(self, update: impl Fn(&web_sys::Element) + 'static) -> El {
        self.follow(Box::new(update))
    }

    fn follow(self, update: Binding) -> El {
        // The element and the function are not `Send`; the effect only holds a handle to them.
        let held = StoredValue::new_local((self.0.clone(), update));
        ImmediateEffect::new_scoped(move || held.with_value(|(el, update)| update(el)));
        self
    }

    /// Like [`El::bind`], but the first `update` waits until the page has painted, so what is
    /// below the first screen does not hold it up. `track` reads the signals `update` follows.
    pub fn bind_after_paint(
        self,
        track: impl Fn() + 'static,
        update: impl Fn(&web_sys::Element) + 'static,
    ) -> El {
        let update = std::rc::Rc::new(update);
        let painted = std::cell::Cell::new(false);
        self.bind(move |el| {
            track();
            if painted.replace(true) {
                update(el);
                return;
            }
            // Run later in this binding's owner, so what it builds is released with it; not at
            // all if the owner has gone by then.
            let owner = Owner::current();
            let alive = StoredValue::new(());
            let (el, update) = (el.clone(), update.clone());
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        if let (Some(owner), Some(())) = (owner, alive.try_get_value()) {
                            owner.with(|| untrack(|| update(&el)));
                        }
                    },
                    std::time::Duration::ZERO,
                );
            });
        })
    }

    /// Sets the `hidden` attribute whenever `hide` says so.
    pub fn hidden_if(self, hide: impl Fn() -> bool + 'static) -> El {
        self.bind(move |el| {
            let _ = el.toggle_attribute_with_force("hidden", hide());
        })
    }

    /// Keeps the text inside the element equal to what `text` returns.
    pub fn text_from(self, text: impl Fn() -> String + 'static) -> El {
        self.bind(move |el| el.set_text_content(Some(&text())))
    }

    /// Replaces everything inside `parent` with `children`.
    pub fn fill(parent: &web_sys::Element, children: Vec<El>) {
        parent.set_text_content(None);
        for child in children {
            let _ = parent.append_child(&child.0);
        }
    }
}

/// Sets a DOM property (`checked`, `value`): what the control shows, unlike its attribute.
pub fn set_property(el: &web_sys::Element, name: &str, value: impl Into<JsValue>) {
    let _ = js_sys::Reflect::set(el, &JsValue::from_str(name), &value.into());
}

/// A DOM property's value as text (`value` of a field).
pub fn property(el: &web_sys::Element, name: &str) -> String {
    js_sys::Reflect::get(el, &JsValue::from_str(name))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}
