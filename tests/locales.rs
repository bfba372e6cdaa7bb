//! The locale files a translator edits (`locales/*.json`) against the English one and the code:
//! every language has exactly the English keys; each text keeps its placeholders; counted texts
//! have their language's plural categories; short labels stay short; every key is used; a
//! sector's term has a general one to fall back to; and the code of the first screen names only
//! messages of the first part of the texts (`locales/parts.json`), which arrive with the wasm.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

type Locale = BTreeMap<String, Value>;

fn locale(code: &str) -> Locale {
    let path = format!("{}/locales/{code}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every language with a locale file but English.
fn translations() -> Vec<String> {
    let dir = format!("{}/locales", env!("CARGO_MANIFEST_DIR"));
    let mut codes: Vec<String> = std::fs::read_dir(&dir)
        .expect("locales/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|name| {
            let code = name.strip_suffix(".json")?;
            (code.len() == 2 && code != "en").then(|| code.to_owned())
        })
        .collect();
    codes.sort();
    codes
}

/// The CLDR plural categories of whole numbers in each language the app speaks.
fn categories(code: &str) -> &'static [&'static str] {
    match code {
        "ar" => &["few", "many", "one", "other", "two", "zero"],
        "es" => &["many", "one", "other"],
        _ => &["one", "other"],
    }
}

/// The placeholders of a text, `{name}` each, as many times as they occur.
fn placeholders(text: &str) -> Vec<String> {
    let mut found: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
        .collect();
    found.sort();
    found
}

fn texts(value: &Value) -> Vec<(&str, &str)> {
    match value {
        Value::String(text) => vec![("", text.as_str())],
        Value::Object(forms) => forms
            .iter()
            .filter_map(|(k, v)| Some((k.as_str(), v.as_str()?)))
            .collect(),
        _ => Vec::new(),
    }
}

/// What is wrong with one translation, each problem a line.
fn problems(english: &Locale, code: &str, translated: &Locale) -> Vec<String> {
    let mut out = Vec::new();
    for key in english.keys().filter(|k| !translated.contains_key(*k)) {
        out.push(format!("{code}: lacks “{key}”"));
    }
    for key in translated.keys().filter(|k| !english.contains_key(*k)) {
        out.push(format!("{code}: has “{key}”, which en.json lacks"));
    }
    for (key, en) in english {
        let Some(tr) = translated.get(key) else {
            continue;
        };
        match (en, tr) {
            (Value::String(en), Value::String(tr)) => {
                if tr.trim().is_empty() {
                    out.push(format!("{code}: “{key}” is empty"));
                }
                if placeholders(en) != placeholders(tr) {
                    out.push(format!(
                        "{code}: “{key}” has {:?} where English has {:?}",
                        placeholders(tr),
                        placeholders(en)
                    ));
                }
                let (en_len, tr_len) = (en.chars().count(), tr.chars().count());
                // Labels and buttons, not terms (phrases set into sentences).
                let label = !key.starts_with("term.");
                if label && en_len <= 24 && tr_len > (2 * en_len).max(en_len + 6) {
                    out.push(format!("{code}: “{key}” is {tr_len} characters for English's {en_len}: a label must stay short"));
                }
            }
            (Value::Object(_), Value::Object(forms)) => {
                let have: Vec<&str> = forms.keys().map(String::as_str).collect();
                if have != categories(code) {
                    out.push(format!(
                        "{code}: “{key}” has the forms {have:?}, not {:?}",
                        categories(code)
                    ));
                }
                let all: BTreeSet<String> = texts(en)
                    .iter()
                    .flat_map(|(_, t)| placeholders(t))
                    .collect();
                for (form, text) in texts(tr) {
                    let mine: BTreeSet<String> = placeholders(text).into_iter().collect();
                    if !mine.is_subset(&all) {
                        out.push(format!(
                            "{code}: “{key}” ({form}) has {mine:?}, beyond {all:?}"
                        ));
                    }
                    if form == "other" && mine != all {
                        out.push(format!("{code}: “{key}” (other) lacks some of {all:?}"));
                    }
                }
            }
            _ => out.push(format!(
                "{code}: “{key}” is not the same kind of value as in English"
            )),
        }
    }
    out
}

#[test]
fn every_language_has_every_english_key_with_its_placeholders_and_plural_forms() {
    let english = locale("en");
    assert!(
        translations().len() >= 3,
        "German, Spanish and Arabic at least"
    );
    let found: Vec<String> = translations()
        .iter()
        .flat_map(|code| problems(&english, code, &locale(code)))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_check_fails_on_a_missing_key_a_lost_placeholder_and_a_wrong_plural() {
    let english = locale("en");
    let before = problems(&english, "de", &locale("de")).len();
    let mut broken = locale("de");
    broken.remove("result.answers_title");
    broken.insert(
        "step.progress".into(),
        Value::String("Schritt {step}".into()),
    );
    broken.insert(
        "list.summary".into(),
        serde_json::json!({"one": "Eine", "other": "{n}", "few": "{n}"}),
    );
    broken.insert(
        "step.next".into(),
        Value::String("Weiter zur nächsten Frage".into()),
    );
    let found = problems(&english, "de", &broken);
    assert_eq!(found.len(), before + 4, "{found:#?}");
}

#[test]
fn no_text_has_a_control_character() {
    // The app hands a part of the texts to the wasm as records split by U+001E and U+001F
    // (`Entry::from_records`): a text holding one would be cut in two.
    let mut found = Vec::new();
    for code in std::iter::once("en".to_owned()).chain(translations()) {
        for (key, value) in locale(&code) {
            for (form, text) in texts(&value) {
                if text.chars().any(char::is_control) {
                    found.push(format!("{code}: “{key}” {form}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "control characters in {found:#?}");
}

/// Every `Msg::Name` the code names.
fn named_in(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
        let path = entry.path();
        if path.is_dir() {
            named_in(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for rest in text.split("Msg::").skip(1) {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect();
                if name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
                    found.insert(name);
                }
            }
        }
    }
}

/// The variant `build.rs` makes of a key.
fn variant(key: &str) -> String {
    key.split(['.', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

#[test]
fn every_key_is_used_and_every_sector_term_has_a_general_one() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut named = BTreeSet::new();
    named_in(&root.join("src"), &mut named);
    let english = locale("en");
    // The page's own texts are read by index.html and the loader; terms fill placeholders by name;
    // the loader's rarer messages are read by the loader from the first part.
    let unused: Vec<&String> = english
        .keys()
        .filter(|k| !k.starts_with("boot.") && !k.starts_with("term.") && !k.starts_with("loader."))
        .filter(|k| !named.contains(&variant(k)))
        .collect();
    assert!(unused.is_empty(), "keys no code names: {unused:?}");
    let loader = std::fs::read_to_string(root.join("boot/loader.js")).expect("boot/loader.js");
    for key in english.keys().filter(|k| k.starts_with("loader.")) {
        assert!(loader.contains(&key[7..]), "{key} is not in the loader");
    }
    for key in english
        .keys()
        .filter(|k| k.matches('.').count() == 2 && k.starts_with("term."))
    {
        let general = format!("term.{}", key.rsplit('.').next().unwrap_or_default());
        assert!(english.contains_key(&general), "{key} has no {general}");
    }
}

#[test]
fn the_first_screens_code_names_only_messages_of_the_first_part() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let parts: Value = serde_json::from_str(
        &std::fs::read_to_string(root.join("locales/parts.json")).expect("locales/parts.json"),
    )
    .expect("JSON");
    let first: Vec<String> = parts["first"]
        .as_array()
        .expect("a list of prefixes")
        .iter()
        .filter_map(|p| p.as_str().map(str::to_owned))
        .collect();
    let english = locale("en");
    let by_variant: BTreeMap<String, &String> = english.keys().map(|k| (variant(k), k)).collect();
    // What the first screen (the first question, or the greeting) and the page around it run
    // before the rest of the texts arrive.
    let modules = [
        "src/ui/app.rs",
        "src/ui/step.rs",
        "src/ui/welcome.rs",
        "src/ui/status.rs",
        "src/ui/crash.rs",
        "src/ui/copy.rs",
        "src/ui/later.rs",
        "src/ui/notices.rs",
    ];
    let mut late = Vec::new();
    for module in modules {
        let mut named = BTreeSet::new();
        let text = std::fs::read_to_string(root.join(module)).expect("a module");
        // Only the code that runs on the first screen: the notices' own messages are built by
        // their chunk, once the rest of the texts is here.
        let shell = text.split("fn build(").next().unwrap_or(&text);
        for rest in shell.split("Msg::").skip(1) {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            named.insert(name);
        }
        for name in named {
            let Some(key) = by_variant.get(&name) else {
                continue;
            };
            if !first.iter().any(|prefix| key.starts_with(prefix.as_str())) {
                late.push(format!("{module}: {key}"));
            }
        }
    }
    assert!(
        late.is_empty(),
        "named on the first screen but in the later part: {late:#?}"
    );
}
