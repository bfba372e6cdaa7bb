//! The result, read top-down: the verdict as a headline, the two scores, the next step, the reasons,
//! then the details (roles, shared ground, what would change it), what-if controls and hand-over.
//!
//! Only the parts that depend on the recommendation re-render when an answer changes, so the
//! what-if radios and the company field keep focus while verdict and scores update in place.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::app::{Screen, HEADING_ID};
use super::details::{changes_section, roles_section, shared_ground_section};
use super::dom::El;
use super::share::{copy_text, link_of, share_link, Wording};
use super::start_over::start_over;
use super::what_if::what_if;
use crate::core::advice::{next_step, points, summary_markdown};
use crate::core::answers::{Answers, Profile, COMPANY_MAX_CHARS};
use crate::core::engine::{Contribution, Recommendation};
use crate::core::questions::Question;

pub fn result_view(
    recommendation: Memo<Option<Recommendation>>,
    answers: RwSignal<Answers>,
    screen: RwSignal<Screen>,
) -> El {
    let company = move || answers.with(|a| a.company().to_owned());
    let link = link_of(answers);
    let summary = Memo::new(move |_| {
        recommendation.with(|r| {
            r.as_ref()
                .map(|rec| answers.with(|a| summary_markdown(a, rec, &link.get())))
                .unwrap_or_default()
        })
    });
    let today = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default();
    let today: String = today.chars().take(10).collect();

    // The whole verdict is rebuilt when the recommendation or the profile changes: the current
    // leadership scores nothing, yet it decides the next step.
    let profile = Memo::new(move |_| answers.with(Answers::profile));
    let verdict_box = El::new("div", "verdict").bind(move |el| {
        let shown = recommendation.with(|r| r.as_ref().map(|r| verdict(r, profile.get())));
        El::fill(el, shown.unwrap_or_default());
    });
    let summary_wording = Wording {
        button: "Copy summary",
        field: "Summary (Markdown)",
        copied: "Summary copied as Markdown: paste it into an email or a document.",
        refused: "This browser did not allow copying: the summary is selected below, press Ctrl+C (⌘C on a Mac) to copy it.",
    };
    let nav = El::new("nav", "step-nav")
        .attr("aria-label", "Result")
        .child(El::button("btn", "Change answers", move |_| {
            screen.set(Screen::Step(Question::Size))
        }))
        .child(El::button("btn", "Print", |_| print()))
        .child(El::new("span", "step-nav__spacer"))
        .children(start_over(answers, screen));
    El::new("section", "result")
        .attr("aria-labelledby", HEADING_ID)
        .bind(move |el| {
            recommendation.with(|r| {
                let figures = r.as_ref().map(|r| {
                    [
                        r.verdict.id().to_owned(),
                        r.cto_score.to_string(),
                        r.cio_score.to_string(),
                    ]
                });
                let [verdict, cto, cio] = figures.unwrap_or_default();
                let _ = el.set_attribute("data-verdict", &verdict);
                let _ = el.set_attribute("data-cto-score", &cto);
                let _ = el.set_attribute("data-cio-score", &cio);
            })
        })
        .child(
            El::new("p", "print-only").text_from(move || match company() {
                name if name.is_empty() => format!("Technology leadership report · {today}"),
                name => format!("Technology leadership report for {name} · {today}"),
            }),
        )
        .child(
            El::new("p", "result__eyebrow").text_from(move || match company() {
                name if name.is_empty() => "Our recommendation".to_owned(),
                name => format!("Our recommendation for {name}"),
            }),
        )
        .child(verdict_box)
        .child(what_if(answers))
        .child(El::text("h2", "result__section", "Share or hand over"))
        .child(company_name(answers))
        .child(share_link(answers, true))
        .child(copy_text(summary, summary_wording, false, true))
        .child(
            El::new("p", "print-only print-link")
                .text_from(move || link.with(|l| format!("These answers: {l}"))),
        )
        .child(nav)
}

fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Everything that follows from the recommendation, rebuilt whole when it changes: headline,
/// scores, next step, reasons and details. Static markup, so it is built with [`El`].
fn verdict(rec: &Recommendation, profile: Option<Profile>) -> Vec<El> {
    let reasons = rec.by_weight().iter().map(reason_item).collect();
    let mut out = vec![
        El::text("h1", "result__headline", rec.verdict.headline())
            .attr("id", HEADING_ID)
            .attr("tabindex", "-1"),
        El::text("p", "result__lead", rec.verdict.explanation()),
        El::text("p", "result__rule", rec.rule.sentence()),
        El::new("div", "scores")
            .child(score_bar(
                "CTO",
                "products, platforms, engineering",
                rec.cto_score,
            ))
            .child(score_bar("CIO", "systems, data, compliance", rec.cio_score)),
    ];
    if let Some(p) = profile {
        let next = next_step(rec.verdict, p.leadership, rec.cto_score, rec.cio_score);
        out.push(
            El::new("div", "next")
                .child(El::text("h2", "next__title", "Next step"))
                .child(El::text("p", "", next)),
        );
    }
    out.push(El::text(
        "h2",
        "result__section",
        "Why: every answer's weight",
    ));
    out.push(El::new("ol", "reasons").children(reasons));
    if let Some(p) = profile {
        out.extend(roles_section(&p, rec.verdict));
        out.extend(shared_ground_section(&p));
        out.extend(changes_section(&p));
    }
    out
}

fn score_bar(name: &str, detail: &str, score: u8) -> El {
    let fill = format!("score__fill score__fill--{}", name.to_ascii_lowercase());
    El::new("div", "score")
        .child(
            El::new("p", "score__head")
                .child(El::text("span", "score__name", name).add_text(" need"))
                .child(
                    El::text("span", "score__value", &score.to_string()).child(El::text(
                        "span",
                        "score__max",
                        " / 100",
                    )),
                ),
        )
        .child(El::text("p", "score__detail", detail))
        .child(
            El::new("div", "score__track")
                .attr("aria-hidden", "true")
                .child(El::new("div", &fill).style("width", &format!("{score}%"))),
        )
}

fn reason_item(c: &Contribution) -> El {
    let class = if c.weight() == 0 {
        "reason reason--none"
    } else {
        "reason"
    };
    El::new("li", class)
        .child(
            El::new("p", "reason__head")
                .child(
                    El::new("span", "reason__answer")
                        .add_text(c.question.topic())
                        .add_text(": ")
                        .child(El::text("strong", "", c.answer_label())),
                )
                .child(El::text("span", "reason__points", &points(c.cto, c.cio))),
        )
        .child(El::text("p", "reason__why", c.why))
}

/// The optional company name: shown in the title and carried in the link.
fn company_name(answers: RwSignal<Answers>) -> El {
    // Set once: binding the value would fight the person's typing (names are trimmed when saved).
    let initial = answers.with_untracked(|a| a.company().to_owned());
    let input = El::new("input", "field__input")
        .attr("type", "text")
        .attr("maxlength", &COMPANY_MAX_CHARS.to_string())
        .attr("autocomplete", "organization")
        .attr("value", &initial)
        .on("input", move |e| {
            if let Some(field) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                let name = field.value();
                answers.update(|a| {
                    a.set_company(&name);
                });
            }
        });
    El::new("label", "field")
        .child(
            El::text("span", "field__label", "Company name ").child(El::text(
                "span",
                "field__optional",
                "(optional)",
            )),
        )
        .child(input)
}
