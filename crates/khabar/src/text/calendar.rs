//! Month names of the calendars Arabic news uses: Gregorian months in their Egyptian/Gulf
//! form (يناير), their Levantine/Iraqi form (كانون الثاني), their Maghreb form (جانفي), and
//! the Hijri months. Spellings with and without hamza are listed; matching should go
//! through the `search` normalization.

/// One month name: its words (one or two tokens), the month number (1–12) and calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthName {
    /// The name as written (one or two words).
    pub words: &'static [&'static str],
    /// Month number, 1–12.
    pub month: u8,
    /// Which calendar the month belongs to.
    pub calendar: Calendar,
}

/// Calendar of a month name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    /// Gregorian (any of the three naming systems).
    Gregorian,
    /// Islamic (Hijri).
    Hijri,
}

impl Calendar {
    /// The calendar's name as the JSON output writes it: `gregorian` or `hijri`.
    pub fn name(self) -> &'static str {
        match self {
            Calendar::Gregorian => "gregorian",
            Calendar::Hijri => "hijri",
        }
    }
}

macro_rules! m {
    ($month:expr, $cal:ident, $($w:expr),+) => {
        MonthName { words: &[$($w),+], month: $month, calendar: Calendar::$cal }
    };
}

/// All month names.
pub const MONTHS: &[MonthName] = &[
    // Egyptian / Gulf
    m!(1, Gregorian, "يناير"),
    m!(2, Gregorian, "فبراير"),
    m!(3, Gregorian, "مارس"),
    m!(4, Gregorian, "أبريل"),
    m!(4, Gregorian, "ابريل"),
    m!(4, Gregorian, "إبريل"),
    m!(5, Gregorian, "مايو"),
    m!(6, Gregorian, "يونيو"),
    m!(6, Gregorian, "يونيه"),
    m!(7, Gregorian, "يوليو"),
    m!(7, Gregorian, "يوليه"),
    m!(8, Gregorian, "أغسطس"),
    m!(8, Gregorian, "اغسطس"),
    m!(9, Gregorian, "سبتمبر"),
    m!(10, Gregorian, "أكتوبر"),
    m!(10, Gregorian, "اكتوبر"),
    m!(11, Gregorian, "نوفمبر"),
    m!(12, Gregorian, "ديسمبر"),
    // Levantine / Iraqi
    m!(1, Gregorian, "كانون", "الثاني"),
    m!(2, Gregorian, "شباط"),
    m!(3, Gregorian, "آذار"),
    m!(3, Gregorian, "اذار"),
    m!(4, Gregorian, "نيسان"),
    m!(5, Gregorian, "أيار"),
    m!(5, Gregorian, "ايار"),
    m!(6, Gregorian, "حزيران"),
    m!(7, Gregorian, "تموز"),
    m!(8, Gregorian, "آب"),
    m!(8, Gregorian, "اب"),
    m!(9, Gregorian, "أيلول"),
    m!(9, Gregorian, "ايلول"),
    m!(10, Gregorian, "تشرين", "الأول"),
    m!(10, Gregorian, "تشرين", "الاول"),
    m!(11, Gregorian, "تشرين", "الثاني"),
    m!(12, Gregorian, "كانون", "الأول"),
    m!(12, Gregorian, "كانون", "الاول"),
    // Maghreb (Tunisia, Algeria, Morocco)
    m!(1, Gregorian, "جانفي"),
    m!(1, Gregorian, "يناير"),
    m!(2, Gregorian, "فيفري"),
    m!(4, Gregorian, "أفريل"),
    m!(4, Gregorian, "افريل"),
    m!(5, Gregorian, "ماي"),
    m!(6, Gregorian, "جوان"),
    m!(7, Gregorian, "جويلية"),
    m!(7, Gregorian, "يوليوز"),
    m!(8, Gregorian, "أوت"),
    m!(8, Gregorian, "اوت"),
    m!(8, Gregorian, "غشت"),
    m!(9, Gregorian, "شتنبر"),
    m!(11, Gregorian, "نونبر"),
    m!(12, Gregorian, "دجنبر"),
    // Hijri
    m!(1, Hijri, "محرم"),
    m!(2, Hijri, "صفر"),
    m!(3, Hijri, "ربيع", "الأول"),
    m!(3, Hijri, "ربيع", "الاول"),
    m!(4, Hijri, "ربيع", "الثاني"),
    m!(4, Hijri, "ربيع", "الآخر"),
    m!(5, Hijri, "جمادى", "الأولى"),
    m!(5, Hijri, "جمادى", "الاولى"),
    m!(6, Hijri, "جمادى", "الآخرة"),
    m!(6, Hijri, "جمادى", "الثانية"),
    m!(7, Hijri, "رجب"),
    m!(8, Hijri, "شعبان"),
    m!(9, Hijri, "رمضان"),
    m!(10, Hijri, "شوال"),
    m!(11, Hijri, "ذو", "القعدة"),
    m!(12, Hijri, "ذو", "الحجة"),
];

/// The Gregorian month a (one- or two-word) name starts, if any: returns the month and how
/// many words the name takes. `next` is the word after `word`, for two-word names.
pub fn gregorian_month(word: &str, next: Option<&str>) -> Option<(u8, usize)> {
    MONTHS
        .iter()
        .filter(|m| m.calendar == Calendar::Gregorian)
        .find_map(|m| match m.words {
            [w] if *w == word => Some((m.month, 1)),
            [w, v] if *w == word && next == Some(*v) => Some((m.month, 2)),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_systems() {
        assert_eq!(gregorian_month("مايو", None), Some((5, 1)));
        assert_eq!(gregorian_month("أيار", None), Some((5, 1)));
        assert_eq!(gregorian_month("ماي", None), Some((5, 1)));
        assert_eq!(gregorian_month("كانون", Some("الثاني")), Some((1, 2)));
        assert_eq!(gregorian_month("كانون", Some("الأول")), Some((12, 2)));
        assert_eq!(gregorian_month("رمضان", None), None);
        assert!(MONTHS.iter().all(|m| (1..=12).contains(&m.month)));
    }
}
