//! A kit as Markdown, to paste into a job advert or an interview plan, in the reader's language.

use super::Kit;
use crate::core::advice::claims::Said;
use crate::core::advice::markdown::{paragraph, prepared_by, Byline};
use crate::core::locale::{Catalogue, Msg};
use crate::core::questionnaire::Industry;

/// The kits as one Markdown document, to copy or to download as a `.md` file.
pub fn kit_markdown(
    kits: &[Kit],
    company_name: &str,
    industry: Industry,
    link: &str,
    byline: Byline,
    catalogue: &Catalogue,
) -> String {
    let say = |s: &Said| s.text(catalogue, industry);
    let mut md = String::from("# ");
    md.push_str(&match company_name {
        "" => catalogue.text(Msg::KitTitle),
        company => catalogue.fill(Msg::KitTitleFor, &[("company", company)]),
    });
    md.push('\n');
    if let Some(by) = prepared_by(byline, catalogue) {
        md.push_str(&format!("\n{by}\n"));
    }
    for kit in kits {
        md.push_str(&format!("\n## {}\n\n", say(&kit.title)));
        if !kit.context.is_empty() {
            md.push_str(&paragraph(&kit.context, catalogue, industry));
            md.push_str("\n\n");
        }
        md.push_str(&format!("### {}\n\n", catalogue.text(Msg::KitOwnsTitle)));
        for item in &kit.brief.owns {
            md.push_str(&format!("- {}\n", say(item)));
        }
        md.push_str(&format!(
            "\n{}\n\n### {}\n\n",
            say(&kit.brief.reports_to),
            catalogue.text(Msg::KitSkillsTitle)
        ));
        for (i, item) in kit.brief.skills.iter().enumerate() {
            md.push_str(&format!("{}. {}\n", i + 1, say(item)));
        }
        md.push_str(&format!("\n### {}\n\n", catalogue.text(Msg::KitDaysTitle)));
        for item in &kit.first_90_days {
            md.push_str(&format!("- {}\n", say(item)));
        }
        md.push_str(&format!(
            "\n### {}\n\n",
            catalogue.text(Msg::KitQuestionsTitle)
        ));
        for (i, q) in kit.questions.iter().enumerate() {
            md.push_str(&format!(
                "{}. {}\n   *{}* {}\n",
                i + 1,
                say(&q.ask),
                catalogue.text(Msg::KitStrongLabel),
                say(&q.strong)
            ));
        }
    }
    md.push_str(&format!(
        "\n{}\n",
        catalogue.fill(Msg::KitBasedOn, &[("link", link)])
    ));
    md
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::hiring::hiring_kit;
    use crate::core::questionnaire::Profile;
    use crate::core::samples::*;
    use crate::core::verdict::recommend;

    #[test]
    fn kit_markdown_has_each_role_its_sections_numbered_questions_and_the_link() {
        let p: Profile = hospital_group();
        let kits = hiring_kit(&p, &recommend(&p));
        let english = Catalogue::english();
        let md = kit_markdown(
            &kits,
            "St Mary's Group",
            p.industry,
            "https://example.org/#v=1",
            Byline::default(),
            &english,
        );
        assert!(md.starts_with("# Hiring kit for St Mary's Group\n"), "{md}");
        assert!(
            md.find("## Chief Information Officer (CIO)")
                < md.find("## Chief Technology Officer (CTO)")
        );
        assert_eq!(md.matches("### Interview questions").count(), 2);
        assert!(md.contains("The CIO reports to the CFO or COO"));
        let first = kits[0].questions[0].ask.text(&english, p.industry);
        assert!(
            md.contains(&format!("\n1. {first}\n   *What a strong answer shows:* ")),
            "{md}"
        );
        assert!(md.ends_with("Based on these answers: https://example.org/#v=1\n"));
        let bare = kit_markdown(&kits, "", p.industry, "x", Byline::default(), &english);
        assert!(bare.starts_with("# Hiring kit\n"));
    }
}
