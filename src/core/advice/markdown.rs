//! The Markdown summary to paste into an email or a document, in the reader's language.

use super::claims::Said;
use super::{advise, Advice};
use crate::core::locale::{Catalogue, Msg};
use crate::core::questionnaire::{Answers, Industry};
use crate::core::verdict::Recommendation;

/// Sentences as one paragraph.
pub fn paragraph(sentences: &[Said], catalogue: &Catalogue, industry: Industry) -> String {
    let mut text = String::new();
    for s in sentences {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&s.text(catalogue, industry));
    }
    text
}

/// Who prepared a report, as the Markdown and the printed report name them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Byline<'a> {
    pub name: &'a str,
    pub organisation: &'a str,
}

/// Who prepares the reports: a name and an organisation, set once, shown on every report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PreparedBy {
    pub name: String,
    pub organisation: String,
}

impl PreparedBy {
    /// Nobody named.
    pub const NOBODY: PreparedBy = PreparedBy {
        name: String::new(),
        organisation: String::new(),
    };

    /// Trimmed, without control characters, each at most 80 characters.
    pub fn cleaned(self) -> PreparedBy {
        let clean = |text: String| crate::core::questionnaire::Answers::clean_company(&text);
        PreparedBy {
            name: clean(self.name),
            organisation: clean(self.organisation),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.name.is_empty() && self.organisation.is_empty()
    }

    pub fn byline(&self) -> Byline<'_> {
        Byline {
            name: &self.name,
            organisation: &self.organisation,
        }
    }
}

/// A Markdown summary to paste into an email or a document: the verdict, the next step, the
/// scores, every reason, the roles, what would change it, who prepared it and the link.
pub fn summary_markdown(
    answers: &Answers,
    rec: &Recommendation,
    link: &str,
    byline: Byline,
    catalogue: &Catalogue,
) -> String {
    let Some(p) = answers.profile() else {
        return String::new();
    };
    let advice: Advice = advise(&p, rec);
    let industry = p.industry;
    let say = |s: &Said| s.text(catalogue, industry);
    let para = |s: &[Said]| paragraph(s, catalogue, industry);
    let headline = say(&advice.headline);
    let mut md = String::from("# ");
    md.push_str(&match answers.company() {
        "" => catalogue.fill(Msg::SummaryTitle, &[("headline", &headline)]),
        company => catalogue.fill(
            Msg::SummaryTitleFor,
            &[("company", company), ("headline", &headline)],
        ),
    });
    md.push_str("\n\n");
    if let Some(by) = prepared_by(byline, catalogue) {
        md.push_str(&format!("{by}\n\n"));
    }
    md.push_str(&format!(
        "{}\n\n## {}\n\n{}\n\n",
        para(&advice.explanation),
        catalogue.text(Msg::ResultNextTitle),
        para(&advice.next_step)
    ));
    if !advice.part_time.is_empty() {
        md.push_str(&format!("{}\n\n", para(&advice.part_time)));
    }
    let score = |msg, n: u8| catalogue.fill(msg, &[("n", &catalogue.number(u64::from(n)))]);
    md.push_str(&format!(
        "- {}\n- {}\n\n## {}\n\n",
        score(Msg::SummaryCtoNeed, rec.cto_score),
        score(Msg::SummaryCioNeed, rec.cio_score),
        catalogue.text(Msg::ResultWhyTitle)
    ));
    for c in rec.reasons() {
        md.push_str(&format!(
            "- {}: {} ({}) — {}\n",
            catalogue.text(c.question.topic()),
            catalogue.text(c.answer()),
            points(c.cto, c.cio, catalogue),
            catalogue.sentence(c.why, Default::default(), Some(industry.choice().id))
        ));
    }
    for brief in &advice.roles {
        md.push_str(&format!("\n## {}\n\n", catalogue.text(brief.role.title())));
        for item in &brief.owns {
            md.push_str(&format!("- {}\n", say(item)));
        }
        md.push_str(&format!("\n{}\n", say(&brief.reports_to)));
    }
    md.push_str(&format!(
        "\n## {}\n\n",
        catalogue.text(Msg::ResultChangesTitle)
    ));
    if advice.changes.is_empty() {
        md.push_str(&format!("{}\n", catalogue.text(Msg::ChangeNone)));
    }
    for change in &advice.changes {
        md.push_str(&format!("- {}\n", change.sentence(catalogue, industry)));
    }
    md.push_str(&format!(
        "\n{}\n",
        catalogue.fill(Msg::SummaryAnswers, &[("link", link)])
    ));
    md
}

/// "Prepared by Ana Ruiz, Northwind Advisory", or `None` when nobody is named.
pub fn prepared_by(byline: Byline, catalogue: &Catalogue) -> Option<String> {
    match (byline.name.trim(), byline.organisation.trim()) {
        ("", "") => None,
        (name, "") | ("", name) => Some(catalogue.fill(Msg::PreparedBy, &[("who", name)])),
        (name, organisation) => Some(catalogue.fill(
            Msg::PreparedByAt,
            &[("who", name), ("organisation", organisation)],
        )),
    }
}

/// "+18 CIO", "+6 CTO · +14 CIO", or "no effect".
pub fn points(cto: u8, cio: u8, catalogue: &Catalogue) -> String {
    let n = |v: u8| catalogue.number(u64::from(v));
    match (cto, cio) {
        (0, 0) => catalogue.text(Msg::PointsNone),
        (cto, 0) => catalogue.fill(Msg::PointsCto, &[("cto", &n(cto))]),
        (0, cio) => catalogue.fill(Msg::PointsCio, &[("cio", &n(cio))]),
        (cto, cio) => catalogue.fill(Msg::PointsBoth, &[("cto", &n(cto)), ("cio", &n(cio))]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

    #[test]
    fn markdown_summary_reads_verdict_next_step_scores_every_reason_roles_changes_and_link() {
        let mut answers = Answers::from(&hospital_group());
        answers.set_company("St Mary's Group");
        let rec = recommend(&hospital_group());
        let byline = Byline {
            name: "Ana Ruiz",
            organisation: "Northwind Advisory",
        };
        let md = summary_markdown(
            &answers,
            &rec,
            "https://example.org/#v=1",
            byline,
            &Catalogue::english(),
        );
        assert!(md.starts_with(
            "# Technology leadership for St Mary's Group: You need both a CIO and a CTO\n"
        ));
        let at = |text: &str| md.find(text).unwrap_or_else(|| panic!("{text} in {md}"));
        let order = [
            at("Prepared by Ana Ruiz, Northwind Advisory"),
            at("## Next step"),
            at("- CTO need: 48/100"),
            at("## Why"),
            at("## Chief Information Officer (CIO)"),
            at("## Chief Technology Officer (CTO)"),
            at("## What would change this"),
            at("Answers: https://example.org/#v=1"),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{md}");
        let reasons = md[order[3]..order[4]]
            .lines()
            .filter(|l| l.starts_with("- "));
        assert_eq!(reasons.count(), 8);
    }
}
