//! Browser tests of the UI in headless Chromium and Firefox (wasm-bindgen-test): the app mounted
//! for real, with real local storage, a real address bar and real session history.
#![cfg(target_arch = "wasm32")]

use cto_or_cio::core::locale::{Catalogue, Lang};
use cto_or_cio::core::persist::storage::{BACKUP_KEY, LEGACY_ANSWERS_KEY, WORKSPACE_KEY};
use cto_or_cio::ui::app::App;
use leptos::mount::UnmountHandle;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("local storage")
}

/// Lets Leptos flush its effects and the browser render; `ms` covers the pause after a choice.
async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

async fn settle() {
    wait(30).await;
}

/// A mounted app; dropping it unmounts it, so its window listeners do not hear later tests.
struct Mounted {
    root: web_sys::HtmlElement,
    _handle: UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

/// Mounts a fresh app with the given stored text under `key` and address fragment.
async fn mount_with(key: &str, stored: Option<&str>, fragment: &str) -> Mounted {
    local_storage().clear().expect("clear storage");
    if let Some(raw) = stored {
        local_storage().set_item(key, raw).expect("seed storage");
    }
    let history = web_sys::window()
        .expect("a window")
        .history()
        .expect("history");
    let url = if fragment.is_empty() {
        "?".to_owned()
    } else {
        format!("?#{fragment}")
    };
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        .expect("set url");
    if let Some(old) = document().get_element_by_id("test-root") {
        old.remove();
    }
    let root: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    root.set_id("test-root");
    document()
        .body()
        .expect("body")
        .append_child(&root)
        .expect("append");
    // The page's texts, which the loader fetches for the real page: English, whole.
    let english = Catalogue::from_locale_file(Lang::En, include_str!("../locales/en.json"))
        .expect("locales/en.json");
    cto_or_cio::ui::locale::install(english);
    let handle =
        leptos::mount::mount_to(root.clone(), || leptos::prelude::IntoAny::into_any(App()));
    settle().await;
    Mounted {
        root,
        _handle: handle,
    }
}

async fn mount(stored: Option<&str>, fragment: &str) -> Mounted {
    mount_with(WORKSPACE_KEY, stored, fragment).await
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    root.query_selector(selector)
        .ok()
        .flatten()
        .map(JsCast::unchecked_into)
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    query(root, selector)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

fn button(root: &web_sys::HtmlElement, label: &str) -> web_sys::HtmlElement {
    let buttons = root.query_selector_all("button").expect("buttons");
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(JsCast::unchecked_into::<web_sys::HtmlElement>)
        .find(|b| b.text_content().as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no button {label}"))
}

fn checked_value(root: &web_sys::HtmlElement, key: &str) -> Option<String> {
    query(root, &format!("input[name={key}]:checked")).and_then(|e| e.get_attribute("value"))
}

fn stored() -> String {
    local_storage()
        .get_item(WORKSPACE_KEY)
        .expect("read")
        .unwrap_or_default()
}

const LEGACY: &str = r#"{"schema":2,"revision":1,"answers":{"size":"small","stage":"startup","industry":"software"}}"#;

#[wasm_bindgen_test]
async fn first_visit_starts_at_step_one_with_contract_radios() {
    let app = mount(None, "").await;
    assert!(text(&app.root, ".progress__label").contains("Step 1 of 9"));
    let radios = app
        .root
        .query_selector_all("input[type=radio][name=size]")
        .expect("radios");
    assert_eq!(radios.length(), 5);
    assert!(query(&app.root, "input[name=size][value=enterprise]").is_some());
}

#[wasm_bindgen_test]
async fn choosing_an_option_saves_it_at_once_and_moves_on_after_a_moment() {
    let app = mount(None, "").await;
    query(&app.root, "input[name=size][value=medium]")
        .expect("option")
        .click();
    settle().await;
    assert!(stored().contains(r#""size":"medium""#), "{}", stored());
    assert!(
        text(&app.root, ".progress__label").contains("Step 1 of 9"),
        "the choice shows before the next question"
    );
    wait(300).await;
    assert!(text(&app.root, ".progress__label").contains("Step 2 of 9"));
    let active = document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default();
    assert_eq!(active, "screen-heading", "focus moves to the new question");
}

#[wasm_bindgen_test]
async fn schema_2_answers_migrate_and_a_returning_visitor_is_greeted() {
    let app = mount_with(LEGACY_ANSWERS_KEY, Some(LEGACY), "").await;
    assert_eq!(text(&app.root, "h1"), "Welcome back");
    assert!(stored().contains(r#""schema":4"#), "migrated: {}", stored());
    assert_eq!(
        local_storage()
            .get_item(LEGACY_ANSWERS_KEY)
            .expect("read")
            .as_deref(),
        Some(LEGACY),
        "the old data is left as it was"
    );
    button(&app.root, "Continue at step 4").click();
    settle().await;
    assert!(text(&app.root, ".progress__label").contains("Step 4 of 9"));
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_kept_aside_and_the_app_still_runs() {
    let app = mount(Some("{not json"), "").await;
    assert_eq!(
        local_storage()
            .get_item(BACKUP_KEY)
            .expect("read")
            .as_deref(),
        Some("{not json")
    );
    assert!(text(&app.root, ".notices").contains("could not be read"));
    assert!(text(&app.root, ".progress__label").contains("Step 1 of 9"));
}

#[wasm_bindgen_test]
async fn moving_between_steps_keeps_each_saved_answer_checked() {
    // Regression: steps reused one set of inputs, and renaming them let the browser uncheck
    // a saved answer that comes earlier in its list than the one on the step being left.
    let app = mount_with(LEGACY_ANSWERS_KEY, Some(LEGACY), "").await;
    button(&app.root, "Continue at step 4").click();
    settle().await;
    for (key, value) in [
        ("industry", "software"),
        ("stage", "startup"),
        ("size", "small"),
    ] {
        button(&app.root, "Back").click();
        settle().await;
        assert_eq!(
            checked_value(&app.root, key).as_deref(),
            Some(value),
            "{key} after Back"
        );
    }
    button(&app.root, "Next").click();
    settle().await;
    assert_eq!(
        checked_value(&app.root, "stage").as_deref(),
        Some("startup"),
        "stage after Next"
    );
}

#[wasm_bindgen_test]
fn built_elements_listen_and_follow_signals_until_their_owner_goes() {
    use cto_or_cio::ui::dom::El;
    use leptos::prelude::{Owner, RwSignal, Set};
    use std::cell::Cell;
    use std::rc::Rc;

    /// Records that the listener holding it was dropped.
    struct DropFlag(Rc<Cell<bool>>);
    impl Drop for DropFlag {
        fn drop(&mut self) {
            self.0.set(true);
        }
    }

    let dropped = Rc::new(Cell::new(false));
    let clicks = Rc::new(Cell::new(0));
    let label = RwSignal::new("one".to_owned());
    let owner = Owner::new();
    let node = owner.with(|| {
        let flag = DropFlag(dropped.clone());
        let clicks = clicks.clone();
        El::new("button", "")
            .on(leptos::ev::click, move |_| {
                let _held = &flag;
                clicks.set(clicks.get() + 1);
            })
            .text_from(move || leptos::prelude::Get::get(&label))
            .node()
    });
    let button: web_sys::HtmlElement = node.clone().unchecked_into();
    button.click();
    assert_eq!(clicks.get(), 1);
    assert_eq!(node.text_content().as_deref(), Some("one"));
    label.set("two".to_owned());
    assert_eq!(node.text_content().as_deref(), Some("two"));

    owner.cleanup();
    assert!(dropped.get(), "the listener outlived its owner");
    label.set("three".to_owned());
    assert_eq!(
        node.text_content().as_deref(),
        Some("two"),
        "a binding outlived its owner"
    );
}

/// Below a thousand, numbers are written without the browser's `Intl.NumberFormat` (slow to
/// make the first time): exactly as it would write them, in every language.
#[wasm_bindgen_test]
fn small_numbers_are_written_as_intl_writes_them() {
    use cto_or_cio::platform::locale::{intl_number, number};
    for lang in Lang::ALL {
        for n in (0..1000).chain([1000, 12_345, 194_400]) {
            assert_eq!(
                number(lang, n),
                intl_number(lang, n),
                "{n} in {}",
                lang.code()
            );
        }
    }
}

/// A shipped part of the texts crosses from the browser's JSON reader into the wasm as one
/// string of records: each text arrives whole, whatever it holds.
#[wasm_bindgen_test]
fn a_part_of_the_texts_is_read_whole() {
    use cto_or_cio::core::locale::Entry;
    use cto_or_cio::platform::locale::read_part;
    let json = r#"["Größe \"quoted\" \\ {n}", null, {"zero": "لا أحد", "one": "شخص", "other": "{n} 👥"}, "", 7]"#;
    assert_eq!(
        read_part(json),
        Some(vec![
            Entry::One("Größe \"quoted\" \\ {n}".into()),
            Entry::Missing,
            Entry::Counted(vec![
                ("zero".into(), "لا أحد".into()),
                ("one".into(), "شخص".into()),
                ("other".into(), "{n} 👥".into()),
            ]),
            Entry::One(String::new()),
            Entry::Missing,
        ])
    );
    assert_eq!(read_part("[]"), Some(Vec::new()));
    assert_eq!(read_part("not JSON"), None);
    assert_eq!(read_part(r#"{"a": "b"}"#), None);
}
