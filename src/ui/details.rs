//! The result's details: the roles tailored to the answers, what they must coordinate on, and
//! which answers would change the verdict. Static markup, built with [`El`].

use super::dom::El;
use crate::core::advice::{flips, roadmap, roles, shared_ground, verdict_phrase, RoleBrief};
use crate::core::answers::Profile;
use crate::core::engine::Verdict;

/// How many verdict-changing answers are listed.
const MAX_FLIPS: usize = 6;

pub fn roles_section(profile: &Profile, verdict: Verdict) -> Vec<El> {
    let cards = roles(profile, verdict).into_iter().map(role_card).collect();
    vec![
        El::text("h2", "result__section", "The role for this company"),
        El::new("div", "roles").children(cards),
    ]
}

fn role_card(brief: RoleBrief) -> El {
    let label = |text| El::text("h4", "role__label", text);
    let mut card = El::new("article", "role")
        .child(El::text("h3", "role__title", brief.role.title()))
        .child(label("Would own here"))
        .child(El::list("role__list", &brief.owns))
        .child(label("Hire for"))
        .child(El::list("role__list", brief.role.skills()))
        .child(
            El::new("p", "role__reports")
                .child(El::text("strong", "", "Reports to: "))
                .add_text(brief.reports_to),
        );
    if !brief.split_when.is_empty() {
        card = card
            .child(label("Time to split the role when"))
            .child(El::list("role__list", &brief.split_when));
    }
    card
}

pub fn shared_ground_section(profile: &Profile) -> Vec<El> {
    let items = shared_ground(profile)
        .into_iter()
        .map(|g| {
            El::new("li", "")
                .child(El::new("strong", "").add_text(g.topic).add_text(": "))
                .add_text(g.here)
        })
        .collect();
    vec![
        El::text("h2", "result__section", "Shared ground to coordinate"),
        El::new("ul", "plain-list").children(items),
    ]
}

pub fn changes_section(profile: &Profile) -> Vec<El> {
    let all = flips(profile);
    let more = all.len().saturating_sub(MAX_FLIPS);
    let mut listed: Vec<El> = all
        .into_iter()
        .take(MAX_FLIPS)
        .map(|f| El::text("li", "", &f.sentence()))
        .collect();
    if more > 0 {
        listed.push(El::text(
            "li",
            "",
            &format!("…and {more} more single changes."),
        ));
    }
    let road = roadmap(profile)
        .into_iter()
        .map(|(size, verdict)| {
            let here = size == profile.size;
            let mut head = El::text("th", "", size.choice().label).attr("scope", "row");
            if here {
                head = head.add_text(" (today)");
            }
            El::new("tr", if here { "roadmap__here" } else { "" })
                .child(head)
                .child(El::text("td", "", verdict_phrase(verdict)))
        })
        .collect();
    let column = |text| El::text("th", "", text).attr("scope", "col");
    vec![
        El::text("h2", "result__section", "What would change this"),
        El::new("ul", "plain-list").children(listed),
        El::new("table", "roadmap")
            .child(El::text(
                "caption",
                "",
                "As the company grows, other answers kept",
            ))
            .child(
                El::new("thead", "").child(
                    El::new("tr", "")
                        .child(column("Size"))
                        .child(column("Recommendation")),
                ),
            )
            .child(El::new("tbody", "").children(road)),
    ]
}
