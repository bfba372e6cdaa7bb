//! The hiring kit: for each role the result calls for, a job description written for this
//! organisation's answers and interview questions drawn from them, each with what a strong answer
//! shows. Copied as Markdown, downloaded as a `.md` file, or printed on its own.

use std::rc::Rc;

use leptos::prelude::*;

use super::copy::{copy_text, share_link, Text, Wording};
use super::dom::{El, Heading, Page};
use super::locale::{catalogue, tr, tr_with};
use super::result::{prepared_by, said_list};
use super::store::AppStore;
use crate::core::advice::markdown::paragraph;
use crate::core::hiring::markdown::kit_markdown;
use crate::core::hiring::{hiring_kit, Kit};
use crate::core::locale::Msg;
use crate::core::persist::file;
use crate::core::questionnaire::Industry;
use crate::core::state::Action;
use crate::core::verdict::recommend;
use crate::platform::{files, page};

pub fn screen(store: AppStore) -> Page {
    let (kits, company, industry) = store.with_untracked(|s| {
        let answers = &s.current().answers;
        let profile = answers.profile();
        let kits = profile
            .map(|p| hiring_kit(&p, &recommend(&p)))
            .unwrap_or_default();
        let industry = profile.map_or(Industry::Other, |p| p.industry);
        (kits, answers.company().to_owned(), industry)
    });
    let link = share_link(store);
    // Written when it is copied or downloaded.
    let markdown = Rc::new({
        let kits = kits.clone();
        let company = company.clone();
        move || {
            store.with_untracked(|s| {
                kit_markdown(
                    &kits,
                    &company,
                    industry,
                    &link.get_untracked(),
                    s.byline(),
                    &catalogue(),
                )
            })
        }
    });
    let title = match company.as_str() {
        "" => tr(Msg::KitTitle),
        name => tr_with(Msg::KitTitleFor, &[("company", name)]),
    };
    let file_name = store
        .with_untracked(|s| file::file_name(Some(s.current()), &page::today()))
        .replace(".cto-or-cio.json", ".hiring-kit.md");
    let actions = El::new("div", "result__actions no-print")
        .child(copy_text(Text::OnDemand(markdown.clone()), Wording::Kit))
        .child(El::button("btn", &tr(Msg::KitDownload), move |_| {
            files::download(&markdown(), &file_name, "text/markdown");
        }))
        .child(El::button("btn", &tr(Msg::ResultPrint), |_| {
            super::result::print()
        }));
    let intro = El::text("p", "question__context", &tr(Msg::KitIntro));
    let mut body = vec![intro];
    body.push(prepared_by(store));
    body.push(actions);
    body.extend(kits.iter().map(|kit| kit_section(kit, industry)));
    body.push(
        El::new("nav", "step-nav no-print")
            .attr("aria-label", &tr(Msg::KitTitle))
            .child(El::button("btn", &tr(Msg::StepBackToResult), move |_| {
                store.dispatch(Action::Back)
            })),
    );
    El::screen("result kit", Heading::new("result__headline", &title), body)
}

fn kit_section(kit: &Kit, industry: Industry) -> El {
    let texts = catalogue();
    let say = |s: &crate::core::advice::claims::Said| s.text(&texts, industry);
    let heading = |msg| El::text("h3", "kit__heading", &tr(msg));
    let mut section =
        El::new("section", "kit__role").child(El::text("h2", "result__section", &say(&kit.title)));
    if !kit.context.is_empty() {
        section = section.child(El::text(
            "p",
            "result__note",
            &paragraph(&kit.context, &texts, industry),
        ));
    }
    let questions = kit
        .questions
        .iter()
        .map(|q| {
            El::new("li", "kit__question")
                .child(El::text("p", "kit__ask", &say(&q.ask)))
                .child(
                    El::new("p", "kit__strong")
                        .child(El::text("strong", "", &tr(Msg::KitStrongLabel)))
                        .add_text(" ")
                        .add_text(&say(&q.strong)),
                )
        })
        .collect();
    section
        .child(heading(Msg::KitOwnsTitle))
        .child(said_list("role__list", &kit.brief.owns, industry))
        .child(El::text("p", "role__reports", &say(&kit.brief.reports_to)))
        .child(heading(Msg::KitSkillsTitle))
        .child(
            El::new("ol", "role__list").children(
                kit.brief
                    .skills
                    .iter()
                    .map(|s| El::text("li", "", &say(s)))
                    .collect(),
            ),
        )
        .child(heading(Msg::KitDaysTitle))
        .child(said_list("role__list", &kit.first_90_days, industry))
        .child(heading(Msg::KitQuestionsTitle))
        .child(El::new("ol", "role__list kit__questions").children(questions))
}
