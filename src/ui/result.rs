//! The result, read top-down. The first screen of a phone holds the verdict, both scores, the
//! next step, the strongest reason and the main actions; the rest follows under headings, long
//! lists showing their top items first. What-if is a sandbox opened from the top: verdict and
//! scores follow it live, and the saved answers change only on Keep.

use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::ask::{prepared_by_form, team_panel};
use super::copy::{copy_text, share_link, Text, Wording};
use super::dom::{property, set_property, El, Heading, Page};
use super::import_export::export;
use super::locale::{catalogue, number, tr, tr_with};
use super::plane::{plane, Point};
use super::store::AppStore;
use crate::core::advice::changes::roadmap;
use crate::core::advice::claims::Said;
use crate::core::advice::markdown::{paragraph, points, summary_markdown};
use crate::core::advice::roles::RoleBrief;
use crate::core::advice::{advise, Advice};
use crate::core::locale::Msg;
use crate::core::questionnaire::{Industry, Profile, Question, COMPANY_MAX_CHARS};
use crate::core::state::Action;
use crate::core::verdict::{recommend, Contribution, Recommendation};
use crate::platform::page;

/// How many items a long list shows before "Show all".
const TOP: usize = 3;

/// What the result shows: the recommendation for the answers on show (what-if included), and
/// for the saved ones.
#[derive(Clone, PartialEq)]
struct Shown {
    profile: Profile,
    rec: Recommendation,
    advice: Advice,
    saved: Option<(u8, u8)>,
}

pub fn screen(store: AppStore) -> Page {
    let shown = store.slice(|s| {
        let profile = s.shown_answers().profile()?;
        let saved = s.what_if().and_then(|_| {
            let p = s.current().answers.profile()?;
            let r = recommend(&p);
            Some((r.cto_score, r.cio_score))
        });
        let rec = recommend(&profile);
        Some(Shown {
            advice: advise(&profile, &rec),
            profile,
            rec,
            saved,
        })
    });
    let sandbox = store.slice(|s| s.what_if().is_some());
    let company = store.slice(|s| s.current().answers.company().to_owned());
    let link = share_link(store);

    let heading = Heading::new("result__headline", "").with(|h| {
        h.text_from(move || {
            shown.with(|s| {
                s.as_ref().map_or(String::new(), |s| {
                    s.advice.headline.text(&catalogue(), s.profile.industry)
                })
            })
        })
    });
    let eyebrow = El::new("p", "result__eyebrow").text_from(move || match company.get().as_str() {
        "" => tr(Msg::ResultEyebrow),
        name => tr_with(Msg::ResultEyebrowFor, &[("company", name)]),
    });
    let print_head = El::new("p", "print-only").text_from(move || {
        let today = page::local_date(super::locale::lang());
        match company.get().as_str() {
            "" => tr_with(Msg::ResultReport, &[("date", &today)]),
            name => tr_with(Msg::ResultReportFor, &[("company", name), ("date", &today)]),
        }
    });

    let glance = El::new("div", "verdict").bind(move |el| {
        shown.with(|s| {
            let Some(s) = s else { return };
            let _ = el.set_attribute("data-verdict", s.rec.verdict.id());
            let _ = el.set_attribute("data-cto-score", &s.rec.cto_score.to_string());
            let _ = el.set_attribute("data-cio-score", &s.rec.cio_score.to_string());
            El::fill(el, at_a_glance(s));
        })
    });
    let actions = El::new("div", "result__actions")
        .child(
            El::button("btn", &tr(Msg::ResultWhatIf), move |_| {
                store.dispatch(Action::WhatIfOpen)
            })
            .hidden_if(move || sandbox.get())
            .attr("aria-controls", "what-if"),
        )
        .child(El::button("btn", &tr(Msg::ResultKit), move |_| {
            store.dispatch(Action::ShowKit)
        }))
        .child(copy_text(Text::Live(link), Wording::Link));

    // Below the first screen: built once that screen has painted, then kept in step.
    let details = El::new("div", "details").bind_after_paint(
        move || shown.track(),
        move |el| {
            shown.with_untracked(|s| {
                if let Some(s) = s {
                    El::fill(el, details(store, s));
                }
            })
        },
    );
    // The summary is written when it is copied: it is the saved answers' (what-if aside).
    let summary = Text::OnDemand(Rc::new(move || {
        store.with_untracked(|s| {
            let answers = &s.current().answers;
            answers
                .profile()
                .map(|p| {
                    summary_markdown(
                        answers,
                        &recommend(&p),
                        &link.get_untracked(),
                        s.byline(),
                        &catalogue(),
                    )
                })
                .unwrap_or_default()
        })
    }));
    let hand_over = El::new("section", "hand-over no-print")
        .attr("aria-labelledby", "hand-over-title")
        .child(
            El::text("h2", "result__section", &tr(Msg::ResultHandOver))
                .attr("id", "hand-over-title"),
        )
        .child(company_name(store))
        .child(copy_text(summary, Wording::Summary))
        .child(prepared_by_form(store))
        .child(El::button("btn", &tr(Msg::ResultExport), move |_| {
            store.with_untracked(|s| {
                let current = s.current().clone();
                export(std::slice::from_ref(&current), s.teams(), Some(&current));
            })
        }));
    let footer = El::new("p", "print-only print-link")
        .text_from(move || link.with(|l| tr_with(Msg::ResultTheseAnswers, &[("link", l)])));
    let nav = El::new("nav", "step-nav no-print")
        .attr("aria-label", &tr(Msg::ResultNavLabel))
        .child(El::button("btn", &tr(Msg::ResultPrint), |_| print()))
        .child(El::new("span", "step-nav__spacer"))
        .child(El::button(
            "btn btn--quiet",
            &tr(Msg::StepStartOver),
            move |_| store.dispatch(Action::StartOver),
        ));
    El::screen(
        "result",
        heading,
        vec![
            prepared_by(store),
            glance,
            actions,
            what_if(store, shown),
            details,
            hand_over,
            team_panel(store),
            footer,
            nav,
        ],
    )
    .with_before(eyebrow)
    .with_before(print_head)
}

pub(super) fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The first screen: scores, next step, the strongest reasons (one on each side when both roles
/// are called for). The reasons are named here; why each weighs what it does is said once, in
/// "Why" below.
fn at_a_glance(s: &Shown) -> Vec<El> {
    let rec = &s.rec;
    let texts = catalogue();
    let industry = s.profile.industry;
    let mut out = vec![
        El::new("div", "scores")
            .child(score_bar(
                "cto",
                Msg::ResultCtoNeed,
                Msg::ResultCtoDetail,
                rec.cto_score,
            ))
            .child(score_bar(
                "cio",
                Msg::ResultCioNeed,
                Msg::ResultCioDetail,
                rec.cio_score,
            )),
        El::new("div", "next")
            .child(El::text("h2", "next__title", &tr(Msg::ResultNextTitle)))
            .child(El::text(
                "p",
                "",
                &paragraph(&s.advice.next_step, &texts, industry),
            )),
    ];
    let strongest: Vec<String> = s
        .advice
        .strongest
        .iter()
        .map(|c| {
            tr_with(
                Msg::ResultStrongestItem,
                &[
                    ("topic", &tr(c.question.topic())),
                    ("answer", &tr(c.answer())),
                    ("points", &points(c.cto, c.cio, &texts)),
                ],
            )
        })
        .collect();
    if !strongest.is_empty() {
        out.push(
            El::new("p", "result__top")
                .child(El::text("strong", "", &tr(Msg::ResultStrongest)))
                .add_text(" ")
                .add_text(&strongest.join(&tr(Msg::AppClauseSeparator))),
        );
    }
    out
}

fn score_bar(side: &str, name: Msg, detail: Msg, score: u8) -> El {
    let fill = format!("score__fill score__fill--{side}");
    El::new("div", "score")
        .child(
            El::new("p", "score__head")
                .child(El::text("span", "score__name", &tr(name)))
                .child(
                    El::text("span", "score__value", &number(score)).child(El::text(
                        "span",
                        "score__max",
                        &tr_with(Msg::ResultOfHundred, &[("max", &number(100u64))]),
                    )),
                ),
        )
        .child(El::text("p", "score__detail", &tr(detail)))
        .child(
            El::new("div", "score__track")
                .attr("aria-hidden", "true")
                .child(El::new("div", &fill).style("width", &format!("{score}%"))),
        )
}

/// Everything below the first screen, each part under its heading. Parts that are not in the
/// printed report are marked `no-print`.
fn details(store: AppStore, s: &Shown) -> Vec<El> {
    let advice = &s.advice;
    let rec = &s.rec;
    let texts = catalogue();
    let industry = s.profile.industry;
    let mut out = vec![El::text(
        "p",
        "result__lead",
        &paragraph(&advice.explanation, &texts, industry),
    )];
    if !advice.part_time.is_empty() {
        out.push(El::text(
            "p",
            "result__note",
            &paragraph(&advice.part_time, &texts, industry),
        ));
    }
    out.push(block(
        Msg::ResultWhyTitle,
        "",
        show_top(
            El::new("ol", "reasons").children(
                rec.reasons()
                    .iter()
                    .map(|c| reason_item(c, industry))
                    .collect(),
            ),
        ),
    ));
    let roles_title = if advice.roles.len() > 1 {
        Msg::ResultRolesTitle
    } else {
        Msg::ResultRoleTitle
    };
    out.push(block(
        roles_title,
        "",
        El::new("div", "roles").children(
            advice
                .roles
                .iter()
                .map(|b| role_card(b, industry))
                .collect(),
        ),
    ));
    out.push(block(
        Msg::ResultAnswersTitle,
        "no-print",
        your_answers(store, &s.profile),
    ));
    let path = roadmap(&s.profile)
        .into_iter()
        .map(|m| (m.size, m.cto_score, m.cio_score))
        .collect();
    let company = Point {
        label: tr(Msg::ResultYourOrganisation),
        cto: rec.cto_score,
        cio: rec.cio_score,
        profile: s.profile,
    };
    out.push(block(
        Msg::ResultStandTitle,
        "",
        plane(&[company], s.saved, path),
    ));
    let changes: Vec<El> = if advice.changes.is_empty() {
        vec![El::text("li", "", &tr(Msg::ChangeNone))]
    } else {
        advice
            .changes
            .iter()
            .map(|c| El::text("li", "", &c.sentence(&texts, industry)))
            .collect()
    };
    out.push(block(
        Msg::ResultChangesTitle,
        "",
        El::new("ul", "plain-list").children(changes),
    ));
    let ground = advice
        .shared_ground
        .iter()
        .map(|g| {
            El::new("li", "")
                .child(
                    El::new("strong", "")
                        .add_text(&tr_with(Msg::ResultGroundTopic, &[("topic", &tr(g.topic))])),
                )
                .add_text(" ")
                .add_text(&g.here.text(&texts, industry))
        })
        .collect();
    out.push(block(
        Msg::ResultGroundTitle,
        "",
        El::new("ul", "plain-list").children(ground),
    ));
    out
}

/// A part of the result under its heading.
fn block(title: Msg, class: &str, content: El) -> El {
    El::new("section", &format!("block {class}"))
        .child(section(&tr(title)))
        .child(content)
}

fn section(title: &str) -> El {
    El::text("h2", "result__section", title)
}

/// A list showing its first [`TOP`] items, and a button that shows the rest.
fn show_top(list: El) -> El {
    let node = list.node();
    let total = node.child_element_count() as usize;
    if total <= TOP {
        return list;
    }
    let _ = node.set_attribute("data-collapsed", "");
    let button = El::button(
        "btn btn--small btn--quiet show-all no-print",
        &tr_with(Msg::ResultShowAll, &[("n", &number(total as u64))]),
        move |e| {
            let _ = node.remove_attribute("data-collapsed");
            if let Some(button) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                button.remove();
            }
        },
    );
    El::new("div", "top-list").child(list).child(button)
}

fn reason_item(c: &Contribution, industry: Industry) -> El {
    let class = if c.weight() == 0 {
        "reason reason--none"
    } else {
        "reason"
    };
    let texts = catalogue();
    El::new("li", class)
        .child(
            El::new("p", "reason__head")
                .child(
                    El::new("span", "reason__answer")
                        .add_text(&tr_with(
                            Msg::ResultReasonTopic,
                            &[("topic", &tr(c.question.topic()))],
                        ))
                        .add_text(" ")
                        .child(El::text("strong", "", &tr(c.answer()))),
                )
                .child(El::text(
                    "span",
                    "reason__points",
                    &points(c.cto, c.cio, &texts),
                )),
        )
        .child(El::text(
            "p",
            "reason__why",
            &texts.sentence(c.why, Default::default(), Some(industry.choice().id)),
        ))
}

fn role_card(brief: &RoleBrief, industry: Industry) -> El {
    let label = |msg| El::text("h4", "role__label", &tr(msg));
    let mut card = El::new("article", "role")
        .child(El::text("h3", "role__title", &tr(brief.role.title())))
        .child(label(Msg::ResultOwnsLabel))
        .child(show_top(said_list("role__list", &brief.owns, industry)))
        .child(label(Msg::ResultSkillsLabel))
        .child(show_top(said_list("role__list", &brief.skills, industry)))
        .child(El::text(
            "p",
            "role__reports",
            &brief.reports_to.text(&catalogue(), industry),
        ));
    if !brief.split_when.is_empty() {
        card = card.child(label(Msg::ResultSplitLabel)).child(said_list(
            "role__list",
            &brief.split_when,
            industry,
        ));
    }
    card
}

/// `<ul>` of sentences, with the sector's terms.
pub(super) fn said_list(class: &str, items: &[Said], industry: Industry) -> El {
    let texts = catalogue();
    El::new("ul", class).children(
        items
            .iter()
            .map(|i| El::text("li", "", &i.text(&texts, industry)))
            .collect(),
    )
}

/// Who prepared the report (set once, kept in this browser): shown on the result, the kit and
/// the printed report, on the element marked `data-prepared-by`, following the form as it is
/// filled in; hidden until someone is named.
pub(super) fn prepared_by(store: AppStore) -> El {
    let byline = store.slice(|s| {
        super::locale::revision();
        s.byline_text(&catalogue())
    });
    El::new("p", "prepared-by")
        .attr("data-prepared-by", "")
        .hidden_if(move || byline.with(Option::is_none))
        .text_from(move || byline.get().unwrap_or_default())
}

/// Every answer, each with an Edit button that opens its question and comes back here.
fn your_answers(store: AppStore, profile: &Profile) -> El {
    let rows = Question::ALL
        .into_iter()
        .map(|q| {
            let label = tr(q.choices()[profile.choice(q)].label);
            let topic = tr(q.topic());
            El::new("div", "answer-row")
                .child(El::text("dt", "", &topic))
                .child(
                    El::new("dd", "").add_text(&label).child(
                        El::button(
                            "btn btn--small btn--quiet no-print",
                            &tr(Msg::ResultEdit),
                            move |_| store.dispatch(Action::Edit(q)),
                        )
                        .attr(
                            "aria-label",
                            &tr_with(Msg::ResultEditLabel, &[("topic", &topic)]),
                        ),
                    ),
                )
        })
        .collect();
    El::new("dl", "answers").children(rows)
}

/// The what-if sandbox: every answer as a menu; verdict and scores above follow it, each change
/// is announced, and Reset or Keep end it. On a phone a compact summary stays in view.
fn what_if(store: AppStore, shown: Memo<Option<Shown>>) -> El {
    let open = store.slice(|s| s.what_if().is_some());
    El::new("section", "what-if no-print")
        .attr("id", "what-if")
        .attr("aria-labelledby", "what-if-title")
        .bind(move |el| {
            let is_open = open.get();
            let _ = el.toggle_attribute_with_force("hidden", !is_open);
            // Built when opened, so a result that is only read costs nothing for it.
            let content = if is_open {
                untrack(|| sandbox(store, shown))
            } else {
                Vec::new()
            };
            El::fill(el, content);
        })
}

fn sandbox(store: AppStore, shown: Memo<Option<Shown>>) -> Vec<El> {
    let selects = Question::ALL
        .into_iter()
        .map(|q| {
            let chosen = store.slice(move |s| s.shown_answers().get(q));
            let options = q
                .choices()
                .iter()
                .enumerate()
                .map(|(i, c)| El::text("option", "", &tr(c.label)).attr("value", &i.to_string()))
                .collect();
            El::new("label", "what-if__field")
                .child(El::text("span", "what-if__label", &tr(q.topic())))
                .child(
                    El::new("select", "what-if__select")
                        .attr("name", &format!("what-if-{}", q.key()))
                        .children(options)
                        .bind(move |el| {
                            if let Some(i) = chosen.get() {
                                set_property(el, "value", i.to_string());
                            }
                        })
                        .on(ev::change, move |e| {
                            let Some(field) = e.target() else { return };
                            if let Ok(choice) = property(field.unchecked_ref(), "value").parse() {
                                store.dispatch(Action::WhatIf {
                                    question: q,
                                    choice,
                                });
                            }
                        }),
                )
        })
        .collect();
    let changed = store.slice(|s| s.what_if().is_some_and(|w| *w != s.current().answers));
    let announce = El::new("p", "sr-only").attr("role", "status").text_from({
        // Said on each change, not when the sandbox opens.
        let opened = std::cell::Cell::new(false);
        move || {
            let now = shown.with(|s| {
                s.as_ref().map_or(String::new(), |s| {
                    tr_with(
                        Msg::WhatIfAnnounce,
                        &[
                            (
                                "headline",
                                &s.advice.headline.text(&catalogue(), s.profile.industry),
                            ),
                            ("cto", &number(s.rec.cto_score)),
                            ("cio", &number(s.rec.cio_score)),
                        ],
                    )
                })
            });
            if opened.replace(true) {
                now
            } else {
                String::new()
            }
        }
    });
    let end = El::new("div", "what-if__actions")
        .child(El::button("btn", &tr(Msg::WhatIfReset), move |_| {
            store.dispatch(Action::WhatIfReset)
        }))
        .child(
            El::button("btn btn--primary", &tr(Msg::WhatIfKeep), move |_| {
                store.dispatch(Action::WhatIfKeep)
            })
            .bind(move |el| {
                let _ = el.toggle_attribute_with_force("disabled", !changed.get());
            }),
        );
    let sticky = El::new("div", "what-if__sticky").text_from(move || {
        shown.with(|s| {
            s.as_ref().map_or(String::new(), |s| {
                tr_with(
                    Msg::WhatIfSticky,
                    &[
                        (
                            "headline",
                            &s.advice.headline.text(&catalogue(), s.profile.industry),
                        ),
                        ("cto", &number(s.rec.cto_score)),
                        ("cio", &number(s.rec.cio_score)),
                    ],
                )
            })
        })
    });
    vec![
        El::text("h2", "result__section", &tr(Msg::WhatIfTitle)).attr("id", "what-if-title"),
        El::text("p", "what-if__intro", &tr(Msg::WhatIfIntro)),
        // The summary bar sticks to the bottom of the screen within the menus only, so it
        // never covers the heading above them.
        El::new("div", "what-if__body")
            .child(El::new("div", "what-if__grid").children(selects))
            .child(announce)
            .child(El::new("div", "what-if__bar").child(sticky).child(end)),
    ]
}

/// The optional company name: shown in the title and carried in the link.
fn company_name(store: AppStore) -> El {
    // Set once: binding the value would fight the person's typing (names are trimmed when saved).
    let initial = store.with_untracked(|s| s.current().answers.company().to_owned());
    let input = El::new("input", "field__input")
        .attr("type", "text")
        .attr("maxlength", &COMPANY_MAX_CHARS.to_string())
        .attr("autocomplete", "organization")
        .attr("value", &initial)
        .on(ev::input, move |e| {
            if let Some(field) = e.target() {
                store.dispatch(Action::SetCompany(property(field.unchecked_ref(), "value")));
            }
        });
    El::new("label", "field")
        .child(
            El::text("span", "field__label", &tr(Msg::ResultCompanyLabel))
                .add_text(" ")
                .child(El::text(
                    "span",
                    "field__optional",
                    &tr(Msg::ResultOptional),
                )),
        )
        .child(input)
}
