//! Browser tests of the UI in headless Chromium (wasm-bindgen-test): the app mounted for real,
//! with real local storage and a real address bar.
#![cfg(target_arch = "wasm32")]

use cto_or_cio::core::storage::{ANSWERS_KEY, BACKUP_KEY};
use cto_or_cio::ui::app::App;
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

/// Lets Leptos flush its effects and the browser render.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Mounts a fresh app with the given storage and fragment, and returns its root element.
async fn mount(stored: Option<&str>, fragment: &str) -> web_sys::HtmlElement {
    local_storage().clear().expect("clear storage");
    if let Some(raw) = stored {
        local_storage()
            .set_item(ANSWERS_KEY, raw)
            .expect("seed storage");
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
    leptos::mount::mount_to(root.clone(), App).forget();
    settle().await;
    root
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

#[wasm_bindgen_test]
async fn first_visit_starts_at_step_one_with_contract_radios() {
    let root = mount(None, "").await;
    assert!(text(&root, ".progress__label").contains("Step 1 of 9"));
    let radios = root
        .query_selector_all("input[type=radio][name=size]")
        .expect("radios");
    assert_eq!(radios.length(), 5);
    assert!(query(&root, "input[name=size][value=enterprise]").is_some());
}

#[wasm_bindgen_test]
async fn choosing_an_option_saves_it_and_moves_on() {
    let root = mount(None, "").await;
    query(&root, "input[name=size][value=medium]")
        .expect("option")
        .click();
    settle().await;
    assert!(text(&root, ".progress__label").contains("Step 2 of 9"));
    let saved = local_storage()
        .get_item(ANSWERS_KEY)
        .expect("read")
        .expect("saved");
    assert!(saved.contains(r#""size":"medium""#), "{saved}");
    let active = document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default();
    assert_eq!(active, "screen-heading", "focus moves to the new question");
}

#[wasm_bindgen_test]
async fn saved_answers_resume_at_first_unanswered_question() {
    let root = mount(
        Some(r#"{"schema":1,"answers":{"size":"small","stage":"startup","industry":"software"}}"#),
        "",
    )
    .await;
    assert!(text(&root, ".progress__label").contains("Step 4 of 9"));
}

#[wasm_bindgen_test]
async fn full_link_opens_on_the_result_with_contract_attributes() {
    let link = "v=1&size=small&stage=startup&industry=software&focus=product&regulation=light&systems=simple&engineering=few&priority=products&leadership=none";
    let root = mount(None, link).await;
    let result = query(&root, "[data-verdict]").expect("result");
    assert_eq!(result.get_attribute("data-verdict").as_deref(), Some("cto"));
    let cto: u8 = result
        .get_attribute("data-cto-score")
        .and_then(|s| s.parse().ok())
        .expect("cto score");
    let cio: u8 = result
        .get_attribute("data-cio-score")
        .and_then(|s| s.parse().ok())
        .expect("cio score");
    assert!(cto <= 100 && cio <= 100 && cto > cio);
    assert!(result
        .text_content()
        .unwrap_or_default()
        .contains(&cto.to_string()));
}

#[wasm_bindgen_test]
async fn corrupt_storage_is_kept_aside_and_the_app_still_runs() {
    let root = mount(Some("{not json"), "").await;
    assert_eq!(
        local_storage()
            .get_item(BACKUP_KEY)
            .expect("read")
            .as_deref(),
        Some("{not json")
    );
    assert!(text(&root, ".notices").contains("could not be read"));
    assert!(text(&root, ".progress__label").contains("Step 1 of 9"));
}

#[wasm_bindgen_test]
async fn markup_in_a_link_is_shown_as_text() {
    let root = mount(
        None,
        "v=1&size=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&company=%3Cb%3EAcme%3C%2Fb%3E",
    )
    .await;
    assert!(query(&root, ".notices img").is_none());
    assert!(text(&root, ".notices").contains("<img src=x onerror=alert(1)>"));
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

#[wasm_bindgen_test]
async fn moving_between_steps_keeps_each_saved_answer_checked() {
    // Regression: steps reused one set of inputs, and renaming them let the browser uncheck
    // a saved answer that comes earlier in its list than the one on the step being left.
    let saved = r#"{"schema":2,"revision":1,"answers":{"size":"small","stage":"startup","industry":"software"}}"#;
    let root = mount(Some(saved), "").await;
    for (key, value) in [
        ("industry", "software"),
        ("stage", "startup"),
        ("size", "small"),
    ] {
        button(&root, "Back").click();
        settle().await;
        assert_eq!(
            checked_value(&root, key).as_deref(),
            Some(value),
            "{key} after Back"
        );
    }
    button(&root, "Next").click();
    settle().await;
    assert_eq!(
        checked_value(&root, "stage").as_deref(),
        Some("startup"),
        "stage after Next"
    );
}

#[wasm_bindgen_test]
async fn another_tabs_newer_answers_are_taken_and_older_ones_ignored() {
    let root = mount(
        Some(r#"{"schema":2,"revision":5,"answers":{"size":"small"}}"#),
        "",
    )
    .await;
    let send = |raw: &str| {
        let init = web_sys::StorageEventInit::new();
        init.set_key(Some(ANSWERS_KEY));
        init.set_new_value(Some(raw));
        let event =
            web_sys::StorageEvent::new_with_event_init_dict("storage", &init).expect("event");
        web_sys::window()
            .expect("a window")
            .dispatch_event(&event)
            .expect("dispatch");
    };
    send(r#"{"schema":2,"revision":4,"answers":{"size":"micro","stage":"startup"}}"#);
    settle().await;
    assert!(
        text(&root, ".progress__label").contains("Step 2 of 9"),
        "stale revision ignored"
    );
    send(r#"{"schema":2,"revision":6,"answers":{"size":"large","stage":"startup"}}"#);
    settle().await;
    button(&root, "Back").click();
    settle().await;
    assert_eq!(
        checked_value(&root, "size").as_deref(),
        Some("large"),
        "newer revision taken"
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
            .on("click", move |_| {
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
