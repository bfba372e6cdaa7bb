//! The Markdown summary to paste into an email or a document.

use super::advise;
use super::claims::Said;
use crate::core::questionnaire::Answers;
use crate::core::verdict::Recommendation;

/// Sentences as one paragraph.
pub fn paragraph(sentences: &[Said]) -> String {
    let mut text = String::new();
    for s in sentences {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(s.text);
    }
    text
}

/// A Markdown summary to paste into an email or a document: the verdict, the next step, the
/// scores, every reason, the roles and the link.
pub fn summary_markdown(answers: &Answers, rec: &Recommendation, link: &str) -> String {
    let Some(p) = answers.profile() else {
        return String::new();
    };
    let advice = advise(&p, rec);
    let mut md = String::from("# Technology leadership");
    if !answers.company().is_empty() {
        md.push_str(" for ");
        md.push_str(answers.company());
    }
    md.push_str(&format!(
        ": {}\n\n{}\n\n## Next step\n\n{}\n\n",
        advice.headline.text,
        paragraph(&advice.explanation),
        paragraph(&advice.next_step)
    ));
    if !advice.part_time.is_empty() {
        md.push_str(&format!("{}\n\n", paragraph(&advice.part_time)));
    }
    md.push_str(&format!(
        "- CTO need: {}/100\n- CIO need: {}/100\n\n## Why\n\n",
        rec.cto_score, rec.cio_score
    ));
    for c in rec.reasons() {
        md.push_str(&format!(
            "- {}: {} ({}) — {}\n",
            c.question.topic(),
            c.answer_label(),
            points(c.cto, c.cio),
            c.why
        ));
    }
    for brief in &advice.roles {
        md.push_str(&format!("\n## {}\n\n", brief.role.title()));
        for item in &brief.owns {
            md.push_str(&format!("- {}\n", item.text));
        }
        md.push_str(&format!("\nReports to: {}\n", brief.reports_to.text));
    }
    md.push_str(&format!("\nAnswers: {link}\n"));
    md
}

/// "+18 CIO", "+6 CTO · +14 CIO", or "no effect".
pub fn points(cto: u8, cio: u8) -> String {
    match (cto, cio) {
        (0, 0) => "no effect".into(),
        (cto, 0) => format!("+{cto} CTO"),
        (0, cio) => format!("+{cio} CIO"),
        (cto, cio) => format!("+{cto} CTO · +{cio} CIO"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

    #[test]
    fn markdown_summary_reads_verdict_next_step_scores_every_reason_roles_and_link() {
        let mut answers = Answers::from(&hospital_group());
        answers.set_company("St Mary's Group");
        let rec = recommend(&hospital_group());
        let md = summary_markdown(&answers, &rec, "https://example.org/#v=1");
        assert!(md.starts_with(
            "# Technology leadership for St Mary's Group: You need both a CIO and a CTO\n"
        ));
        let at = |text: &str| md.find(text).unwrap_or_else(|| panic!("{text} in {md}"));
        let order = [
            at("## Next step"),
            at("- CTO need: 42/100"),
            at("## Why"),
            at("## Chief Information Officer (CIO)"),
            at("## Chief Technology Officer (CTO)"),
            at("Answers: https://example.org/#v=1"),
        ];
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{md}");
        let reasons = md[order[2]..order[3]]
            .lines()
            .filter(|l| l.starts_with("- "));
        assert_eq!(reasons.count(), 8);
    }
}
