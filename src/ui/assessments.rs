//! Every organisation assessed in this browser: newest change first, each row with its verdict,
//! both scores and the first hire; a team's respondents together under its company, with the
//! way to the team view; open, rename, duplicate, export, delete (with Undo), mark two to four
//! to compare, import and export files, and who prepares the reports.
//!
//! The list can hold hundreds of rows, so its buttons are served by one click listener on the
//! list (each row names its assessment, each button what it does) and the filter hides rows
//! rather than rebuilding them.

use leptos::ev;
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;
use wasm_bindgen::JsCast;

use super::ask::prepared_by_form;
use super::dom::{property, set_property, El, Heading, Page};
use super::import_export::{export, import_files};
use super::locale::{number, tr, tr_count, tr_with};
use super::names::title;
use super::store::AppStore;
use crate::core::advice::changes::verdict_label;
use crate::core::advice::next_step::first_hire;
use crate::core::assessment::{Assessment, Id};
use crate::core::locale::Msg;
use crate::core::questionnaire::Profile;
use crate::core::questionnaire::QUESTION_COUNT;
use crate::core::state::{Action, COMPARE_MAX};
use crate::core::team::TeamId;
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
    /// The company, with a respondent's label.
    name: String,
    answered: usize,
    /// Every answer, when there are nine: the verdict is worked out for the rows shown only.
    profile: Option<Profile>,
    changed: u64,
    /// The team the row answers for, and its company.
    team: Option<(TeamId, String)>,
}

impl Row {
    fn of(a: &Assessment) -> Row {
        Row {
            id: a.id.clone(),
            name: title(a),
            answered: a.answers.answered_count(),
            profile: a.answers.profile(),
            changed: a.changed,
            team: a
                .team
                .as_ref()
                .map(|m| (m.team.clone(), a.name().to_owned())),
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
    // Raised when the rest of a page's rows has been added after the first paint.
    let appended = RwSignal::new(0u64);
    let list = El::new("ul", "entries")
        .attr("aria-label", &tr(Msg::ListTitle))
        .bind(move |el| {
            let shown = pages.get() * PAGE_ROWS;
            let after = move || appended.update(|n| *n += 1);
            matching.with(|rows| fill_list(el, &rows[..rows.len().min(shown)], after));
        })
        // The marks for comparison change rows in place; once four are marked, the others wait.
        .bind(move |el| {
            appended.track();
            let marked = selected.get();
            let full = marked.len() >= COMPARE_MAX;
            let Ok(items) = el.query_selector_all("[data-assessment]") else {
                return;
            };
            for i in 0..items.length() {
                let Some(item) = items
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                let id = item
                    .get_attribute("data-assessment")
                    .and_then(|id| Id::parse(&id));
                if let Ok(Some(mark)) = item.query_selector("input[type=checkbox]") {
                    let on = id.is_some_and(|id| marked.contains(&id));
                    set_property(&mark, "checked", on);
                    let _ = mark.toggle_attribute_with_force("disabled", full && !on);
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
                    export(&all, s.teams(), None);
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
    let compare = El::button("btn", "", move |_| {
        store.dispatch(Action::Compare(selected.get_untracked()));
    })
    .text_from(move || match selected.with(Vec::len) {
        n @ 2.. => tr_count(Msg::ListCompare, n),
        _ => tr(Msg::ListCompareIdle),
    })
    .bind(move |el| {
        let ready = selected.with(|s| (2..=COMPARE_MAX).contains(&s.len()));
        let _ = el.toggle_attribute_with_force("disabled", !ready);
    });
    let compare_hint = El::new("p", "compare-bar__hint")
        .attr("role", "status")
        .text_from(move || {
            if selected.with(Vec::len) >= COMPARE_MAX {
                tr(Msg::ListCompareFull)
            } else {
                tr(Msg::ListCompareHint)
            }
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
                .child(compare_hint)
                .child(compare),
            list,
            more,
            El::text("p", "keys-hint", &tr(Msg::ListDropHint)),
            prepared_by_form(store),
            rename,
        ],
    )
}

/// How many rows are shown at first, and added by "Show more".
const PAGE_ROWS: usize = 50;

/// The rows in order, a team's together under its company where its newest row would be.
fn grouped(rows: &[Row]) -> Vec<Vec<&Row>> {
    let mut out: Vec<Vec<&Row>> = Vec::new();
    let mut done: Vec<&TeamId> = Vec::new();
    for r in rows {
        match &r.team {
            None => out.push(vec![r]),
            Some((team, _)) if done.contains(&team) => {}
            Some((team, _)) => {
                done.push(team);
                out.push(
                    rows.iter()
                        .filter(|m| m.team.as_ref().is_some_and(|(t, _)| t == team))
                        .collect(),
                );
            }
        }
    }
    out
}

/// One item of the list: a row, or a team with its rows.
fn item(rows: &[&Row]) -> El {
    match rows {
        [first, ..] if first.team.is_some() => {
            let (team, company) = first.team.as_ref().map(|(t, c)| (t, c.as_str())).unzip();
            match team {
                Some(team) => team_group(team, company.unwrap_or(""), rows),
                None => row(first),
            }
        }
        [only] => row(only),
        _ => El::new("li", ""),
    }
}

/// How many items of a page are built at once; the rest follow the first paint, so a long
/// list opens as quickly as a short one.
const FIRST_ITEMS: usize = 12;

thread_local! {
    /// Raised at each fill of the list, so a late half never lands in a newer list.
    static FILLS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Fills the list with `rows`: the first items now, the rest once the first have painted
/// (then `appended` runs).
fn fill_list(el: &web_sys::Element, rows: &[Row], appended: impl FnOnce() + 'static) {
    let items = grouped(rows);
    let fill = FILLS.with(|f| {
        f.set(f.get() + 1);
        f.get()
    });
    let now: Vec<El> = items.iter().take(FIRST_ITEMS).map(|i| item(i)).collect();
    El::fill(el, now);
    if items.len() <= FIRST_ITEMS {
        return;
    }
    let later: Vec<Vec<Row>> = items[FIRST_ITEMS..]
        .iter()
        .map(|i| i.iter().map(|r| (*r).clone()).collect())
        .collect();
    let el = el.clone();
    request_animation_frame(move || {
        if FILLS.with(std::cell::Cell::get) != fill {
            return;
        }
        for rows in later {
            let refs: Vec<&Row> = rows.iter().collect();
            let _ = el.append_child(&item(&refs).node());
        }
        appended();
    });
}

/// A team under its company: how many answered, the way to the team view, and each row.
fn team_group(team: &TeamId, company: &str, members: &[&Row]) -> El {
    let company = match company {
        "" => tr(Msg::ListUnnamed),
        name => name.to_owned(),
    };
    El::new("li", "team-group")
        .attr("data-team", team.as_str())
        .child(
            El::new("div", "team-group__head")
                .child(El::text("p", "team-group__name", &company))
                .child(El::text(
                    "p",
                    "entry__meta",
                    &tr_count(Msg::ListTeamCount, members.len()),
                ))
                .child(
                    El::text("button", "btn btn--small", &tr(Msg::ListOpenTeam))
                        .attr("type", "button")
                        .attr("data-do", "team")
                        .attr(
                            "aria-label",
                            &tr_with(Msg::ListOpenTeamLabel, &[("company", &company)]),
                        ),
                ),
        )
        .child(
            El::new("ul", "entries team-group__members")
                .children(members.iter().map(|m| row(m)).collect()),
        )
}

fn row(r: &Row) -> El {
    let id = r.id.as_str();
    let result = r.profile.map(|p| (p, recommend(&p)));
    let verdict = result.as_ref().map(|(_, rec)| rec.verdict);
    let verdict_id = verdict.map(|v| v.id());
    let verdict_text = verdict.map_or_else(|| tr(Msg::ListNotFinished), |v| tr(verdict_label(v)));
    // One text node: a list of hundreds of rows is built quicker without inner markup.
    let outcome = result.as_ref().map(|(p, rec)| {
        let scores = tr_with(
            Msg::ListScores,
            &[
                ("cto", &number(rec.cto_score)),
                ("cio", &number(rec.cio_score)),
            ],
        );
        El::text(
            "p",
            "entry__verdict",
            &format!("{verdict_text} · {scores} · {}", tr(first_hire(p, rec))),
        )
    });
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
            .maybe(outcome)
            .child(El::text(
                "p",
                "entry__meta",
                &tr_with(
                    Msg::ListMeta,
                    &[
                        ("answered", &number(r.answered as u64)),
                        ("total", &number(QUESTION_COUNT as u64)),
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
    let Some(what) = control.get_attribute("data-do") else {
        return;
    };
    if what == "team" {
        let team = control
            .closest("[data-team]")
            .ok()
            .flatten()
            .and_then(|group| group.get_attribute("data-team"))
            .and_then(|t| TeamId::parse(&t));
        if let Some(team) = team {
            store.dispatch(Action::ShowTeam(team));
        }
        return;
    }
    let Some(id) = id else {
        return;
    };
    match what.as_str() {
        "open" => store.dispatch(Action::Open(id)),
        "mark" => store.dispatch(Action::Select(id)),
        "duplicate" => store.dispatch(Action::Duplicate(id)),
        "delete" => store.dispatch(Action::Delete(id)),
        "export" => store.with_untracked(|s| {
            if let Some(a) = s.get(&id) {
                export(std::slice::from_ref(a), s.teams(), Some(a));
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
