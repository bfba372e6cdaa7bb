//! The questionnaire as data: the nine questions of contract v1, their keys, option ids, labels and
//! hints. The UI, the link codec, storage and the engine all read from here.

/// One option of a question. `id` is part of the public contract; `label` and `hint` are copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
}

const fn choice(id: &'static str, label: &'static str, hint: &'static str) -> Choice {
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
    pub const fn title(self) -> &'static str {
        self.text().title
    }

    /// One line of context under the question.
    pub const fn context(self) -> &'static str {
        self.text().context
    }

    /// A short name for the answer in reasons and summaries ("Company size").
    pub const fn topic(self) -> &'static str {
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
    title: &'static str,
    context: &'static str,
    topic: &'static str,
    choices: &'static [Choice],
}

const QUESTIONS: [QuestionText; QUESTION_COUNT] = [
    QuestionText {
        key: "size",
        title: "How many people work at the company?",
        context: "Count everyone on the payroll, full-time and part-time.",
        topic: "Company size",
        choices: &[
            choice(
                "micro",
                "1–9 people",
                "A founding team; everyone does a bit of everything.",
            ),
            choice(
                "small",
                "10–49 people",
                "A few teams, still one room's worth of decisions.",
            ),
            choice(
                "medium",
                "50–249 people",
                "Departments with their own budgets and tools.",
            ),
            choice(
                "large",
                "250–999 people",
                "Several sites or divisions and a formal IT estate.",
            ),
            choice(
                "enterprise",
                "1,000 people or more",
                "A corporation with many units and systems.",
            ),
        ],
    },
    QuestionText {
        key: "stage",
        title: "Where is the company today?",
        context: "Pick the phase that describes the next twelve months best.",
        topic: "Stage",
        choices: &[
            choice(
                "startup",
                "Startup",
                "Still building the product or proving that it sells.",
            ),
            choice(
                "scaling",
                "Scaling",
                "Demand is proven; headcount and customers grow fast.",
            ),
            choice(
                "established",
                "Established",
                "A mature business with steady, predictable operations.",
            ),
        ],
    },
    QuestionText {
        key: "industry",
        title: "Which industry is the company mainly in?",
        context: "Industry shapes how much weight falls on products, and how much on compliance.",
        topic: "Industry",
        choices: &[
            choice(
                "software",
                "Software and technology",
                "Software, platforms or hardware are what you sell.",
            ),
            choice(
                "finance",
                "Finance and insurance",
                "Banking, payments, lending, insurance, investing.",
            ),
            choice(
                "healthcare",
                "Healthcare and life sciences",
                "Care providers, health tech, pharma, medical devices.",
            ),
            choice(
                "retail",
                "Retail and e-commerce",
                "Shops, online stores, marketplaces, consumer brands.",
            ),
            choice(
                "manufacturing",
                "Manufacturing and logistics",
                "Factories, supply chains, warehouses, transport.",
            ),
            choice(
                "services",
                "Professional services",
                "Consulting, agencies, legal, accounting, education.",
            ),
            choice(
                "public",
                "Public sector and non-profit",
                "Government bodies, charities, associations.",
            ),
            choice("other", "Something else", "None of the above fits well."),
        ],
    },
    QuestionText {
        key: "focus",
        title: "What does technology do for what you sell?",
        context: "Think of your customers, not your back office.",
        topic: "Role of technology",
        choices: &[
            choice(
                "product",
                "Technology is the product",
                "Customers pay for software, a platform or a device you build.",
            ),
            choice(
                "channel",
                "It is how customers reach us",
                "Online stores, apps and portals serve customers who buy something else.",
            ),
            choice(
                "operations",
                "It mostly runs the business",
                "Technology works behind the scenes: finance, stock, scheduling.",
            ),
        ],
    },
    QuestionText {
        key: "regulation",
        title: "How regulated is your work, and how sensitive is your data?",
        context: "Think of audits, licences, personal, health or payment data.",
        topic: "Regulation",
        choices: &[
            choice(
                "light",
                "Light",
                "Ordinary business rules and little sensitive data.",
            ),
            choice(
                "moderate",
                "Moderate",
                "Personal data and some industry rules to follow.",
            ),
            choice(
                "heavy",
                "Heavy",
                "Regulators, audits, licences; health or financial records.",
            ),
        ],
    },
    QuestionText {
        key: "systems",
        title: "How complex are your internal systems?",
        context: "ERP, inventory, supply chain, several sites, the tools every team relies on.",
        topic: "Internal systems",
        choices: &[
            choice(
                "simple",
                "Simple",
                "Off-the-shelf cloud tools that anyone can set up.",
            ),
            choice(
                "moderate",
                "Moderate",
                "A handful of connected systems and some integrations.",
            ),
            choice(
                "complex",
                "Complex",
                "ERP, many sites or integrations, legacy systems to keep running.",
            ),
        ],
    },
    QuestionText {
        key: "engineering",
        title: "How many people build your own software?",
        context: "Developers, designers and engineers on staff or on long-term contract.",
        topic: "Engineering team",
        choices: &[
            choice("none", "None", "We buy software; we do not build it."),
            choice("few", "1–5 people", "A small crew, often led by a founder."),
            choice(
                "team",
                "6–30 people",
                "One or more teams with their own practices.",
            ),
            choice(
                "department",
                "31 or more",
                "An engineering department with managers and specialists.",
            ),
        ],
    },
    QuestionText {
        key: "priority",
        title: "What is the main technology goal for the next two years?",
        context: "Where the biggest share of effort and budget will go.",
        topic: "Priority",
        choices: &[
            choice(
                "products",
                "New offerings for customers",
                "Launch or grow products, features and digital services.",
            ),
            choice(
                "operations",
                "Run the business better",
                "Efficiency, automation, internal transformation.",
            ),
            choice(
                "both",
                "Both equally",
                "Customer offerings and internal efficiency matter as much.",
            ),
        ],
    },
    QuestionText {
        key: "leadership",
        title: "Who leads technology today?",
        context: "This does not change what you need; it decides what to do next.",
        topic: "Current leadership",
        choices: &[
            choice(
                "none",
                "Nobody in particular",
                "Founders or managers handle technology on the side.",
            ),
            choice(
                "it-manager",
                "An IT manager",
                "Someone runs IT, below the executive team.",
            ),
            choice(
                "cto",
                "A CTO",
                "A technology executive focused on the product.",
            ),
            choice(
                "cio",
                "A CIO",
                "An executive in charge of internal IT and information.",
            ),
            choice(
                "both",
                "Both a CTO and a CIO",
                "Two technology executives share the work.",
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
