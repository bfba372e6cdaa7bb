//! Reading JSON that may not have the shape it should (hand-edited storage, a file from elsewhere)
//! with serde, one field at a time: a field of the wrong type becomes [`Loose::Not`] instead of
//! failing the whole document, so the rest can still be read and that field named.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A value read where a `T` was expected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Loose<T> {
    /// No such field (or `null`).
    #[default]
    Absent,
    Is(T),
    /// Something else was there.
    Not,
}

impl<T> Loose<T> {
    /// What was read, when it had the expected shape.
    pub fn ok(self) -> Option<T> {
        match self {
            Loose::Is(value) => Some(value),
            _ => None,
        }
    }
}

/// What a JSON value can be read as; each shape accepts the JSON it is made from and turns any
/// other into `None` (after reading past it).
pub trait Shape: Sized {
    fn from_str(_text: &str) -> Option<Self> {
        None
    }

    fn from_u64(_number: u64) -> Option<Self> {
        None
    }

    fn from_bool(_value: bool) -> Option<Self> {
        None
    }

    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<Self>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(None)
    }

    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Option<Self>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
}

impl Shape for String {
    fn from_str(text: &str) -> Option<String> {
        Some(text.to_owned())
    }
}

impl Shape for bool {
    fn from_bool(value: bool) -> Option<bool> {
        Some(value)
    }
}

impl Shape for u64 {
    fn from_u64(number: u64) -> Option<u64> {
        Some(number)
    }
}

/// A JSON array whose elements are each read loosely.
impl<T: Shape> Shape for Vec<Loose<T>> {
    fn from_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<Option<Self>, A::Error> {
        let mut out = Vec::new();
        while let Some(element) = seq.next_element::<Loose<T>>()? {
            out.push(element);
        }
        Ok(Some(out))
    }
}

/// A JSON object whose values are each read loosely, in the order written.
impl<T: Shape> Shape for Vec<(String, Loose<T>)> {
    fn from_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Option<Self>, A::Error> {
        let mut out = Vec::new();
        while let Some(entry) = map.next_entry::<String, Loose<T>>()? {
            out.push(entry);
        }
        Ok(Some(out))
    }
}

impl<'de, T: Shape> Deserialize<'de> for Loose<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor(PhantomData))
    }
}

struct LooseVisitor<T>(PhantomData<T>);

impl<T> LooseVisitor<T> {
    fn found(value: Option<T>) -> Loose<T> {
        value.map_or(Loose::Not, Loose::Is)
    }
}

impl<'de, T: Shape> Visitor<'de> for LooseVisitor<T> {
    type Value = Loose<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Loose<T>, E> {
        Ok(Loose::Absent)
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Loose<T>, E> {
        Ok(Self::found(T::from_bool(value)))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<Loose<T>, E> {
        Ok(Loose::Not)
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<Loose<T>, E> {
        Ok(Loose::Not)
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Loose<T>, E> {
        Ok(Self::found(T::from_u64(number)))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Loose<T>, E> {
        Ok(Self::found(T::from_str(text)))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Loose<T>, A::Error> {
        Ok(Self::found(T::from_map(map)?))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Loose<T>, A::Error> {
        Ok(Self::found(T::from_seq(seq)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Record = Vec<(String, Loose<u64>)>;

    #[test]
    fn a_wrong_type_costs_only_its_own_field() {
        let read: Loose<Record> =
            serde_json::from_str(r#"{"a":1,"b":"x","c":[1,{"d":2}],"e":null,"f":2.5}"#)
                .expect("JSON");
        assert_eq!(
            read.ok(),
            Some(vec![
                ("a".into(), Loose::Is(1)),
                ("b".into(), Loose::Not),
                ("c".into(), Loose::Not),
                ("e".into(), Loose::Absent),
                ("f".into(), Loose::Not),
            ])
        );
    }

    #[test]
    fn a_value_of_another_shape_is_not_that_shape() {
        let read: Loose<Vec<Loose<String>>> =
            serde_json::from_str(r#"["a",3,{"x":[]}]"#).expect("JSON");
        assert_eq!(
            read.ok(),
            Some(vec![Loose::Is("a".into()), Loose::Not, Loose::Not])
        );
        let not: Loose<String> = serde_json::from_str(r#"{"x":"y"}"#).expect("JSON");
        assert_eq!(not, Loose::Not);
    }
}
