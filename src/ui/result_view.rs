//! The result, read top-down: the verdict as a headline, the two scores, the next step, the reasons,
//! then the details (roles, shared ground, what would change it), what-if controls and hand-over.
//!
//! Only the parts that depend on the recommendation re-render when an answer changes, so the
//! what-if radios and the company field keep focus while verdict and scores update in place.

use leptos::html;
use leptos::prelude::*;
use leptos::reactive::effect::ImmediateEffect;

use super::app::{Screen, HEADING_ID};
use super::details::{changes_section, roles_section, shared_ground_section};
use super::dom::El;
use super::share::{link_of, CopyText, ShareLink};
use super::start_over::StartOver;
use super::what_if::WhatIf;
use crate::core::advice::{next_step, points, summary_markdown};
use crate::core::answers::{Answers, Profile, COMPANY_MAX_CHARS};
use crate::core::engine::{Contribution, Recommendation};
use crate::core::questions::Question;

#[component]
pub fn ResultView(
    recommendation: Memo<Option<Recommendation>>,
    answers: RwSignal<Answers>,
    screen: RwSignal<Screen>,
) -> impl IntoView {
    let attr = move |f: fn(&Recommendation) -> String| {
        move || recommendation.with(|r| r.as_ref().map(f).unwrap_or_default())
    };
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
    let verdict_box = NodeRef::<html::Div>::new();
    ImmediateEffect::new_scoped(move || {
        if let Some(parent) = verdict_box.get() {
            let shown = recommendation.with(|r| r.as_ref().map(|r| verdict(r, profile.get())));
            El::fill(&parent, shown.unwrap_or_default());
        }
    });
    view! {
        <section
            class="result"
            aria-labelledby=HEADING_ID
            data-verdict=attr(|r| r.verdict.id().to_owned())
            data-cto-score=attr(|r| r.cto_score.to_string())
            data-cio-score=attr(|r| r.cio_score.to_string())
        >
            <p class="print-only">
                "Technology leadership report" {move || match company() {
                    name if name.is_empty() => String::new(),
                    name => format!(" for {name}"),
                }} " · " {today}
            </p>
            <p class="result__eyebrow">
                {move || match company() {
                    name if name.is_empty() => "Our recommendation".to_owned(),
                    name => format!("Our recommendation for {name}"),
                }}
            </p>
            <div class="verdict" node_ref=verdict_box></div>
            <WhatIf answers/>
            <h2 class="result__section">"Share or hand over"</h2>
            <CompanyName answers/>
            <ShareLink answers always_show=true/>
            <CopyText
                text=summary
                button="Copy summary"
                field="Summary (Markdown)"
                copied="Summary copied as Markdown: paste it into an email or a document."
                refused="This browser did not allow copying: the summary is selected below, press Ctrl+C (⌘C on a Mac) to copy it."
                multiline=true
            />
            <p class="print-only print-link">"These answers: " {move || link.get()}</p>
            <nav class="step-nav" aria-label="Result">
                <button type="button" class="btn" on:click=move |_| screen.set(Screen::Step(Question::Size))>
                    "Change answers"
                </button>
                <button type="button" class="btn" on:click=move |_| print()>"Print"</button>
                <span class="step-nav__spacer"></span>
                <StartOver answers screen/>
            </nav>
        </section>
    }
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
            .add(score_bar(
                "CTO",
                "products, platforms, engineering",
                rec.cto_score,
            ))
            .add(score_bar("CIO", "systems, data, compliance", rec.cio_score)),
    ];
    if let Some(p) = profile {
        let next = next_step(rec.verdict, p.leadership, rec.cto_score, rec.cio_score);
        out.push(
            El::new("div", "next")
                .add(El::text("h2", "next__title", "Next step"))
                .add(El::text("p", "", next)),
        );
    }
    out.push(El::text(
        "h2",
        "result__section",
        "Why: every answer's weight",
    ));
    out.push(El::new("ol", "reasons").add_all(reasons));
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
        .add(
            El::new("p", "score__head")
                .add(El::text("span", "score__name", name).add_text(" need"))
                .add(
                    El::text("span", "score__value", &score.to_string()).add(El::text(
                        "span",
                        "score__max",
                        " / 100",
                    )),
                ),
        )
        .add(El::text("p", "score__detail", detail))
        .add(
            El::new("div", "score__track")
                .attr("aria-hidden", "true")
                .add(El::new("div", &fill).style("width", &format!("{score}%"))),
        )
}

fn reason_item(c: &Contribution) -> El {
    let class = if c.weight() == 0 {
        "reason reason--none"
    } else {
        "reason"
    };
    El::new("li", class)
        .add(
            El::new("p", "reason__head")
                .add(
                    El::new("span", "reason__answer")
                        .add_text(c.question.topic())
                        .add_text(": ")
                        .add(El::text("strong", "", c.answer_label())),
                )
                .add(El::text("span", "reason__points", &points(c.cto, c.cio))),
        )
        .add(El::text("p", "reason__why", c.why))
}

/// The optional company name: shown in the title and carried in the link.
#[component]
fn CompanyName(answers: RwSignal<Answers>) -> impl IntoView {
    // Set once: binding the value would fight the person's typing (names are trimmed when saved).
    let initial = answers.with_untracked(|a| a.company().to_owned());
    view! {
        <label class="field">
            <span class="field__label">"Company name " <span class="field__optional">"(optional)"</span></span>
            <input
                class="field__input"
                type="text"
                maxlength=COMPANY_MAX_CHARS
                autocomplete="organization"
                value=initial
                on:input:target=move |e| {
                    let name = e.target().value();
                    answers.update(|a| {
                        a.set_company(&name);
                    });
                }
            />
        </label>
    }
}
