//! The questionnaire as data: the nine questions of contract v1, their keys and option ids, and the
//! messages for their texts (in `locales/`). The UI, the link codec, storage and the engine all
//! read from here.
use crate::core::locale::Msg;

/// One option of a question. `id` is part of the public contract; `label` and `hint` are messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: Msg,
    pub hint: Msg,
}

const fn choice(id: &'static str, label: Msg, hint: Msg) -> Choice {
    Choice { id, label, hint }
}

/// The questions, in the order the questionnaire asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    Size,
    Stage,
    Industry,
    Focus,
    Regulation,
    Systems,
    Engineering,
    Priority,
    Leadership,
}

/// How many questions there are; answers are stored in an array of this length.
pub const QUESTION_COUNT: usize = 9;

impl Question {
    pub const ALL: [Question; QUESTION_COUNT] = [
        Question::Size,
        Question::Stage,
        Question::Industry,
        Question::Focus,
        Question::Regulation,
        Question::Systems,
        Question::Engineering,
        Question::Priority,
        Question::Leadership,
    ];

    /// Position in the questionnaire, from 0.
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn from_key(key: &str) -> Option<Question> {
        Question::ALL.into_iter().find(|q| q.key() == key)
    }

    /// The contract key: used in links, storage and as the radio group's `name`.
    pub const fn key(self) -> &'static str {
        self.text().key
    }

    /// The question as a person reads it.
    pub const fn title(self) -> Msg {
        self.text().title
    }

    /// One line of context under the question.
    pub const fn context(self) -> Msg {
        self.text().context
    }

    /// A short name for the answer in reasons and summaries ("Company size").
    pub const fn topic(self) -> Msg {
        self.text().topic
    }

    pub const fn choices(self) -> &'static [Choice] {
        self.text().choices
    }

    /// The option index for a contract option id.
    pub fn choice_index(self, id: &str) -> Option<usize> {
        self.choices().iter().position(|c| c.id == id)
    }

    const fn text(self) -> &'static QuestionText {
        &QUESTIONS[self.index()]
    }
}

struct QuestionText {
    key: &'static str,
    title: Msg,
    context: Msg,
    topic: Msg,
    choices: &'static [Choice],
}

const QUESTIONS: [QuestionText; QUESTION_COUNT] = [
    QuestionText {
        key: "size",
        title: Msg::QuestionSizeTitle,
        context: Msg::QuestionSizeContext,
        topic: Msg::QuestionSizeTopic,
        choices: &[
            choice("micro", Msg::QuestionSizeMicro, Msg::QuestionSizeMicroHint),
            choice("small", Msg::QuestionSizeSmall, Msg::QuestionSizeSmallHint),
            choice(
                "medium",
                Msg::QuestionSizeMedium,
                Msg::QuestionSizeMediumHint,
            ),
            choice("large", Msg::QuestionSizeLarge, Msg::QuestionSizeLargeHint),
            choice(
                "enterprise",
                Msg::QuestionSizeEnterprise,
                Msg::QuestionSizeEnterpriseHint,
            ),
        ],
    },
    QuestionText {
        key: "stage",
        title: Msg::QuestionStageTitle,
        context: Msg::QuestionStageContext,
        topic: Msg::QuestionStageTopic,
        choices: &[
            choice(
                "startup",
                Msg::QuestionStageStartup,
                Msg::QuestionStageStartupHint,
            ),
            choice(
                "scaling",
                Msg::QuestionStageScaling,
                Msg::QuestionStageScalingHint,
            ),
            choice(
                "established",
                Msg::QuestionStageEstablished,
                Msg::QuestionStageEstablishedHint,
            ),
        ],
    },
    QuestionText {
        key: "industry",
        title: Msg::QuestionIndustryTitle,
        context: Msg::QuestionIndustryContext,
        topic: Msg::QuestionIndustryTopic,
        choices: &[
            choice(
                "software",
                Msg::QuestionIndustrySoftware,
                Msg::QuestionIndustrySoftwareHint,
            ),
            choice(
                "finance",
                Msg::QuestionIndustryFinance,
                Msg::QuestionIndustryFinanceHint,
            ),
            choice(
                "healthcare",
                Msg::QuestionIndustryHealthcare,
                Msg::QuestionIndustryHealthcareHint,
            ),
            choice(
                "retail",
                Msg::QuestionIndustryRetail,
                Msg::QuestionIndustryRetailHint,
            ),
            choice(
                "manufacturing",
                Msg::QuestionIndustryManufacturing,
                Msg::QuestionIndustryManufacturingHint,
            ),
            choice(
                "services",
                Msg::QuestionIndustryServices,
                Msg::QuestionIndustryServicesHint,
            ),
            choice(
                "public",
                Msg::QuestionIndustryPublic,
                Msg::QuestionIndustryPublicHint,
            ),
            choice(
                "other",
                Msg::QuestionIndustryOther,
                Msg::QuestionIndustryOtherHint,
            ),
        ],
    },
    QuestionText {
        key: "focus",
        title: Msg::QuestionFocusTitle,
        context: Msg::QuestionFocusContext,
        topic: Msg::QuestionFocusTopic,
        choices: &[
            choice(
                "product",
                Msg::QuestionFocusProduct,
                Msg::QuestionFocusProductHint,
            ),
            choice(
                "channel",
                Msg::QuestionFocusChannel,
                Msg::QuestionFocusChannelHint,
            ),
            choice(
                "operations",
                Msg::QuestionFocusOperations,
                Msg::QuestionFocusOperationsHint,
            ),
        ],
    },
    QuestionText {
        key: "regulation",
        title: Msg::QuestionRegulationTitle,
        context: Msg::QuestionRegulationContext,
        topic: Msg::QuestionRegulationTopic,
        choices: &[
            choice(
                "light",
                Msg::QuestionRegulationLight,
                Msg::QuestionRegulationLightHint,
            ),
            choice(
                "moderate",
                Msg::QuestionRegulationModerate,
                Msg::QuestionRegulationModerateHint,
            ),
            choice(
                "heavy",
                Msg::QuestionRegulationHeavy,
                Msg::QuestionRegulationHeavyHint,
            ),
        ],
    },
    QuestionText {
        key: "systems",
        title: Msg::QuestionSystemsTitle,
        context: Msg::QuestionSystemsContext,
        topic: Msg::QuestionSystemsTopic,
        choices: &[
            choice(
                "simple",
                Msg::QuestionSystemsSimple,
                Msg::QuestionSystemsSimpleHint,
            ),
            choice(
                "moderate",
                Msg::QuestionSystemsModerate,
                Msg::QuestionSystemsModerateHint,
            ),
            choice(
                "complex",
                Msg::QuestionSystemsComplex,
                Msg::QuestionSystemsComplexHint,
            ),
        ],
    },
    QuestionText {
        key: "engineering",
        title: Msg::QuestionEngineeringTitle,
        context: Msg::QuestionEngineeringContext,
        topic: Msg::QuestionEngineeringTopic,
        choices: &[
            choice(
                "none",
                Msg::QuestionEngineeringNone,
                Msg::QuestionEngineeringNoneHint,
            ),
            choice(
                "few",
                Msg::QuestionEngineeringFew,
                Msg::QuestionEngineeringFewHint,
            ),
            choice(
                "team",
                Msg::QuestionEngineeringTeam,
                Msg::QuestionEngineeringTeamHint,
            ),
            choice(
                "department",
                Msg::QuestionEngineeringDepartment,
                Msg::QuestionEngineeringDepartmentHint,
            ),
        ],
    },
    QuestionText {
        key: "priority",
        title: Msg::QuestionPriorityTitle,
        context: Msg::QuestionPriorityContext,
        topic: Msg::QuestionPriorityTopic,
        choices: &[
            choice(
                "products",
                Msg::QuestionPriorityProducts,
                Msg::QuestionPriorityProductsHint,
            ),
            choice(
                "operations",
                Msg::QuestionPriorityOperations,
                Msg::QuestionPriorityOperationsHint,
            ),
            choice(
                "both",
                Msg::QuestionPriorityBoth,
                Msg::QuestionPriorityBothHint,
            ),
        ],
    },
    QuestionText {
        key: "leadership",
        title: Msg::QuestionLeadershipTitle,
        context: Msg::QuestionLeadershipContext,
        topic: Msg::QuestionLeadershipTopic,
        choices: &[
            choice(
                "none",
                Msg::QuestionLeadershipNone,
                Msg::QuestionLeadershipNoneHint,
            ),
            choice(
                "it-manager",
                Msg::QuestionLeadershipItManager,
                Msg::QuestionLeadershipItManagerHint,
            ),
            choice(
                "cto",
                Msg::QuestionLeadershipCto,
                Msg::QuestionLeadershipCtoHint,
            ),
            choice(
                "cio",
                Msg::QuestionLeadershipCio,
                Msg::QuestionLeadershipCioHint,
            ),
            choice(
                "both",
                Msg::QuestionLeadershipBoth,
                Msg::QuestionLeadershipBothHint,
            ),
        ],
    },
];

/// Declares a typed view of one question's options; a compile-time check keeps it the same length
/// as the question's table above, so adding an option without a variant does not build.
macro_rules! typed_options {
    ($question:expr, $name:ident { $($variant:ident),+ $(,)? }) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub const fn from_index(index: usize) -> Option<$name> {
                if index < Self::ALL.len() { Some(Self::ALL[index]) } else { None }
            }

            pub fn choice(self) -> &'static Choice {
                &$question.choices()[self as usize]
            }
        }

        const _: () = assert!($name::ALL.len() == $question.choices().len());
    };
}

typed_options!(
    Question::Size,
    Size {
        Micro,
        Small,
        Medium,
        Large,
        Enterprise
    }
);
typed_options!(
    Question::Stage,
    Stage {
        Startup,
        Scaling,
        Established
    }
);
typed_options!(
    Question::Industry,
    Industry {
        Software,
        Finance,
        Healthcare,
        Retail,
        Manufacturing,
        Services,
        Public,
        Other
    }
);
typed_options!(
    Question::Focus,
    Focus {
        Product,
        Channel,
        Operations
    }
);
typed_options!(
    Question::Regulation,
    Regulation {
        Light,
        Moderate,
        Heavy
    }
);
typed_options!(
    Question::Systems,
    Systems {
        Simple,
        Moderate,
        Complex
    }
);
typed_options!(
    Question::Engineering,
    Engineering {
        None,
        Few,
        Team,
        Department
    }
);
typed_options!(
    Question::Priority,
    Priority {
        Products,
        Operations,
        Both
    }
);
typed_options!(
    Question::Leadership,
    Leadership {
        None,
        ItManager,
        Cto,
        Cio,
        Both
    }
);
