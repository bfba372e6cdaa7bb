//! The result, read top-down: the verdict as a headline, the two scores, the next step, the reasons,
//! then the details (roles, shared ground, what would change it), what-if controls and hand-over.
//!
//! Only the parts that depend on the recommendation re-render when an answer changes, so the
//! what-if radios and the company field keep focus while verdict and scores update in place.

use leptos::prelude::*;

use super::app::{Screen, HEADING_ID};
use super::details::{Changes, Roles, SharedGroundList};
use super::share::{link_of, CopyText, ShareLink};
use super::start_over::StartOver;
use super::what_if::WhatIf;
use crate::core::advice::{next_step, points, summary_markdown};
use crate::core::answers::{Answers, COMPANY_MAX_CHARS};
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
    let summary = Signal::derive(move || {
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
            {move || recommendation.get().map(|rec| view! { <Verdict rec answers/> })}
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

/// Everything that follows from the recommendation; re-rendered when it changes.
#[component]
fn Verdict(rec: Recommendation, answers: RwSignal<Answers>) -> impl IntoView {
    let profile = answers.with_untracked(Answers::profile);
    let reasons = rec
        .by_weight()
        .into_iter()
        .map(|c| view! { <ReasonItem contribution=c/> })
        .collect_view();
    let next = profile.map(|p| next_step(rec.verdict, p.leadership, rec.cto_score, rec.cio_score));
    view! {
        <h1 id=HEADING_ID class="result__headline" tabindex="-1">{rec.verdict.headline()}</h1>
        <p class="result__lead">{rec.verdict.explanation()}</p>
        <p class="result__rule">{rec.rule.sentence()}</p>
        <div class="scores">
            <ScoreBar name="CTO" detail="products, platforms, engineering" score=rec.cto_score/>
            <ScoreBar name="CIO" detail="systems, data, compliance" score=rec.cio_score/>
        </div>
        {next.map(|text| view! {
            <div class="next">
                <h2 class="next__title">"Next step"</h2>
                <p>{text}</p>
            </div>
        })}
        <h2 class="result__section">"Why: every answer's weight"</h2>
        <ol class="reasons">{reasons}</ol>
        {profile.map(|p| view! {
            <Roles profile=p verdict=rec.verdict/>
            <SharedGroundList profile=p/>
            <Changes profile=p/>
        })}
    }
}

#[component]
fn ScoreBar(name: &'static str, detail: &'static str, score: u8) -> impl IntoView {
    view! {
        <div class="score">
            <p class="score__head">
                <span class="score__name">{name} " need"</span>
                <span class="score__value">{score}<span class="score__max">" / 100"</span></span>
            </p>
            <p class="score__detail">{detail}</p>
            <div class="score__track" aria-hidden="true">
                <div class=format!("score__fill score__fill--{}", name.to_ascii_lowercase()) style:width=format!("{score}%")></div>
            </div>
        </div>
    }
}

#[component]
fn ReasonItem(contribution: Contribution) -> impl IntoView {
    view! {
        <li class="reason" class:reason--none=contribution.weight() == 0>
            <p class="reason__head">
                <span class="reason__answer">
                    {contribution.question.topic()} ": " <strong>{contribution.answer_label()}</strong>
                </span>
                <span class="reason__points">{points(contribution.cto, contribution.cio)}</span>
            </p>
            <p class="reason__why">{contribution.why}</p>
        </li>
    }
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
