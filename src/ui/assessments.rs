//! Every company assessed in this browser: newest change first, with progress and verdict; open,
//! rename, duplicate, export, delete (with Undo), pick two to compare, import and export files.
//!
//! The list can hold hundreds of rows, so its buttons are served by one click listener on the
//! list (each row names its assessment, each button what it does) and the filter hides rows
//! rather than rebuilding them.

use leptos::ev;
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;
use wasm_bindgen::JsCast;

use super::dom::{property, set_property, El, Heading, Page};
use super::import_export::{export, import_files};
use super::locale::{number, tr, tr_count, tr_with};
use super::store::AppStore;
use crate::core::advice::changes::verdict_label;
use crate::core::assessment::{Assessment, Id};
use crate::core::locale::Msg;
use crate::core::questionnaire::Profile;
use crate::core::questionnaire::QUESTION_COUNT;
use crate::core::state::Action;
use crate::core::verdict::recommend;
use crate::platform::page;

/// From how many assessments on the filter box is shown.
const FILTER_FROM: usize = 7;

/// Text in lower case, by the browser's own rules for every script.
fn lowercase(text: &str) -> String {
    js_sys::JsString::from(text).to_lower_case().into()
}

/// One row's content.
#[derive(Clone, PartialEq)]
struct Row {
    id: Id,
    name: String,
    answered: usize,
    /// Every answer, when there are nine: the verdict is worked out for the rows shown only.
    profile: Option<Profile>,
    changed: u64,
}

impl Row {
    fn of(a: &Assessment) -> Row {
        Row {
            id: a.id.clone(),
            name: a.name().to_owned(),
            answered: a.answers.answered_count(),
            profile: a.answers.profile(),
            changed: a.changed,
        }
    }
}

pub fn screen(store: AppStore) -> Page {
    // Rows change only with the assessments, not with every move elsewhere in the state.
    let listed = store.slice(|s| s.listed().into_iter().cloned().collect::<Vec<Assessment>>());
    let rows = Memo::new(move |_| listed.with(|all| all.iter().map(Row::of).collect::<Vec<Row>>()));
    let filter = store.slice(|s| s.filter().to_owned());
    let selected = store.slice(|s| s.selected().to_vec());
    let count = move || rows.with(Vec::len);

    // The rows that match the filter; a page of them is built at a time, so opening or
    // filtering a long list, and leaving it, stays quick.
    let matching = Memo::new(move |_| {
        filter.track();
        rows.with(|rows| {
            rows.iter()
                .filter(|r| store.with_untracked(|s| s.shows(&r.name, lowercase)))
                .cloned()
                .collect::<Vec<Row>>()
        })
    });
    let pages = RwSignal::new(1usize);
    let list = El::new("ul", "entries")
        .attr("aria-label", &tr(Msg::ListTitle))
        .bind(move |el| {
            let shown = pages.get() * PAGE_ROWS;
            matching.with(|rows| El::fill(el, rows.iter().take(shown).map(row).collect()));
        })
        // The marks for comparison change rows in place.
        .bind(move |el| {
            let marked = selected.get();
            let items = el.children();
            for i in 0..items.length() {
                let Some(item) = items.item(i) else { continue };
                let id = item
                    .get_attribute("data-assessment")
                    .and_then(|id| Id::parse(&id));
                if let Ok(Some(mark)) = item.query_selector("input[type=checkbox]") {
                    set_property(&mark, "checked", id.is_some_and(|id| marked.contains(&id)));
                }
            }
        })
        .on(ev::click, move |e| clicked(store, &e));
    // A new filter starts from the first page again.
    ImmediateEffect::new_scoped(move || {
        filter.track();
        pages.set(1);
    });
    let more = El::new("p", "more")
        .hidden_if(move || matching.with(Vec::len) <= pages.get() * PAGE_ROWS)
        .child(
            El::button("btn", "", move |_| pages.update(|p| *p += 1)).text_from(move || {
                let left = matching
                    .with(Vec::len)
                    .saturating_sub(pages.get() * PAGE_ROWS);
                tr_with(
                    Msg::ListShowMore,
                    &[("n", &number(left.min(PAGE_ROWS) as u64))],
                )
            }),
        );

    let chooser = El::new("input", "sr-only")
        .attr("type", "file")
        .attr("accept", ".json,application/json")
        .attr("multiple", "")
        .on(ev::change, move |e| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                if let Some(files) = input.files() {
                    import_files(store, &files);
                }
                // The same file can be chosen again.
                input.set_value("");
            }
        });
    let toolbar = El::new("div", "toolbar")
        .child(El::button(
            "btn btn--primary",
            &tr(Msg::ListNew),
            move |_| store.dispatch(Action::New),
        ))
        .child(
            El::new("label", "btn")
                .add_text(&tr(Msg::ListImport))
                .child(chooser),
        )
        .child(
            El::button("btn", &tr(Msg::ListExportAll), move |_| {
                store.with_untracked(|s| {
                    let all: Vec<Assessment> = s.listed().into_iter().cloned().collect();
                    export(&all, None);
                })
            })
            .hidden_if(move || count() == 0),
        );
    let search = El::new("label", "field filter")
        .hidden_if(move || count() < FILTER_FROM)
        .child(El::text("span", "field__label", &tr(Msg::ListFilter)))
        .child(
            El::new("input", "field__input")
                .attr("type", "search")
                .attr("autocomplete", "off")
                .bind(move |el| set_property(el, "value", filter.get_untracked().as_str()))
                .on(ev::input, move |e| {
                    if let Some(field) = e.target() {
                        store.dispatch(Action::Filter(property(field.unchecked_ref(), "value")));
                    }
                }),
        );
    let compare = El::button("btn", &tr(Msg::ListCompare), move |_| {
        if let [a, b] = selected.get_untracked().as_slice() {
            store.dispatch(Action::Compare(a.clone(), b.clone()));
        }
    })
    .bind(move |el| {
        let ready = selected.with(|s| s.len() == 2);
        let _ = el.toggle_attribute_with_force("disabled", !ready);
    });
    let summary = El::new("p", "question__context").text_from(move || match count() {
        0 => tr(Msg::ListEmpty),
        n => tr_count(Msg::ListSummary, n),
    });
    let rename = rename_dialog(store);
    El::screen(
        "step assessments",
        Heading::new("question__title", &tr(Msg::ListTitle)),
        vec![
            summary,
            toolbar,
            search,
            El::new("div", "compare-bar")
                .hidden_if(move || count() < 2)
                .child(El::text(
                    "p",
                    "compare-bar__hint",
                    &tr(Msg::ListCompareHint),
                ))
                .child(compare),
            list,
            more,
            El::text("p", "keys-hint", &tr(Msg::ListDropHint)),
            rename,
        ],
    )
}

/// How many rows are shown at first, and added by "Show more".
const PAGE_ROWS: usize = 50;

fn row(r: &Row) -> El {
    let id = r.id.as_str();
    let verdict = r.profile.map(|p| recommend(&p).verdict);
    let verdict_id = verdict.map(|v| v.id());
    let verdict_text = verdict.map_or_else(|| tr(Msg::ListNotFinished), |v| tr(verdict_label(v)));
    let action = |label: Msg, what: &str| {
        let label = tr(label);
        El::text("button", "btn btn--small btn--quiet", &label)
            .attr("type", "button")
            .attr("data-do", what)
            .attr(
                "aria-label",
                &tr_with(
                    Msg::ListActionLabel,
                    &[("action", &label), ("name", &r.name)],
                ),
            )
    };
    let mut item = El::new("li", "entry").attr("data-assessment", id);
    if let Some(v) = verdict_id {
        item = item.attr("data-assessment-verdict", v);
    }
    item.child(
        El::new("div", "entry__main")
            .child(
                El::text("button", "entry__open", &r.name)
                    .attr("type", "button")
                    .attr("data-do", "open"),
            )
            .child(El::text(
                "p",
                "entry__meta",
                &tr_with(
                    Msg::ListMeta,
                    &[
                        ("answered", &number(r.answered as u64)),
                        ("total", &number(QUESTION_COUNT as u64)),
                        ("verdict", &verdict_text),
                        (
                            "changed",
                            &page::local_time(r.changed, super::locale::lang()),
                        ),
                    ],
                ),
            )),
    )
    .child(
        El::new("div", "entry__actions")
            .child(
                El::new("label", "entry__mark")
                    .child(
                        El::new("input", "")
                            .attr("type", "checkbox")
                            .attr("data-do", "mark"),
                    )
                    .add_text(" ")
                    .add_text(&tr(Msg::ListMark)),
            )
            .child(action(Msg::ListRename, "rename"))
            .child(action(Msg::ListDuplicate, "duplicate"))
            .child(action(Msg::ListExport, "export"))
            .child(action(Msg::ListDelete, "delete")),
    )
}

/// Serves every button and mark in the list: the row says which assessment, the control what.
fn clicked(store: AppStore, e: &web_sys::MouseEvent) {
    let Some(control) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("[data-do]").ok().flatten())
    else {
        return;
    };
    let id = control
        .closest("[data-assessment]")
        .ok()
        .flatten()
        .and_then(|row| row.get_attribute("data-assessment"))
        .and_then(|id| Id::parse(&id));
    let (Some(id), Some(what)) = (id, control.get_attribute("data-do")) else {
        return;
    };
    match what.as_str() {
        "open" => store.dispatch(Action::Open(id)),
        "mark" => store.dispatch(Action::Select(id)),
        "duplicate" => store.dispatch(Action::Duplicate(id)),
        "delete" => store.dispatch(Action::Delete(id)),
        "export" => store.with_untracked(|s| {
            if let Some(a) = s.get(&id) {
                export(std::slice::from_ref(a), Some(a));
            }
        }),
        "rename" => open_rename(store, &id),
        _ => {}
    }
}

const RENAME_DIALOG: &str = "rename-dialog";

/// Opens the rename dialog for `id`, filled with its current name.
fn open_rename(store: AppStore, id: &Id) {
    let name = store.with_untracked(|s| s.get(id).map(|a| a.answers.company().to_owned()));
    let dialog = document()
        .get_element_by_id(RENAME_DIALOG)
        .and_then(|d| d.dyn_into::<web_sys::HtmlDialogElement>().ok());
    if let (Some(dialog), Some(name)) = (dialog, name) {
        let _ = dialog.set_attribute("data-assessment", id.as_str());
        if let Ok(Some(field)) = dialog.query_selector("input") {
            set_property(&field, "value", name);
        }
        let _ = dialog.show_modal();
    }
}

/// A native modal dialog with the name field: Save renames, Cancel (or Escape) closes.
fn rename_dialog(store: AppStore) -> El {
    let dialog = El::new("dialog", "dialog")
        .attr("id", RENAME_DIALOG)
        .attr("aria-labelledby", "rename-title");
    let node = dialog.node();
    let field = El::new("input", "field__input")
        .attr("type", "text")
        .attr(
            "maxlength",
            &crate::core::questionnaire::COMPANY_MAX_CHARS.to_string(),
        )
        .attr("autocomplete", "organization");
    let input = field.node();
    let close = |node: &web_sys::Element| {
        if let Some(d) = node.dyn_ref::<web_sys::HtmlDialogElement>() {
            d.close();
        }
    };
    let (cancel_node, save_node) = (node.clone(), node.clone());
    let save = move |e: web_sys::SubmitEvent| {
        e.prevent_default();
        let id = save_node
            .get_attribute("data-assessment")
            .and_then(|id| Id::parse(&id));
        if let Some(id) = id {
            store.dispatch(Action::Rename(id, property(&input, "value")));
        }
        close(&save_node);
    };
    dialog.child(
        El::new("form", "")
            .on(ev::submit, save)
            .child(El::text("h2", "dialog__title", &tr(Msg::ListRename)).attr("id", "rename-title"))
            .child(
                El::new("label", "field")
                    .child(El::text(
                        "span",
                        "field__label",
                        &tr(Msg::ResultCompanyLabel),
                    ))
                    .child(field),
            )
            .child(
                El::new("div", "dialog__actions")
                    .child(El::button("btn", &tr(Msg::ListCancel), move |_| {
                        close(&cancel_node)
                    }))
                    .child(
                        El::text("button", "btn btn--primary", &tr(Msg::ListSave))
                            .attr("type", "submit"),
                    ),
            ),
    )
}
