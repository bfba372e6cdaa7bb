//! The result: the verdict as a headline, the two scores as labelled bars, then the reasons.

use leptos::prelude::*;

use super::app::{Screen, HEADING_ID};
use super::share::ShareLink;
use super::start_over::StartOver;
use crate::core::answers::{Answers, COMPANY_MAX_CHARS};
use crate::core::engine::{Contribution, Recommendation};
use crate::core::questions::Question;

/// How many reasons the result lists.
const TOP_REASONS: usize = 5;

#[component]
pub fn ResultView(
    recommendation: Memo<Option<Recommendation>>,
    answers: RwSignal<Answers>,
    screen: RwSignal<Screen>,
) -> impl IntoView {
    move || {
        recommendation.get().map(|rec| {
            let reasons = rec
                .top_reasons(TOP_REASONS)
                .into_iter()
                .map(|c| view! { <ReasonItem contribution=c/> })
                .collect_view();
            view! {
                <section
                    class="result"
                    aria-labelledby=HEADING_ID
                    data-verdict=rec.verdict.id()
                    data-cto-score=rec.cto_score
                    data-cio-score=rec.cio_score
                >
                    <p class="result__eyebrow">
                        {move || match answers.with(|a| a.company().to_owned()) {
                            name if name.is_empty() => "Our recommendation".to_owned(),
                            name => format!("Our recommendation for {name}"),
                        }}
                    </p>
                    <h1 id=HEADING_ID class="result__headline" tabindex="-1">{rec.verdict.headline()}</h1>
                    <p class="result__lead">{rec.verdict.explanation()}</p>
                    <p class="result__rule">{rec.rule.sentence()}</p>
                    <div class="scores">
                        <ScoreBar name="CTO" detail="products, platforms, engineering" score=rec.cto_score/>
                        <ScoreBar name="CIO" detail="systems, data, compliance" score=rec.cio_score/>
                    </div>
                    <h2 class="result__section">"Why"</h2>
                    <ol class="reasons">{reasons}</ol>
                    <h2 class="result__section">"Share this result"</h2>
                    <CompanyName answers/>
                    <ShareLink answers always_show=true/>
                    <nav class="step-nav" aria-label="Result">
                        <button type="button" class="btn" on:click=move |_| screen.set(Screen::Step(Question::Size))>
                            "Change answers"
                        </button>
                        <span class="step-nav__spacer"></span>
                        <StartOver answers screen/>
                    </nav>
                </section>
            }
        })
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
    let points = [("CTO", contribution.cto), ("CIO", contribution.cio)]
        .into_iter()
        .filter(|(_, p)| *p > 0)
        .map(|(role, p)| format!("+{p} {role}"))
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="reason">
            <p class="reason__head">
                <span class="reason__answer">
                    {contribution.question.topic()} ": " <strong>{contribution.answer_label()}</strong>
                </span>
                <span class="reason__points">{points}</span>
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
