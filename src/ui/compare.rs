//! Two to four assessments side by side: every answer, the differences marked in words as well
//! as colour, each verdict and both scores.

use super::dom::{El, Heading, Page};
use super::locale::{number, tr, tr_with};
use super::names::title;
use super::plane::{plane, Point};
use super::store::AppStore;
use crate::core::advice::changes::verdict_label;
use crate::core::assessment::Assessment;
use crate::core::locale::Msg;
use crate::core::questionnaire::Question;
use crate::core::state::{Action, Screen};
use crate::core::verdict::{recommend, Recommendation};

pub fn screen(store: AppStore) -> Page {
    let picked = store.with_untracked(|s| match s.screen() {
        Screen::Compare(ids) => ids
            .iter()
            .map(|id| s.get(id).cloned())
            .collect::<Option<Vec<Assessment>>>(),
        _ => None,
    });
    let back = El::button("btn", &tr(Msg::CompareBack), move |_| {
        store.dispatch(Action::ShowAssessments)
    });
    let Some(picked) = picked.filter(|p| p.len() >= 2) else {
        return El::screen(
            "step compare",
            Heading::new("question__title", &tr(Msg::CompareTitle)),
            vec![El::text("p", "", &tr(Msg::CompareGone)), back],
        );
    };
    let names: Vec<String> = picked.iter().map(title).collect();
    let results: Vec<Option<Recommendation>> = picked.iter().map(result_of).collect();
    let column = |text: &str| El::text("th", "", text).attr("scope", "col");
    let head = El::new("thead", "").child(
        El::new("tr", "")
            .child(column(&tr(Msg::CompareQuestion)))
            .children(names.iter().map(|n| column(n)).collect()),
    );
    let mut body: Vec<El> = Question::ALL
        .into_iter()
        .map(|q| {
            let labels: Vec<String> = picked
                .iter()
                .map(|x| {
                    x.answers
                        .get(q)
                        .map_or_else(|| tr(Msg::CompareNotAnswered), |i| tr(q.choices()[i].label))
                })
                .collect();
            differs_row(&tr(q.topic()), &labels)
        })
        .collect();
    let verdicts: Vec<String> = results
        .iter()
        .map(|r| {
            r.as_ref().map_or_else(
                || tr(Msg::ListNotFinished),
                |r| tr(verdict_label(r.verdict)),
            )
        })
        .collect();
    body.push(differs_row(&tr(Msg::CompareRecommendation), &verdicts));
    for (need, cto) in [(Msg::ResultCtoNeed, true), (Msg::ResultCioNeed, false)] {
        let scores: Vec<String> = results
            .iter()
            .map(|r| {
                r.as_ref().map_or("–".to_owned(), |r| {
                    number(if cto { r.cto_score } else { r.cio_score })
                })
            })
            .collect();
        body.push(differs_row(&tr(need), &scores));
    }
    let table = El::new("table", "compare-table")
        .attr("data-columns", &picked.len().to_string())
        .child(El::text("caption", "", &tr(Msg::CompareCaption)))
        .child(head)
        .child(El::new("tbody", "").children(body));
    let points: Vec<Point> = picked
        .iter()
        .zip(&results)
        .zip(&names)
        .filter_map(|((assessment, rec), name)| {
            let (rec, profile) = (rec.as_ref()?, assessment.answers.profile()?);
            Some(Point {
                label: name.clone(),
                cto: rec.cto_score,
                cio: rec.cio_score,
                profile,
            })
        })
        .collect();
    let list = names.join(&tr(Msg::AppListSeparator));
    let mut content = vec![
        El::text(
            "p",
            "question__context",
            &tr_with(Msg::CompareIntro, &[("names", &list)]),
        ),
        El::new("div", "table-wrap").child(table),
    ];
    if !points.is_empty() {
        content.push(El::text("h2", "result__section", &tr(Msg::CompareStand)));
        content.push(plane(&points, None, Vec::new()));
    }
    content.push(
        El::new("nav", "step-nav")
            .attr("aria-label", &tr(Msg::CompareTitle))
            .child(back),
    );
    El::screen(
        "step compare",
        Heading::new("question__title", &tr(Msg::CompareHeading)),
        content,
    )
}

fn result_of(a: &Assessment) -> Option<Recommendation> {
    a.answers.profile().map(|p| recommend(&p))
}

/// A row of the comparison; when the answers differ it says so in words, not by colour alone.
fn differs_row(topic: &str, cells: &[String]) -> El {
    let differs = cells.iter().any(|c| *c != cells[0]);
    let head = El::text("th", "", topic).attr("scope", "row");
    let head = if differs {
        head.child(El::text("span", "tag", &tr(Msg::CompareDiffers)))
    } else {
        head
    };
    let cell = |text: &String| {
        if differs {
            El::new("td", "").child(El::text("strong", "", text))
        } else {
            El::text("td", "", text)
        }
    };
    El::new("tr", if differs { "differs" } else { "" })
        .child(head)
        .children(cells.iter().map(cell).collect())
}
