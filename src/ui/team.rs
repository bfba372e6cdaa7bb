//! A team's respondents read together (contract v1.2): the combined result first, then the
//! disagreements that would change it, every question with everyone's answers, and each
//! respondent on one plane. Ties are settled here with one tap each. Built in a chunk of its
//! own (see `later.rs`), so the first load does not carry it.

use super::ask::invitation_field;
use super::dom::{El, Focus, Heading, Page};
use super::locale::{number, tr, tr_count, tr_with};
use super::names::label;
use super::plane::{plane, Point};
use super::store::AppStore;
use crate::core::advice::changes::verdict_label;
use crate::core::advice::next_step::first_hire;
use crate::core::assessment::Assessment;
use crate::core::locale::Msg;
use crate::core::questionnaire::Question;
use crate::core::state::{Action, Screen, State};
use crate::core::team::combine::{disagreements, Combination, Disagreement, Pick, Tally};
use crate::core::team::TeamId;
use crate::core::verdict::{recommend, Verdict};
use leptos::prelude::*;

/// Everything the team view shows, read from the state (again whenever it changes: a tie
/// settled, a respondent added or deleted).
#[derive(Clone, PartialEq)]
struct Team {
    id: TeamId,
    company: String,
    respondents: Vec<Assessment>,
    combination: Combination,
}

impl Team {
    fn read(s: &State) -> Option<Team> {
        let Screen::Team(id) = s.screen() else {
            return None;
        };
        let team = s.team(id)?;
        Some(Team {
            id: id.clone(),
            company: team.company.clone(),
            respondents: s.respondents(id).into_iter().cloned().collect(),
            combination: s.combination(id)?,
        })
    }

    /// Who gave an answer, by their labels.
    fn who(&self, people: &[usize]) -> String {
        let names: Vec<String> = people
            .iter()
            .filter_map(|&i| self.respondents.get(i))
            .map(|a| label(a.team.as_ref().map_or("", |m| m.by.as_str())))
            .collect();
        names.join(&tr(Msg::AppListSeparator))
    }
}

pub fn screen(store: AppStore) -> Page {
    let back = El::button("btn", &tr(Msg::TeamBack), move |_| {
        store.dispatch(Action::ShowAssessments)
    });
    // The parts that follow the team, built again when it changes; focus stays where it was.
    let shown = store.slice(Team::read);
    let Some((id, company)) =
        shown.with_untracked(|t| t.as_ref().map(|t| (t.id.clone(), t.company.clone())))
    else {
        return El::screen(
            "step team",
            Heading::new("question__title", &tr(Msg::TeamGoneTitle)),
            vec![El::text("p", "", &tr(Msg::TeamGone)), back],
        );
    };
    let heading = Heading::new(
        "question__title",
        &tr_with(Msg::TeamTitle, &[("company", &company)]),
    );
    let parts = El::new("div", "team__parts").bind(move |el| {
        let focus = Focus::kept_in(el);
        shown.with(|team| {
            let Some(team) = team else { return };
            let found = disagreements(&team.combination);
            let built = untrack(|| {
                vec![
                    El::text(
                        "p",
                        "question__context",
                        &tr_count(Msg::TeamIntro, team.respondents.len()),
                    ),
                    combined(store, team),
                    disputes(store, team, &found),
                    // Below the first screen, and the heaviest part (everyone's answers, the
                    // chart): built once the rest has painted.
                    El::new("div", "").bind_after_paint(
                        || (),
                        move |el| {
                            shown.with_untracked(|team| {
                                if let Some(team) = team {
                                    El::fill(el, vec![answers(team), respondents(store, team)]);
                                }
                            })
                        },
                    ),
                ]
            });
            El::fill(el, built);
        });
        focus.apply(el);
    });
    // The invitation, below everything else, also follows the first paint.
    let team_id = id.clone();
    let invite = El::new("section", "block no-print").bind_after_paint(
        || (),
        move |el| {
            El::fill(
                el,
                vec![
                    section(Msg::TeamInviteTitle),
                    El::text("p", "", &tr(Msg::TeamInviteText)),
                    invitation_field(store, team_id.clone()),
                ],
            )
        },
    );
    let mut body = vec![parts, invite];
    body.push(
        El::new("nav", "step-nav no-print")
            .attr("aria-label", &tr(Msg::TeamNavLabel))
            .child(back)
            .child(El::button("btn", &tr(Msg::ResultPrint), |_| {
                super::result::print()
            })),
    );
    El::screen("step team", heading, body)
        .attr("data-team-view", id.as_str())
        .with_before(El::text(
            "p",
            "print-only",
            &tr_with(Msg::TeamTitle, &[("company", &company)]),
        ))
}

fn section(title: Msg) -> El {
    El::text("h2", "result__section", &tr(title))
}

/// The combined result: its verdict and scores (the one `data-verdict` here), the first hire
/// and the way to the full result and kit; or what still stands in its way.
fn combined(store: AppStore, team: &Team) -> El {
    let block = El::new("section", "block team__combined").child(section(Msg::TeamCombinedTitle));
    let Some(rec) = team.combination.result() else {
        // The ties are settled where they are explained, in the disagreements below: each
        // group of buttons once on the page.
        let text = match team.combination.open_ties().count() {
            0 => tr(Msg::TeamCombinedIncomplete),
            open => tr_count(Msg::TeamCombinedTies, open),
        };
        return block.child(El::text("p", "", &text));
    };
    let profile = team.combination.answers.profile();
    let hire = profile.map(|p| tr(first_hire(&p, &rec)));
    let team_id = team.id.clone();
    block
        .child(
            El::new("div", "verdict team__verdict")
                .attr("data-verdict", rec.verdict.id())
                .attr("data-cto-score", &rec.cto_score.to_string())
                .attr("data-cio-score", &rec.cio_score.to_string())
                .child(El::text(
                    "p",
                    "team__headline",
                    &tr(verdict_label(rec.verdict)),
                ))
                .child(El::text(
                    "p",
                    "",
                    &tr_with(
                        Msg::TeamScores,
                        &[
                            ("cto", &number(rec.cto_score)),
                            ("cio", &number(rec.cio_score)),
                        ],
                    ),
                ))
                .maybe(hire.map(|h| El::text("p", "", &h))),
        )
        .child(El::new("div", "result__actions no-print").child(El::button(
            "btn btn--primary",
            &tr(Msg::TeamOpenCombined),
            move |_| store.dispatch(Action::OpenCombined(team_id.clone())),
        )))
}

/// The disagreements, those that would change the verdict first, each saying what it changes.
fn disputes(store: AppStore, team: &Team, found: &[Disagreement]) -> El {
    let block = El::new("section", "block").child(section(Msg::TeamDisputesTitle));
    if found.is_empty() {
        return block.child(El::text("p", "", &tr(Msg::TeamNoDisputes)));
    }
    let items = found
        .iter()
        .map(|d| {
            let tally = &team.combination.tallies[d.question.index()];
            let mut item = El::new("li", "team__dispute")
                .attr("data-dispute", d.question.key())
                .child(
                    El::new("p", "")
                        .child(El::text("strong", "", &tr(d.question.topic())))
                        .add_text(" ")
                        .add_text(&given(team, tally)),
                );
            // The verdict with the team's answer as it stands, and what another would make of it.
            let base = tally.pick.choice().and_then(|c| {
                d.outcomes
                    .iter()
                    .find(|(x, _)| *x == c)
                    .and_then(|(_, v)| *v)
            });
            let change = d
                .outcomes
                .iter()
                .filter(|&&(_, v)| v.is_some() && v != base)
                .find_map(|&(choice, v)| Some(what_it_makes(d.question, choice, v?)));
            if let (Some(change), true) = (change, base.is_some()) {
                item = item.child(El::text("p", "team__changes", &change));
            } else if !d.changes_verdict {
                item = item.child(El::text("p", "team__same", &tr(Msg::TeamDisputeHarmless)));
            }
            if matches!(tally.pick, Pick::Tie(_) | Pick::Settled(_)) {
                item = item.child(settle(store, team, d));
            }
            item
        })
        .collect();
    block.child(El::new("ol", "plain-list team__disputes").children(items))
}

/// "Settled as “None”, the recommendation would be: a CIO."
fn what_it_makes(question: Question, choice: usize, verdict: Verdict) -> String {
    tr_with(
        Msg::TeamDisputeChanges,
        &[
            ("answer", &tr(question.choices()[choice].label)),
            ("verdict", &tr(verdict_label(verdict))),
        ],
    )
}

/// Each answer given, with who gave it: "50–249 people (CEO, CTO) · 250–999 people (CFO)".
fn given(team: &Team, tally: &Tally) -> String {
    tally
        .groups
        .iter()
        .map(|(choice, people)| {
            tr_with(
                Msg::TeamGiven,
                &[
                    ("answer", &tr(tally.question.choices()[*choice].label)),
                    ("who", &team.who(people)),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// One button per tied answer, each saying the verdict it leads to; pressed, it is the
/// team's answer, and stays so (saved) while the tie stands.
fn settle(store: AppStore, team: &Team, d: &Disagreement) -> El {
    let tally = &team.combination.tallies[d.question.index()];
    let tied: Vec<usize> = match &tally.pick {
        Pick::Tie(options) => options.clone(),
        Pick::Settled(_) => {
            let top = tally.groups.first().map_or(0, |(_, p)| p.len());
            tally
                .groups
                .iter()
                .filter(|(_, p)| p.len() == top)
                .map(|(c, _)| *c)
                .collect()
        }
        _ => Vec::new(),
    };
    let settled = match tally.pick {
        Pick::Settled(c) => Some(c),
        _ => None,
    };
    let buttons = tied
        .into_iter()
        .map(|choice| {
            let verdict = d
                .outcomes
                .iter()
                .find(|(c, _)| *c == choice)
                .and_then(|(_, v)| *v);
            let text = match verdict {
                Some(v) => tr_with(
                    Msg::TeamSettleAs,
                    &[
                        ("answer", &tr(d.question.choices()[choice].label)),
                        ("verdict", &tr(verdict_label(v))),
                    ],
                ),
                None => tr(d.question.choices()[choice].label),
            };
            let (team, question) = (team.id.clone(), d.question);
            let chosen = settled == Some(choice);
            // The chosen answer is marked in more than colour: a check before it (not read out;
            // `aria-pressed` says it).
            let mark = chosen.then(|| El::text("span", "", "✓ ").attr("aria-hidden", "true"));
            El::button(
                if chosen {
                    "btn btn--small btn--primary"
                } else {
                    "btn btn--small"
                },
                "",
                move |_| {
                    store.dispatch(Action::Settle {
                        team: team.clone(),
                        question,
                        choice,
                    })
                },
            )
            .maybe(mark)
            .add_text(&text)
            .attr("aria-pressed", if chosen { "true" } else { "false" })
        })
        .collect();
    El::new("div", "team__settle")
        .attr("role", "group")
        .attr(
            "aria-label",
            &tr_with(Msg::TeamSettleLabel, &[("topic", &tr(d.question.topic()))]),
        )
        .child(El::text(
            "p",
            "team__settle-hint no-print",
            &tr(Msg::TeamSettleHint),
        ))
        .children(buttons)
}

/// Every question with everyone's answers; the ones answered differently are marked.
fn answers(team: &Team) -> El {
    let rows = team
        .combination
        .tallies
        .iter()
        .map(|tally| {
            let mut row = El::new("div", "answer-row team__question");
            if tally.disputed() {
                row = row.attr("data-disputed", tally.question.key());
            }
            let mark = match &tally.pick {
                Pick::Unanswered => tr(Msg::TeamPickNone),
                Pick::Agreed(_) => tr(Msg::TeamPickAgreed),
                Pick::Majority(c) => tr_with(
                    Msg::TeamPickMajority,
                    &[("answer", &tr(tally.question.choices()[*c].label))],
                ),
                Pick::Settled(c) => tr_with(
                    Msg::TeamPickSettled,
                    &[("answer", &tr(tally.question.choices()[*c].label))],
                ),
                Pick::Tie(_) => tr(Msg::TeamPickTie),
            };
            row.child(
                El::new("dt", "")
                    .add_text(&tr(tally.question.topic()))
                    .maybe(
                        tally
                            .disputed()
                            .then(|| El::text("span", "tag", &tr(Msg::TeamDisputed))),
                    ),
            )
            .child(
                El::new("dd", "")
                    .child(El::text("p", "", &given(team, tally)))
                    .child(El::text("p", "team__pick", &mark)),
            )
        })
        .collect();
    El::new("section", "block")
        .child(section(Msg::TeamAnswersTitle))
        .child(El::new("dl", "answers team__answers").children(rows))
}

/// Each respondent: their verdict and scores, on one plane and in a list, and a way to open them.
fn respondents(store: AppStore, team: &Team) -> El {
    let mut points = Vec::new();
    let items = team
        .respondents
        .iter()
        .map(|a| {
            let name = label(a.team.as_ref().map_or("", |m| m.by.as_str()));
            let rec = a.answers.profile().map(|p| (p, recommend(&p)));
            let mut item =
                El::new("li", "entry team__respondent").attr("data-respondent", a.id.as_str());
            let meta = match &rec {
                Some((p, r)) => {
                    item = item.attr("data-respondent-verdict", r.verdict.id());
                    points.push(Point {
                        label: name.clone(),
                        cto: r.cto_score,
                        cio: r.cio_score,
                        profile: *p,
                    });
                    tr_with(
                        Msg::TeamRespondentMeta,
                        &[
                            ("verdict", &tr(verdict_label(r.verdict))),
                            ("cto", &number(r.cto_score)),
                            ("cio", &number(r.cio_score)),
                        ],
                    )
                }
                None => tr_with(
                    Msg::TeamRespondentPartial,
                    &[
                        ("answered", &number(a.answers.answered_count() as u64)),
                        ("total", &number(Question::ALL.len() as u64)),
                    ],
                ),
            };
            let id = a.id.clone();
            item.child(
                El::new("div", "entry__main")
                    .child(El::text("p", "entry__name", &name))
                    .child(El::text("p", "entry__meta", &meta)),
            )
            .child(
                El::new("div", "entry__actions no-print").child(
                    El::button(
                        "btn btn--small btn--quiet",
                        &tr(Msg::TeamOpenRespondent),
                        move |_| store.dispatch(Action::Open(id.clone())),
                    )
                    .attr(
                        "aria-label",
                        &tr_with(Msg::TeamOpenRespondentLabel, &[("name", &name)]),
                    ),
                ),
            )
        })
        .collect();
    // Not in print: the one-page summary names everyone in the answers.
    let block = El::new("section", "block no-print")
        .child(section(Msg::TeamRespondentsTitle))
        .child(El::new("ul", "entries team__respondents").children(items));
    if points.is_empty() {
        block
    } else {
        block.child(plane(&points, None, Vec::new()))
    }
}
