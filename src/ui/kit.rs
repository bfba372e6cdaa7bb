//! The hiring kit: for each role the result calls for, a job description tailored to the answers
//! and interview questions tied to the company's situation. Copied as Markdown, downloaded as a
//! `.md` file, or printed on its own.

use std::rc::Rc;

use leptos::prelude::*;

use super::copy::{copy_text, share_link, Text, Wording};
use super::dom::{El, Heading, Page};
use super::result::said_list;
use super::store::AppStore;
use crate::core::advice::markdown::paragraph;
use crate::core::hiring::markdown::kit_markdown;
use crate::core::hiring::{hiring_kit, Kit};
use crate::core::persist::file;
use crate::core::state::Action;
use crate::core::verdict::recommend;
use crate::platform::{files, page};

pub fn screen(store: AppStore) -> Page {
    let (kits, company) = store.with_untracked(|s| {
        let answers = &s.current().answers;
        let kits = answers
            .profile()
            .map(|p| hiring_kit(&p, &recommend(&p)))
            .unwrap_or_default();
        (kits, answers.company().to_owned())
    });
    let link = share_link(store);
    // Written when it is copied or downloaded.
    let markdown = Rc::new({
        let kits = kits.clone();
        let company = company.clone();
        move || kit_markdown(&kits, &company, &link.get_untracked())
    });
    let title = match company.as_str() {
        "" => "Hiring kit".to_owned(),
        name => format!("Hiring kit for {name}"),
    };
    let file_name = store
        .with_untracked(|s| file::file_name(Some(s.current()), &page::today()))
        .replace(".cto-or-cio.json", ".hiring-kit.md");
    let actions = El::new("div", "result__actions no-print")
        .child(copy_text(Text::OnDemand(markdown.clone()), Wording::Kit))
        .child(El::button("btn", "Download .md", move |_| {
            files::download(&markdown(), &file_name, "text/markdown");
        }))
        .child(El::button("btn", "Print", |_| super::result::print()));
    let intro = El::text(
        "p",
        "question__context",
        "A job description and interview questions for each role, written for this company's answers. Adapt them freely.",
    );
    let mut body = vec![intro, actions];
    body.extend(kits.iter().map(kit_section));
    body.push(
        El::new("nav", "step-nav no-print")
            .attr("aria-label", "Hiring kit")
            .child(El::button("btn", "Back to the result", move |_| {
                store.dispatch(Action::Back)
            })),
    );
    El::screen("result kit", Heading::new("result__headline", &title), body)
}

fn kit_section(kit: &Kit) -> El {
    let heading = |text| El::text("h3", "kit__heading", text);
    let mut section =
        El::new("section", "kit__role").child(El::text("h2", "result__section", kit.title));
    if !kit.context.is_empty() {
        section = section.child(El::text("p", "result__note", &paragraph(&kit.context)));
    }
    section
        .child(heading("What this person would own here"))
        .child(said_list("role__list", &kit.brief.owns))
        .child(
            El::new("p", "role__reports")
                .child(El::text("strong", "", "Reports to: "))
                .add_text(kit.brief.reports_to.text),
        )
        .child(heading("The skills that matter most here"))
        .child(numbered(&kit.brief.skills))
        .child(heading("The first 90 days"))
        .child(said_list("role__list", &kit.first_90_days))
        .child(heading("Interview questions"))
        .child(numbered(&kit.questions))
}

fn numbered(items: &[crate::core::advice::claims::Said]) -> El {
    El::new("ol", "role__list").children(items.iter().map(|i| El::text("li", "", i.text)).collect())
}
