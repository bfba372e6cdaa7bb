//! The result's details: the roles tailored to the answers, what they must coordinate on, and
//! which answers would change the verdict.

use leptos::prelude::*;

use crate::core::advice::{flips, roadmap, roles, shared_ground, verdict_phrase, RoleBrief};
use crate::core::answers::Profile;
use crate::core::engine::Verdict;

/// How many verdict-changing answers are listed.
const MAX_FLIPS: usize = 6;

#[component]
pub fn Roles(profile: Profile, verdict: Verdict) -> impl IntoView {
    let briefs = roles(&profile, verdict)
        .into_iter()
        .map(|brief| view! { <RoleCard brief/> })
        .collect_view();
    view! {
        <h2 class="result__section">"The role for this company"</h2>
        <div class="roles">{briefs}</div>
    }
}

#[component]
fn RoleCard(brief: RoleBrief) -> impl IntoView {
    let list = |items: Vec<&'static str>| {
        items
            .into_iter()
            .map(|i| view! { <li>{i}</li> })
            .collect_view()
    };
    let split = (!brief.split_when.is_empty()).then(|| {
        view! {
            <h4 class="role__label">"Time to split the role when"</h4>
            <ul class="role__list">{list(brief.split_when.clone())}</ul>
        }
    });
    view! {
        <article class="role">
            <h3 class="role__title">{brief.role.title()}</h3>
            <h4 class="role__label">"Would own here"</h4>
            <ul class="role__list">{list(brief.owns.clone())}</ul>
            <h4 class="role__label">"Hire for"</h4>
            <ul class="role__list">{list(brief.role.skills().to_vec())}</ul>
            <p class="role__reports"><strong>"Reports to: "</strong>{brief.reports_to}</p>
            {split}
        </article>
    }
}

#[component]
pub fn SharedGroundList(profile: Profile) -> impl IntoView {
    let items = shared_ground(&profile)
        .into_iter()
        .map(|g| view! { <li><strong>{g.topic} ": "</strong>{g.here}</li> })
        .collect_view();
    view! {
        <h2 class="result__section">"Shared ground to coordinate"</h2>
        <ul class="plain-list">{items}</ul>
    }
}

#[component]
pub fn Changes(profile: Profile) -> impl IntoView {
    let all = flips(&profile);
    let more = all.len().saturating_sub(MAX_FLIPS);
    let listed = all
        .into_iter()
        .take(MAX_FLIPS)
        .map(|f| view! { <li>{f.sentence()}</li> })
        .collect_view();
    let road = roadmap(&profile)
        .into_iter()
        .map(|(size, verdict)| {
            let here = size == profile.size;
            view! {
                <tr class:roadmap__here=here>
                    <th scope="row">{size.choice().label} {here.then_some(" (today)")}</th>
                    <td>{verdict_phrase(verdict)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 class="result__section">"What would change this"</h2>
        <ul class="plain-list">
            {listed}
            {(more > 0).then(|| view! { <li>{format!("…and {more} more single changes.")}</li> })}
        </ul>
        <table class="roadmap">
            <caption>"As the company grows, other answers kept"</caption>
            <thead><tr><th scope="col">"Size"</th><th scope="col">"Recommendation"</th></tr></thead>
            <tbody>{road}</tbody>
        </table>
    }
}
