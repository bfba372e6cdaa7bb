//! Two assessments side by side: every answer, the differences marked in words as well as
//! colour, both verdicts and both scores.

use super::dom::{El, Heading, Page};
use super::locale::{number, tr, tr_with};
use super::plane::{plane, Point};
use super::store::AppStore;
use crate::core::advice::changes::verdict_label;
use crate::core::assessment::Assessment;
use crate::core::locale::Msg;
use crate::core::questionnaire::Question;
use crate::core::state::{Action, Screen};
use crate::core::verdict::{recommend, Recommendation};

pub fn screen(store: AppStore) -> Page {
    let pair = store.with_untracked(|s| match s.screen() {
        Screen::Compare(a, b) => Some((s.get(a)?.clone(), s.get(b)?.clone())),
        _ => None,
    });
    let back = El::button("btn", &tr(Msg::CompareBack), move |_| {
        store.dispatch(Action::ShowAssessments)
    });
    let Some((a, b)) = pair else {
        return El::screen(
            "step compare",
            Heading::new("question__title", &tr(Msg::CompareTitle)),
            vec![El::text("p", "", &tr(Msg::CompareGone)), back],
        );
    };
    let (ra, rb) = (result_of(&a), result_of(&b));
    let column = |text: &str| El::text("th", "", text).attr("scope", "col");
    let head = El::new("thead", "").child(
        El::new("tr", "")
            .child(column(&tr(Msg::CompareQuestion)))
            .child(column(a.name()))
            .child(column(b.name())),
    );
    let mut body: Vec<El> = Question::ALL
        .into_iter()
        .map(|q| {
            let label = |x: &Assessment| {
                x.answers
                    .get(q)
                    .map_or_else(|| tr(Msg::CompareNotAnswered), |i| tr(q.choices()[i].label))
            };
            differs_row(&tr(q.topic()), &label(&a), &label(&b))
        })
        .collect();
    let verdict = |r: &Option<Recommendation>| {
        r.as_ref().map_or_else(
            || tr(Msg::ListNotFinished),
            |r| tr(verdict_label(r.verdict)),
        )
    };
    body.push(differs_row(
        &tr(Msg::CompareRecommendation),
        &verdict(&ra),
        &verdict(&rb),
    ));
    let score = |r: &Option<Recommendation>, cto: bool| {
        r.as_ref().map_or("–".to_owned(), |r| {
            number(if cto { r.cto_score } else { r.cio_score })
        })
    };
    body.push(differs_row(
        &tr(Msg::ResultCtoNeed),
        &score(&ra, true),
        &score(&rb, true),
    ));
    body.push(differs_row(
        &tr(Msg::ResultCioNeed),
        &score(&ra, false),
        &score(&rb, false),
    ));
    let table = El::new("table", "compare-table")
        .child(El::text("caption", "", &tr(Msg::CompareCaption)))
        .child(head)
        .child(El::new("tbody", "").children(body));
    let mut points = Vec::new();
    for (assessment, rec) in [(&a, &ra), (&b, &rb)] {
        if let (Some(rec), Some(profile)) = (rec, assessment.answers.profile()) {
            points.push(Point {
                label: assessment.name().to_owned(),
                cto: rec.cto_score,
                cio: rec.cio_score,
                profile,
            });
        }
    }
    let mut content = vec![
        El::text(
            "p",
            "question__context",
            &tr_with(Msg::CompareIntro, &[("a", a.name()), ("b", b.name())]),
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

/// A row of the comparison; when the two differ it says so in words, not by colour alone.
fn differs_row(topic: &str, left: &str, right: &str) -> El {
    let differs = left != right;
    let head = El::text("th", "", topic).attr("scope", "row");
    let head = if differs {
        head.child(El::text("span", "tag", &tr(Msg::CompareDiffers)))
    } else {
        head
    };
    let cell = |text: &str| {
        if differs {
            El::new("td", "").child(El::text("strong", "", text))
        } else {
            El::text("td", "", text)
        }
    };
    El::new("tr", if differs { "differs" } else { "" })
        .child(head)
        .child(cell(left))
        .child(cell(right))
}
