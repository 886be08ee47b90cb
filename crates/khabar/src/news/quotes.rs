//! Quotations and their speakers.
//!
//! Direct quotes are the text between quotation marks (« », “ ”, „ “, ‹ ›, straight `"`);
//! indirect quotes are what follows a reporting verb (قال، أضاف، ذكر، أشار، أكد، أوضح، صرح،
//! نفى، اعتبر، تابع، أعلن، كشف … in every third person, tense and gender, with و/ف attached,
//! and their participles مضيفا، مشيرة …) and its complementizer (أن، إن، بأن، أنه …; إلى أن,
//! على أن, من أن after the verbs that take them), up to the end of the sentence or the next
//! reporting verb that continues the report (`، وأشارت إلى أن`, `مضيفة أنها`).
//!
//! The speaker is the noun phrase between the verb and the complementizer or quote: a named
//! entity (its group's canonical name, the rest kept as the role: `مصطفى بالي المتحدث باسم
//! قوات سوريا الديمقراطية`), else a description cut before a relative clause or a
//! prepositional phrase (`مسؤول دفاعي أمريكي طلب عدم نشر اسمه` → `مسؤول دفاعي أمريكي`).
//! A verb without an explicit subject after it (`وأضاف`, `وذكرت`) takes the subject written
//! just before it in its clause (`لكن عفرين قال إن`) or else the previous speaker whose verb
//! agrees in gender and number.

use crate::ner::Entities;
use crate::token::sentence::{straight_quote_style, StraightStyle};
use crate::token::{straight_quote_opens, Token, TokenKind};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// Direct (in quotation marks) or indirect (a reported clause).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Words between quotation marks.
    Direct,
    /// A clause after a reporting verb and أن/إن.
    Indirect,
}

impl QuoteKind {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// How the speaker of a quote was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    /// Written after the reporting verb (`وقال عدنان عفرين إن`) or after the quote.
    Explicit,
    /// Written before the reporting verb in its clause (`لكن عفرين قال إن`).
    BeforeCue,
    /// The verb has no explicit subject: the previous speaker whose verb agrees with it.
    Previous,
    /// A participle or a quotation without a reporting verb: the subject of the verb that
    /// opens its sentence.
    Clause,
    /// The verb has no explicit subject and no earlier speaker agrees with it: the person
    /// named last before it (in its sentence or the one before).
    Nearest,
    /// No speaker could be found.
    None,
}

impl Attribution {
    /// The name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Attribution::Explicit => "explicit",
            Attribution::BeforeCue => "before_cue",
            Attribution::Previous => "previous",
            Attribution::Nearest => "nearest",
            Attribution::Clause => "clause",
            Attribution::None => "none",
        }
    }
}

/// The resolved speaker of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Token range of the speaker mention (for a previous speaker: that earlier mention).
    pub tokens: Range<usize>,
    /// The speaker's name: the canonical name of its entity group, or the description.
    pub name: String,
    /// The entity type (`PER`, `ORG`, …), or `None` for a description.
    pub label: Option<String>,
    /// Token range of the role or title written with the name (`المتحدث باسم …`).
    pub role: Option<Range<usize>>,
}

/// A quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Direct or indirect.
    pub kind: QuoteKind,
    /// Token range of the reporting verb, if any.
    pub cue: Option<Range<usize>>,
    /// Token range of the quoted content: inside the marks for a direct quote; from the
    /// complementizer (أن …) to the end of the reported clause for an indirect one.
    pub content: Range<usize>,
    /// The speaker, if one was found.
    pub speaker: Option<Speaker>,
    /// How the speaker was found.
    pub attribution: Attribution,
}

/// Gender and number of a reporting verb's subject (for resolving an implicit subject).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Agreement {
    Masculine,
    Feminine,
    Plural,
}

#[derive(Debug, Clone, Copy)]
struct Cue {
    agreement: Agreement,
    participle: bool,
    /// Also a common noun or preposition (`بين` "between", `كتب` "books"): a verb only
    /// after a clause conjunction (`فيما بين فلان أن`) or with و attached.
    ambiguous: bool,
    /// One of those homographs in any form (`وعبر` "and through", `وبين` "and between"): its
    /// complementizer must come within [`HOMOGRAPH_REACH`] tokens.
    homograph: bool,
    /// The preposition between verb and complementizer (`الي` for أشار إلى أن), if any.
    prep: Option<&'static str>,
    /// A verbal noun whose speaker is the object of `عن` before it (`نقلت الوكالة عن مصدر
    /// قوله إن`).
    quoted_from: bool,
    /// A verb that conveys another's words: the source after its `عن` speaks (`نقلت
    /// الوكالة عن مصدر أن`).
    conveys: bool,
    /// `جاء في البيان أن`, `وجاء في بلاغ لوزارة الداخلية أنه`: the statement (or its owner,
    /// named after it) speaks.
    statement: bool,
    /// `وجدد فلان تأكيده على أن`: the verb renews a verbal noun of saying; the subject stands
    /// before that noun.
    renews: bool,
}

/// Reporting verbs, folded: past 3ms, past 3fs, past 3mp, present stem (after ي/ت),
/// active participle (masculine), the preposition it takes before أن, and whether the bare
/// past 3ms form is too ambiguous to use (بين "between"), and whether it conveys another's
/// words (نقل … عن).
struct Verb {
    past: [&'static str; 3],
    present: &'static str,
    participle: Option<&'static str>,
    prep: Option<&'static str>,
    bare_ambiguous: bool,
    conveys: bool,
}

const fn v(
    past: [&'static str; 3],
    present: &'static str,
    participle: Option<&'static str>,
    prep: Option<&'static str>,
) -> Verb {
    Verb {
        past,
        present,
        participle,
        prep,
        bare_ambiguous: false,
        conveys: false,
    }
}

const VERBS: &[Verb] = &[
    v(["قال", "قالت", "قالوا"], "قول", Some("قائل"), None),
    v(["اضاف", "اضافت", "اضافوا"], "ضيف", Some("مضيف"), None),
    v(["ذكر", "ذكرت", "ذكروا"], "ذكر", Some("مذكر"), None),
    v(
        ["اشار", "اشارت", "اشاروا"],
        "شير",
        Some("مشير"),
        Some("الي"),
    ),
    v(["اكد", "اكدت", "اكدوا"], "ؤكد", Some("مؤكد"), None),
    v(["اوضح", "اوضحت", "اوضحوا"], "وضح", Some("موضح"), None),
    v(["صرح", "صرحت", "صرحوا"], "صرح", Some("مصرح"), None),
    v(["نفي", "نفت", "نفوا"], "نفي", Some("نافي"), None),
    v(["اعتبر", "اعتبرت", "اعتبروا"], "عتبر", Some("معتبر"), None),
    v(["تابع", "تابعت", "تابعوا"], "تابع", Some("متابع"), None),
    v(["اعلن", "اعلنت", "اعلنوا"], "علن", Some("معلن"), None),
    v(["افاد", "افادت", "افادوا"], "فيد", None, None),
    v(["كشف", "كشفت", "كشفوا"], "كشف", Some("كاشف"), None),
    v(["لفت", "لفتت", "لفتوا"], "لفت", Some("لافت"), Some("الي")),
    v(["شدد", "شددت", "شددوا"], "شدد", Some("مشدد"), Some("علي")),
    v(["حذر", "حذرت", "حذروا"], "حذر", Some("محذر"), Some("من")),
    v(
        ["اعترف", "اعترفت", "اعترفوا"],
        "عترف",
        Some("معترف"),
        Some("ب"),
    ),
    v(["زعم", "زعمت", "زعموا"], "زعم", Some("زاعم"), None),
    // justified (`وبرر العمدة قراره بأن …`); no participle: مبرر is also "justification"
    v(["برر", "بررت", "برروا"], "برر", None, None),
    // threatened, vowed (`وتوعدت بيونغ يانغ بأن …`)
    v(["توعد", "توعدت", "توعدوا"], "توعد", Some("متوعد"), None),
    // denied (`أنكر أن تكون الطلقة صادرة من سلاحه`)
    v(["انكر", "انكرت", "انكروا"], "نكر", Some("منكر"), None),
    // no participle: مقره is "its headquarters"
    v(["اقر", "اقرت", "اقروا"], "قر", None, Some("ب")),
    v(["فسر", "فسرت", "فسروا"], "فسر", Some("مفسر"), None),
    // ruled out (استبعد أن)
    v(
        ["استبعد", "استبعدت", "استبعدوا"],
        "ستبعد",
        Some("مستبعد"),
        None,
    ),
    // insisted (أصر على أن، أصر أن); no participle: مصر is Egypt
    v(["اصر", "اصرت", "اصروا"], "صر", None, Some("علي")),
    Verb {
        past: ["كتب", "كتبت", "كتبوا"],
        present: "كتب",
        participle: None,
        prep: None,
        bare_ambiguous: true,
        conveys: false,
    },
    v(["اورد", "اوردت", "اوردوا"], "ورد", None, None),
    v(["لاحظ", "لاحظت", "لاحظوا"], "لاحظ", Some("ملاحظ"), None),
    v(["رجح", "رجحت", "رجحوا"], "رجح", Some("مرجح"), None),
    v(["وصف", "وصفت", "وصفوا"], "صف", Some("واصف"), None),
    Verb {
        past: ["عبر", "عبرت", "عبروا"],
        present: "عبر",
        participle: Some("معبر"),
        prep: Some("عن"),
        bare_ambiguous: true,
        conveys: false,
    },
    // `وخلص التقرير إلى أن`
    v(["خلص", "خلصت", "خلصوا"], "خلص", None, Some("الي")),
    // a forecast or an opinion stated (توقع صندوق النقد أن، ورأى الخبير أن); not a belief
    // (لا تعتقد أن)
    v(["توقع", "توقعت", "توقعوا"], "توقع", Some("متوقع"), None),
    v(["راي", "رات", "راوا"], "ري", None, None),
    v(["ادعي", "ادعت", "ادعوا"], "دعي", Some("مدعي"), None),
    v(["نوه", "نوهت", "نوهوا"], "نوه", Some("منوه"), Some("الي")),
    // warned, pointed out (`منبها إلى أن الدولة غير قادرة`)
    v(["نبه", "نبهت", "نبهوا"], "نبه", Some("منبه"), Some("الي")),
    Verb {
        // also "the most prominent" (أبرز المتهمين)
        past: ["ابرز", "ابرزت", "ابرزوا"],
        present: "برز",
        participle: Some("مبرز"),
        prep: None,
        bare_ambiguous: true,
        conveys: false,
    },
    Verb {
        // also "transported" (نقل المصابين); `نقلت الوكالة عن مصدر أن`: the source after عن
        // speaks
        past: ["نقل", "نقلت", "نقلوا"],
        present: "نقل",
        participle: None,
        prep: None,
        bare_ambiguous: true,
        conveys: true,
    },
    Verb {
        // a text stipulates (`ينص القانون على أن`, `وينص البند 131 من الدستور على أن`); the
        // bare past is also the noun "text" (`نص البلاغ`)
        past: ["نص", "نصت", "نصوا"],
        present: "نص",
        participle: None,
        prep: Some("علي"),
        bare_ambiguous: true,
        conveys: false,
    },
    Verb {
        // a medium published that (`ونشر موقع "المحور" الجزائري أن`); the bare past is also
        // the noun "publishing", "deployment" (`نشر الخبر`, `نشر قوات`)
        past: ["نشر", "نشرت", "نشروا"],
        present: "نشر",
        participle: None,
        prep: None,
        bare_ambiguous: true,
        conveys: false,
    },
    Verb {
        past: ["بين", "بينت", "بينوا"],
        present: "بين",
        participle: Some("مبين"),
        prep: None,
        bare_ambiguous: true,
        conveys: false,
    },
];

fn cues() -> &'static HashMap<String, Cue> {
    static T: OnceLock<HashMap<String, Cue>> = OnceLock::new();
    T.get_or_init(|| {
        use Agreement::*;
        let mut m = HashMap::new();
        for vb in VERBS {
            let mut add_as = |form: String, agreement, participle, ambiguous| {
                m.entry(form).or_insert(Cue {
                    agreement,
                    participle,
                    ambiguous,
                    homograph: vb.bare_ambiguous,
                    prep: vb.prep,
                    quoted_from: false,
                    conveys: vb.conveys,
                    statement: false,
                    renews: false,
                });
            };
            let [ms, fs, mp] = vb.past;
            add_as(ms.to_string(), Masculine, false, vb.bare_ambiguous);
            let mut add =
                |form: String, agreement, participle| add_as(form, agreement, participle, false);
            // the dual; not for نقل, whose `نقلا عن` is the verbal noun ("quoting")
            if !vb.conveys {
                add(format!("{ms}ا"), Masculine, false);
            }
            add(fs.to_string(), Feminine, false);
            add(format!("{fs}ا"), Feminine, false);
            add(mp.to_string(), Plural, false);
            let p = vb.present;
            add(format!("ي{p}"), Masculine, false);
            if !vb.bare_ambiguous {
                // تبين "it turned out", تعبر …
                add(format!("ت{p}"), Feminine, false);
            }
            add(format!("ي{p}ون"), Plural, false);
            add(format!("ي{p}ان"), Masculine, false);
            add(format!("ت{p}ان"), Feminine, false);
            if let Some(pt) = vb.participle {
                add(format!("{pt}ا"), Masculine, true);
                add(format!("{pt}ه"), Feminine, true);
                add(format!("{pt}ين"), Plural, true);
                add(format!("{pt}ون"), Plural, true);
            }
        }
        // `نقلت الوكالة عن مصدر قوله إن`, `… قولها «…»`
        for (form, agreement) in [
            ("قوله", Masculine),
            ("قولها", Feminine),
            ("قولهم", Plural),
            ("قولهما", Masculine),
        ] {
            m.insert(
                form.to_string(),
                Cue {
                    agreement,
                    participle: true,
                    ambiguous: false,
                    homograph: false,
                    prep: None,
                    quoted_from: true,
                    conveys: false,
                    statement: false,
                    renews: false,
                },
            );
        }
        // `مكتفيا بالقول إن`, `وختم بالقول`: the clause's subject speaks
        m.insert(
            "بالقول".to_string(),
            Cue {
                agreement: Masculine,
                participle: true,
                ambiguous: false,
                homograph: false,
                prep: None,
                quoted_from: false,
                conveys: false,
                statement: false,
                renews: false,
            },
        );
        m
    })
}

/// The reporting-verb reading of a folded token (و/ف may be attached to a finite verb),
/// ambiguous bare forms included.
fn cue_any(w: &str) -> Option<Cue> {
    let t = cues();
    if let Some(c) = t.get(w) {
        return Some(*c);
    }
    let rest = w.strip_prefix(['و', 'ف'])?;
    t.get(rest).copied().filter(|c| !c.participle).map(|c| Cue {
        ambiguous: false,
        ..c
    })
}

/// The reporting-verb reading of a folded token out of context (ambiguous bare forms
/// excluded).
fn cue_of(w: &str) -> Option<Cue> {
    cue_any(w).filter(|c| !c.ambiguous)
}

/// A verb whose cue depends on the words after it, with its agreement: `جاء`/`ورد` report
/// after `في` + a document noun (`جاء في البيان أن`), `علم(ت)` when a source follows `من`
/// (`علمت الإذاعة من مصادر أن`), `قاله` before a colon (`ما قاله X: "…"`), `جدد` before a verbal
/// noun of asserting (`جدد تأكيده على أن`). `next(k)` is the k-th word after the verb in its
/// sentence, "" past it.
fn contextual_cue<'w>(w: &str, next: impl Fn(usize) -> &'w str) -> Option<Cue> {
    use Agreement::*;
    let bare = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let cue = |agreement, statement, renews, prep| Cue {
        agreement,
        participle: false,
        ambiguous: false,
        homograph: false,
        prep,
        quoted_from: false,
        conveys: false,
        statement,
        renews,
    };
    match bare {
        "جاء" | "ورد" => {
            let noun = next(1);
            let noun = noun.strip_prefix("ال").unwrap_or(noun);
            (next(0) == "في" && is_document_noun(noun)).then(|| cue(Masculine, true, false, None))
        }
        // `علمت الجوهرة أف أم من مصادر رسمية أن`: the source after من speaks
        "علمت" | "علم" => (0..6).any(|k| next(k) == "من").then(|| Cue {
            conveys: true,
            ..cue(
                if bare == "علمت" {
                    Feminine
                } else {
                    Masculine
                },
                false,
                false,
                None,
            )
        }),
        // `ما قاله عام 2015 مؤسس الشركة: "…"`: what he said, quoted after a colon
        "قاله" | "قالته" | "قالوه" => {
            let agreement = match bare {
                "قالته" => Feminine,
                "قالوه" => Plural,
                _ => Masculine,
            };
            (0..12)
                .any(|k| next(k) == ":")
                .then(|| cue(agreement, false, false, None))
        }
        // `تعلم الشركة التونسية للكهرباء والغاز أن`, `وأعلمت الوزارة أن`: informs, with a
        // definite subject right after (not `تعلم أن` "you know that")
        "اعلم" | "اعلمت" | "يعلم" | "تعلم" => {
            let agreement = if matches!(bare, "اعلمت" | "تعلم") {
                Feminine
            } else {
                Masculine
            };
            // (not `يعلم الجميع أن`: everyone knows)
            let subject = (next(0).starts_with("ال") || next(1).starts_with("ال"))
                && !matches!(next(0), "الجميع" | "الكل");
            (subject && (1..10).any(|k| is_complementizer(next(k))))
                .then(|| cue(agreement, false, false, None))
        }
        "جدد" | "جددت" | "جددوا" | "يجدد" | "تجدد" | "يجددون" => {
            let agreement = match bare {
                "جددت" | "تجدد" => Feminine,
                "جددوا" | "يجددون" => Plural,
                _ => Masculine,
            };
            (0..5)
                .any(|k| is_emphasis_noun(next(k)))
                .then(|| cue(agreement, false, true, Some("علي")))
        }
        _ => None,
    }
}

/// Inquiries and data whose findings are no one's statement (folded, without the article):
/// `بينت التحريات أن`, `التحقيقات تشير إلى أن`, `المعلومات التي تشير إلى أنه`.
fn is_inquiry_noun(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    // (`وكشفت لدراسة`: الدراسة misspelt)
    let w = w
        .strip_prefix('ل')
        .filter(|r| r.starts_with('د'))
        .unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    matches!(
        w,
        "تحريات"
            | "تحقيقات"
            // studies, statistics, polls (`وكشفت الدراسة أن`)
            | "دراسه"
            | "دراسات"
            | "احصائيات"
            | "استطلاع"
            | "ابحاث"
            | "معطيات"
            | "معلومات"
            | "مؤشرات"
            | "ارقام"
            | "نتائج"
            // medical tests (`أظهرت الفحوصات أن`)
            | "فحوصات"
            | "فحوص"
            | "تحاليل"
    )
}

/// A form of `نص` "stipulate" (folded, with or without و): `ينص`, `وتنص`, `نصت`.
fn is_stipulation(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    matches!(w, "نص" | "نصت" | "ينص" | "تنص" | "ينصان" | "تنصان")
}

/// The agreement of the pronoun in `من جهته` / `من جانبها` … (folded), which gives someone the
/// turn to speak; `None` for any other word.
fn turn_agreement(w: &str) -> Option<Agreement> {
    match w {
        "جهته" | "جانبه" => Some(Agreement::Masculine),
        "جهتها" | "جانبها" => Some(Agreement::Feminine),
        "جهتهم" | "جانبهم" => Some(Agreement::Plural),
        _ => None,
    }
}

/// A noun with a plural possessive pronoun (folded): `نعتهم`, `مطالبهما` — an object, never
/// the subject that speaks.
fn is_possessed_plural(w: &str) -> bool {
    w.chars().count() >= 4 && (w.ends_with("هم") || w.ends_with("هما") || w.ends_with("هن"))
}

/// A demonstrative pronoun (folded, with or without و): `هذا`, `وذلك`.
fn is_demonstrative(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    matches!(w, "هذا" | "هذه" | "ذلك" | "تلك")
}

/// `رأى` and its forms (folded): an opinion stated with أن, never a quotation (`رأى سكينين`
/// is "saw").
fn is_opinion_verb(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    matches!(w, "راي" | "رات" | "راوا" | "يري" | "تري" | "يرون")
}

/// The reporting verb (of [`VERBS`]) whose present stem `w` is with its person prefix
/// (`يرجح`, `تفيد`, `يقولون`; folded, no conjunction).
fn present_verb(w: &str) -> Option<&'static Verb> {
    let stem = w.strip_prefix(['ي', 'ت'])?;
    let stem = stem.strip_suffix("ون").unwrap_or(stem);
    VERBS.iter().find(|v| v.present == stem)
}

/// Whether `w` (folded, و/ف taken off) is a past or present form of the verb of [`VERBS`]
/// whose bare past is `past` (`قال`: قال، قالت، قالوا، يقول، تقول، يقولون).
fn is_form_of(w: &str, past: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    VERBS
        .iter()
        .find(|v| v.past[0] == past)
        .is_some_and(|v| v.past.contains(&w) || present_verb(w).is_some_and(|p| std::ptr::eq(p, v)))
}

/// Forms of قال "said".
fn is_say(w: &str) -> bool {
    is_form_of(w, "قال")
}

/// `نشر` "published" in its past and present forms.
fn is_publishing_verb(w: &str) -> bool {
    is_form_of(w, "نشر")
}

/// Documents that say something (folded, without the article): `جاء في البيان أن`.
fn is_document_noun(w: &str) -> bool {
    matches!(
        w,
        "بيان"
            | "بلاغ"
            | "تقرير"
            | "رساله"
            | "تدوينه"
            | "تغريده"
            | "نص"
            // legal texts (`جاء في التعديل الأخير لمجلة الإجراءات الجزائية أن`)
            | "تعديل"
            | "وثيقه"
            | "مذكره"
            | "لائحه"
            | "نشريه"
            | "نشره"
            | "برقيه"
    )
}

/// The verbal noun of asserting with its pronoun (folded): `تأكيده`, `التأكيد`.
fn is_emphasis_noun(w: &str) -> bool {
    matches!(w, "التاكيد" | "تاكيده" | "تاكيدها" | "تاكيدهم" | "تاكيدهما")
}

/// A verb spelt with the passive vowel (`وُصفت`, `أُعلن`; not a present tense, whose
/// prefix takes a damma in the active too): nobody is named as saying it.
fn passive_spelling(raw: &str) -> bool {
    let mut cs = raw.chars();
    let (Some(c0), Some(c1)) = (cs.next(), cs.next()) else {
        return false;
    };
    let c2 = cs.next();
    // a conjunction و/ف carries no damma: `ووُصفت`
    let (first, second) = if c2.is_some() && matches!(c0, 'و' | 'ف') && c1 != '\u{064F}' {
        (c1, c2)
    } else {
        (c0, Some(c1))
    };
    second == Some('\u{064F}') && !matches!(first, 'ي' | 'ت' | 'ن')
}

/// Whether a folded token is a reporting verb (قال، وأضاف، مشيرا …).
pub fn is_reporting_verb(w: &str) -> bool {
    cue_of(w).is_some()
}

/// Folded complementizers: أن/إن with their attached pronouns, and بأن.
fn is_complementizer(w: &str) -> bool {
    let w = w.strip_prefix('ب').unwrap_or(w);
    matches!(
        w,
        "ان" | "انه"
            | "انها"
            | "انهم"
            | "انهما"
            | "انهن"
            | "انني"
            | "اني"
            | "اننا"
            | "انكم"
    )
}

/// Most tokens of a title written between commas after a name (`محمد جمور، نائب أمين عام
/// الحزب …، قال`).
const MAX_APPOSITION: usize = 30;

/// Folded forms of `تساءل` (asked), with the misspellings news writes (`تسآل`, `تسائل`),
/// with or without و.
fn is_question_verb(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    matches!(
        w,
        "تساءل"
            | "تساءلت"
            | "تسال"
            | "تسالت"
            | "تسائل"
            | "تسائلت"
            | "تسايل"
            | "تسايلت"
    )
}

/// Folded ordinal and "other" adjectives (`مصدر ثان`, `مسؤول آخر`), which describe the noun
/// before them.
fn is_ordinal_adjective(w: &str) -> bool {
    matches!(
        w,
        "ثان"
            | "ثاني"
            | "ثانيه"
            | "ثالث"
            | "ثالثه"
            | "رابع"
            | "رابعه"
            | "اخر"
            | "اخري"
            | "اخرون"
            | "اخرين"
    )
}

/// Prepositions that end a subject: a name after them is not the speaker.
fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "في" | "خلال"
            | "علي"
            | "لدي"
            | "عقب"
            | "بعد"
            | "قبل"
            | "اثناء"
            | "امام"
            | "عن"
            | "الي"
            | "من"
            | "مع"
            | "ل"
            | "ب"
            // `وأكد الغربي عبر حساب على "فيسبوك" أن`: via
            | "عبر"
    ) || is_attribution(w)
        || is_preposition_with_pronoun(w)
}

/// A preposition carrying a third-person or `نا` pronoun (`فيها`, `عنه`, `له`, `منهم`,
/// `لديهم`; folded): never a subject (`بي` of `بي بي سي` is not one).
fn is_preposition_with_pronoun(w: &str) -> bool {
    ["في", "عن", "من", "ل", "ب", "مع", "علي", "الي", "لدي"]
        .iter()
        .filter_map(|p| w.strip_prefix(p))
        .any(|rest| matches!(rest, "ه" | "ها" | "هم" | "هما" | "هن" | "نا"))
}

/// Words after which a following word is no longer part of a speaker description:
/// prepositions, relative pronouns, time words.
/// Folded relative pronouns.
fn is_relative_pronoun(w: &str) -> bool {
    matches!(
        w,
        "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللتين"
            | "اللذان"
            | "اللتان"
            | "اللواتي"
            | "اللاتي"
    )
}

fn ends_description(w: &str) -> bool {
    is_preposition(w)
        || is_relative_pronoun(w)
        || is_auxiliary(w)
        || matches!(
            w,
            // `علياء وهي تونسية عاشت …`: a clause about the subject; `الحزب ما صدر`: what
            "وهو" | "وهي" | "وهم" | "ما"
        )
        || matches!(
            w,
            // `وأكد الزار بخصوص توريد الخرفان أن`: what it is about
            "بخصوص" | "بشان" | "حول"
        )
        || matches!(
            w,
            "ايضا"
                | "كذلك"
                | "بدوره"
                | "بدورها"
                | "بدورهم"
                | "يوم"
                | "امس"
                | "اليوم"
                | "صباح"
                | "مساء"
                | "لرويترز"
                | "لوكاله"
                | "للصحفيين"
                | "لوسائل"
                | "لقناه"
                | "لصحيفه"
                | "لاذاعه"
        )
}

/// A bare verb of describing (`وصف`, `ووصفت`, `يصف`; no object suffix): its object stands
/// between the subject and `بأن`.
fn is_describing_verb(w: &str) -> bool {
    matches!(
        w.strip_prefix('و').unwrap_or(w),
        "وصف" | "وصفت" | "وصفوا" | "يصف" | "تصف"
    )
}

/// Participles that open a clause of their own after a report (`داعيا إلى`, `مطالبا ب`):
/// the reported content ends before them.
fn is_clause_participle(w: &str) -> bool {
    // (and the plural: `، مطالبين بتوفير الحماية`)
    let stem = w
        .strip_suffix('ا')
        .or_else(|| w.strip_suffix('ه'))
        .or_else(|| w.strip_suffix("ين"))
        .or_else(|| w.strip_suffix("ون"))
        .unwrap_or("");
    matches!(
        stem,
        "داعي"
            | "مطالب"
            | "مشبه"
            | "معرب"
            | "مبرز"
            | "منوه"
            | "مستدرك"
            | "متسائل"
            | "مستنكر"
            // praising, denouncing, criticising (`مشيدا بموقف`, `منددا بتجاهل`)
            | "مشيد"
            | "مثمن"
            | "مندد"
            | "منتقد"
            // accusing (`متهما إياها بسرد الأكاذيب`)
            | "متهم"
            // threatening (`ملوحا بالتصعيد`)
            | "ملوح"
    )
}

/// Nouns for what someone said (`تصريحات`, `كلمة`, `بيان` …; folded, with a proclitic
/// preposition or conjunction): the noun phrase after one names its speaker.
fn is_statement_noun(w: &str) -> bool {
    let w = w
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() > 3)
        .unwrap_or(w);
    let w = w
        .strip_prefix(['ب', 'ل'])
        .filter(|r| r.chars().count() > 3)
        .unwrap_or(w);
    matches!(
        w,
        "تصريحات"
            | "تصريح"
            | "كلمه"
            | "خطاب"
            | "بيان"
            | "رساله"
            | "تغريده"
            | "مقابله"
            | "حديث"
    )
}

/// Words that attribute what comes before them (`وفق تعبيره`, `على حد قوله`, `حسب البلاغ`):
/// a reported clause ends before them, a speaker description too.
fn is_attribution(w: &str) -> bool {
    matches!(
        w,
        "وفق" | "وفقا" | "حسب" | "بحسب" | "طبقا" | "نقلا" | "ووفق" | "وحسب" | "وبحسب"
    )
}

/// `تعبيره`, `قوله`, `تصريحها` …: the speaker's own words, after `حسب`/`وفق`.
fn is_own_words(w: &str) -> bool {
    ["تعبير", "قول", "تصريح", "كلام"].iter().any(|n| {
        w.strip_prefix(n)
            .is_some_and(|p| matches!(p, "ه" | "ها" | "هم" | "هما"))
    })
}

/// Verbs that open a relative clause after an indefinite description when no
/// morphosyntax model tells verbs apart (`مسؤول طلب عدم نشر اسمه`).
fn anonymity_verb(w: &str) -> bool {
    matches!(
        w,
        "طلب"
            | "طلبت"
            | "رفض"
            | "رفضت"
            | "فضل"
            | "فضلت"
            | "اشترط"
            | "اشترطت"
            | "طالبا"
            | "رافضا"
    )
}

/// Independent personal pronouns (folded).
fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "انا"
            | "نحن"
            | "انت"
            | "انتم"
            | "انتما"
            | "انتن"
            | "هو"
            | "هي"
            | "هم"
            | "هما"
            | "هن"
    )
}

/// Words that make أن a conjunction of time, purpose or contrast (`قبل أن`, `إلا أن`).
fn is_conjunction_head(w: &str) -> bool {
    let w = w
        .strip_prefix('و')
        .filter(|r| r.chars().count() >= 3)
        .unwrap_or(w);
    matches!(
        w,
        "قبل"
            | "بعد"
            | "دون"
            | "بدون"
            | "الا"
            | "منذ"
            | "حتي"
            | "لكي"
            | "كي"
            | "لولا"
            | "غير"
            | "بمجرد"
            | "وبعد"
            | "وقبل"
            // `حيث أن`, `بما أن`: "since", "as"; `رغم أن`: "although"; `علما أن`: "noting that"
            | "علما"
            | "حيث"
            | "رغم"
            | "برغم"
            | "بالرغم"
            | "وحيث"
            | "بما"
    )
}

/// Whether a folded word carries the article, after its proclitics (`الشغل`, `للشغل`,
/// `وبالمنطقة`).
fn has_article(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    w.starts_with("ال")
        || w.starts_with("لل")
        || w.strip_prefix(['ب', 'ك'])
            .is_some_and(|r| r.starts_with("ال"))
}

/// Impersonal verbs with a complement clause (`تبين أن` "it turned out that", folded).
fn is_impersonal_verb(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    matches!(
        w,
        "تبين"
            | "يتبين"
            | "اتضح"
            | "يتضح"
            | "ثبت"
            | "يثبت"
            | "يبدو"
            | "بدا"
            | "اتضحت"
            | "تبينت"
    )
}

/// Words before a title in quotation marks (`ندوة حول "…"`, `بعنوان "…"`, `حملة "…"`).
fn is_title_noun(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ب', 'ل']).unwrap_or(w);
    matches!(
        w,
        "حول"
            | "بعنوان"
            | "عنوان"
            | "شعار"
            | "برنامج"
            | "ندوه"
            | "مؤتمر"
            | "حمله"
            | "كتاب"
            | "فيلم"
            | "مسرحيه"
            | "مبادره"
            | "مشروع"
            | "قانون"
            | "جمعيه"
            | "حركه"
            | "حزب"
            | "تنسيقيه"
            | "منظمه"
            | "صحيفه"
            | "جريده"
            | "مجله"
            | "قناه"
            | "اذاعه"
            | "موقع"
            | "عمليه"
            | "مهرجان"
            | "تظاهره"
            | "الندوه"
            | "البرنامج"
            | "الحمله"
            // `تحت تسمية "…"`
            | "تسميه"
            // a quoted name of a firm or an office (`مكتب "وان تو وان …"`)
            | "مكتب"
            | "شركه"
            | "مؤسسه"
            | "وكاله"
            | "مجموعه"
            | "نادي"
    )
}

/// Negations before a verb: a report that did not happen (`ولم توضح الصورة بأن`).
fn is_negation(w: &str) -> bool {
    matches!(w, "لم" | "ولم" | "لن" | "ولن" | "لا" | "ولا" | "فلم" | "ما")
}

/// An indefinite accusative participle (`مستنكرا`, `متسائلا`): a circumstantial phrase,
/// never a subject.
fn is_circumstantial(w: &str) -> bool {
    w.starts_with('م')
        && w.ends_with('ا')
        && w.chars().count() >= 5
        // `مراسلنا`, `محدثنا`: "our correspondent" is a subject
        && !w.strip_suffix("نا").is_some_and(|stem| {
            matches!(
                stem,
                "مراسل" | "مراسله" | "موفد" | "مبعوث" | "مصدر" | "مندوب" | "محدث" | "محاور"
            )
        })
}

/// Nouns of an action done to someone, in construct before a name (`تعيين خميس الجهيناوي`,
/// `اغتيال شكري بلعيد`; folded).
fn is_action_noun(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    matches!(
        w,
        "تعيين"
            | "اقاله"
            | "استقاله"
            | "اغتيال"
            | "اعتقال"
            | "ايقاف"
            | "مقتل"
            | "وفاه"
            | "ترشيح"
            | "انتخاب"
            | "عزل"
            | "تكليف"
            | "اختطاف"
    )
}

/// Nouns of kinship or mourning in construct before a name (`أرملة الشهيد محمد البراهمي`,
/// `نجل الرئيس`, folded): the person named after them is not who speaks.
fn is_relation_noun(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    matches!(
        w,
        "ارمله"
            | "زوجه"
            | "زوج"
            | "ابن"
            | "ابنه"
            | "نجل"
            | "نجله"
            | "شقيق"
            | "شقيقه"
            | "اخ"
            | "اخت"
            | "والد"
            | "والده"
            | "عائله"
            | "اسره"
            | "شهيد"
            | "فقيد"
            | "راحل"
            | "مرحوم"
            // supporters, followers (`غالبية انصار بلعيد`: they speak, not the name)
            | "انصار"
            | "انصاره"
            | "مناصري"
            | "انصارها"
    )
}

/// Honorifics with a pronoun (`وقال سماحته`, `معاليه`, `سموه`): they refer back to a person
/// named before, so the verb is resolved like one without a subject.
fn is_honorific(w: &str) -> bool {
    matches!(
        w,
        "سماحته"
            | "معاليه"
            | "معاليها"
            | "سموه"
            | "سموها"
            | "فضيلته"
            | "جلالته"
            | "فخامته"
            | "سعادته"
            | "سعادتها"
            | "دولته"
    )
}

/// Auxiliaries between a subject and its verb (`كانت أعلنت`, `قد أكد`).
fn is_auxiliary(w: &str) -> bool {
    is_kana(w) || is_qad(w)
}

/// Forms of كان, which may have the subject after them (`وكان ترامب وصف`).
fn is_kana(w: &str) -> bool {
    matches!(
        w,
        "كان" | "كانت" | "كانوا" | "وكان" | "وكانت" | "وكانوا" | "فكان" | "فكانت"
    )
}

/// The particle قد, always right before a verb (`وقد عبر`, `قد أكد`).
fn is_qad(w: &str) -> bool {
    matches!(w, "قد" | "لقد" | "وقد" | "فقد")
}

/// Discourse words that may stand between a clause boundary and a subject placed before
/// its verb (`لكن عفرين قال`).
fn is_discourse(w: &str) -> bool {
    matches!(
        w,
        "لكن"
            | "ولكن"
            | "بينما"
            | "فيما"
            | "ثم"
            | "كما"
            | "حيث"
            | "اما"
            | "واما"
            | "غير"
            | "الا"
    )
}

/// Words after which a form that may be a noun is a verb (`فيما بين`, `وقد عبر`).
fn opens_verb(w: &str) -> bool {
    // (`و بيّن فريد أن`: the conjunction written apart)
    matches!(w, "فيما" | "بينما" | "كما" | "و" | "ف") || is_qad(w)
}

fn is_comma(s: &str) -> bool {
    matches!(s, "،" | "," | "؛" | ";")
}

/// Which quotation character, if the token is one.
fn quote_char(s: &str) -> Option<char> {
    let mut cs = s.chars();
    let c = cs.next()?;
    if cs.next().is_some() {
        return None;
    }
    matches!(c, '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '"').then_some(c)
}

fn closes(open: char, c: char) -> bool {
    match open {
        '«' => c == '»',
        '‹' => c == '›',
        '“' | '”' | '„' => matches!(c, '”' | '“'),
        '"' => c == '"',
        _ => false,
    }
}

fn opens(c: char) -> bool {
    matches!(c, '«' | '“' | '”' | '„' | '‹' | '"')
}

/// The shortest quotation, in words (the guideline's three: shorter quoted bits are labels).
const MIN_QUOTE_WORDS: usize = 3;

/// The shortest quotation without a reporting verb that is reported (shorter ones are
/// names, titles, slogans and scare quotes), in tokens.
const MIN_BARE_QUOTE: usize = 5;

/// The longest speaker description, in tokens.
const MAX_DESCRIPTION: usize = 8;

/// Nouns of speech events, occasions and time (folded, without the article): `في تصريح`,
/// `في البيان`, `على هامش` open an adverbial, not part of the speaker.
fn is_event_noun(w: &str) -> bool {
    matches!(
        w,
        // `وتقدمت الشركة بالاعتذار عن`
        "اعتذار"
            | "تصريح"
            | "تصريحات"
            | "تصريحه"
            | "بيان"
            | "بلاغ"
            | "مداخله"
            | "حديث"
            | "حوار"
            | "مقابله"
            | "كلمه"
            | "اتصال"
            | "ندوه"
            | "مؤتمر"
            | "برنامج"
            | "تدوينه"
            | "تغريده"
            | "رساله"
            | "خطاب"
            | "لقاء"
            | "اجتماع"
            | "جلسه"
            | "تقرير"
            | "وقت"
            | "اطار"
            | "سياق"
            | "هامش"
            | "مقابل"
            | "صفحته"
            | "صفحتها"
            | "حسابه"
            | "حسابها"
            | "اضافه"
    )
}

/// How far after a reporting verb its complementizer or quote may be (the subject, a
/// title, `في تصريح لـ …`, a date and a place may stand between them).
const MAX_REGION: usize = 40;

/// The farthest a homograph verb's complementizer may be (`وبين الوكيل المساعد … د. فلان، أن`
/// is near; `وعبر شتى السبل بما فيها … أن` is not a report).
const HOMOGRAPH_REACH: usize = 15;

/// What the quote finder needs about the document.
pub struct QuoteInput<'a> {
    /// The text.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// The tokens' folded forms ([`crate::ner::forms::fold`]).
    pub folded: &'a [String],
    /// Sentences as token ranges, in order, covering all tokens.
    pub sentences: &'a [Range<usize>],
    /// Named entities, if a NER model ran.
    pub entities: Option<&'a Entities>,
    /// Per token, whether its main word is a verb (empty without a morphosyntax model).
    pub verbs: &'a [bool],
    /// Per token, whether it starts with a preposition (`لمراسل`; empty without a
    /// morphosyntax model).
    pub preps: &'a [bool],
    /// Token ranges of date expressions (skipped in subjects: `قال اليوم الثلاثاء فلان`).
    pub dates: &'a [Range<usize>],
}

/// Finds the quotations of a document, in text order.
pub fn find_quotes(input: &QuoteInput) -> Vec<Quote> {
    Finder::new(input).run()
}

struct Finder<'a, 'b> {
    inp: &'b QuoteInput<'a>,
    /// Direct quotes: (open mark token, close mark token or the paragraph end).
    marks: Vec<(usize, usize)>,
    /// Sentence index of each token.
    sentence_of: Vec<usize>,
    /// Entity index starting at each token.
    entity_at: HashMap<usize, usize>,
    /// Whether each token is a verb for the quote finder (see [`Finder::is_verb_at`]).
    verb_at: Vec<bool>,
}

impl<'a, 'b> Finder<'a, 'b> {
    fn new(inp: &'b QuoteInput<'a>) -> Self {
        let n = inp.tokens.len();
        let mut sentence_of = vec![0; n];
        for (k, s) in inp.sentences.iter().enumerate() {
            for x in s.clone() {
                if x < n {
                    sentence_of[x] = k;
                }
            }
        }
        let mut entity_at = HashMap::new();
        if let Some(es) = inp.entities {
            for (k, e) in es.mentions.iter().enumerate() {
                entity_at.insert(e.tokens.start, k);
            }
        }
        // a word with the article is no verb, whatever the tagger says (`الفارط`); nor is a
        // word of a date (`اليوم الثلاثاء 25 أفريل أن`, أفريل tagged VERB)
        let mut verb_at: Vec<bool> = (0..n)
            .map(|t| {
                inp.verbs.get(t).copied().unwrap_or(false)
                    && !has_article(inp.folded.get(t).map_or("", String::as_str))
            })
            .collect();
        for d in inp.dates {
            for t in d.clone().filter(|&t| t < n) {
                verb_at[t] = false;
            }
        }
        let mut f = Finder {
            inp,
            marks: Vec::new(),
            sentence_of,
            entity_at,
            verb_at,
        };
        f.marks = f.pair_marks();
        f
    }

    /// The agreement of a turn phrase `من جهته/جانبها …` opening at token `t`, if one does.
    fn turn_at(&self, t: usize) -> Option<Agreement> {
        (self.word(t) == "من")
            .then(|| turn_agreement(self.word(t + 1)))
            .flatten()
    }

    fn word(&self, i: usize) -> &str {
        self.inp.folded.get(i).map(String::as_str).unwrap_or("")
    }

    /// The original text of token `i` (empty past the last token, like [`Self::word`]).
    fn raw(&self, i: usize) -> &str {
        self.inp.tokens.get(i).map_or("", |t| t.text(self.inp.text))
    }

    fn paragraph_break_before(&self, i: usize) -> bool {
        i > 0 && {
            let (a, b) = (&self.inp.tokens[i - 1], &self.inp.tokens[i]);
            self.inp.text[a.byte_end..b.byte_start].contains(['\n', '\r', '\u{2029}'])
        }
    }

    /// Pairs quotation marks; an unclosed quote ends at its paragraph's end.
    fn pair_marks(&self) -> Vec<(usize, usize)> {
        let n = self.inp.tokens.len();
        let mut out = Vec::new();
        let mut open: Option<(usize, char)> = None;
        for i in 0..n {
            if let Some((o, _)) = open {
                if self.paragraph_break_before(i) {
                    if i - o > 1 {
                        out.push((o, i));
                    }
                    open = None;
                }
            }
            let tok = &self.inp.tokens[i];
            if tok.kind != TokenKind::Punct && tok.kind != TokenKind::Symbol {
                continue;
            }
            let Some(c) = quote_char(self.raw(i)) else {
                continue;
            };
            // (a straight mark glued between a complementizer and a word opens: `إن"مسؤولين`)
            let after_complementizer = c == '"'
                && i > 0
                && self.inp.tokens[i - 1].byte_end == tok.byte_start
                && is_complementizer(self.word(i - 1))
                && self.inp.text[tok.byte_end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            match open {
                // a straight mark written as an opening one (`ب"التدخل`, ` "الاشكال`) while
                // another is open: the earlier one was never closed and is dropped
                Some((_, '"'))
                    if c == '"'
                        && (straight_quote_opens(self.inp.text, &self.inp.tokens[i])
                            || after_complementizer) =>
                {
                    open = Some((i, c))
                }
                Some((o, oc)) if closes(oc, c) => {
                    if i > o + 1 {
                        out.push((o, i));
                    }
                    open = None;
                }
                Some(_) => {}
                // a straight mark written as a closing one, before punctuation, with none
                // open is stray (`… قواتنا المسلحة". وأفاد`); one before a word opens
                // however it is spaced (`وأضافت" قررت`)
                None if c == '"'
                    && straight_quote_style(self.inp.text, &self.inp.tokens[i])
                        == StraightStyle::Closes
                    && self.inp.text[self.inp.tokens[i].byte_end..]
                        .chars()
                        .next()
                        .is_none_or(|x| matches!(x, '.' | '،' | ',' | '؛' | ';' | '\n')) => {}
                None if opens(c) => open = Some((i, c)),
                None => {}
            }
        }
        if let Some((o, _)) = open {
            if n > o + 1 {
                out.push((o, n));
            }
        }
        out
    }

    /// Whether token `t` exists and is a quotation mark (a quote left open ends at the
    /// paragraph's end instead).
    fn is_mark(&self, t: usize) -> bool {
        t < self.inp.tokens.len() && quote_char(self.raw(t)).is_some()
    }

    /// Index in `marks` of the quotation opening at token `i` (marks are sorted by opening).
    fn mark_index(&self, i: usize) -> Option<usize> {
        self.marks.binary_search_by_key(&i, |m| m.0).ok()
    }

    fn mark_opening_at(&self, i: usize) -> Option<(usize, usize)> {
        self.mark_index(i).map(|k| self.marks[k])
    }

    fn sentence_end(&self, i: usize) -> usize {
        self.inp
            .sentences
            .get(self.sentence_of[i])
            .map(|s| s.end)
            .unwrap_or(self.inp.tokens.len())
    }

    fn sentence_start(&self, i: usize) -> usize {
        self.inp
            .sentences
            .get(self.sentence_of[i])
            .map(|s| s.start)
            .unwrap_or(0)
    }

    /// The reporting verb at `i`, in context: an ambiguous bare form only after a clause
    /// conjunction; `يذكر أن` ("it is mentioned that") is impersonal.
    fn cue_at(&self, i: usize) -> Option<Cue> {
        let w = self.word(i);
        // (a verb spelt passive names nobody; checked only for a verb that could report)
        let c = match cue_any(w) {
            Some(_) if passive_spelling(self.raw(i)) => return None,
            Some(c) => c,
            None => {
                // the k-th word after the verb in its sentence ("" past it)
                let end = self.sentence_end(i);
                let next = |k: usize| {
                    if i + 1 + k < end {
                        self.word(i + 1 + k)
                    } else {
                        ""
                    }
                };
                // `، معتبر أن`: a participle whose final alef was left out, after a comma and
                // before its complementizer
                let misspelt = (i > 0 && is_comma(self.raw(i - 1)))
                    .then(|| cue_any(&format!("{w}ا")))
                    .flatten()
                    .filter(|c| {
                        c.participle
                            && (is_complementizer(next(0))
                                || (c.prep == Some(next(0)) && is_complementizer(next(1))))
                    });
                if misspelt.is_some() {
                    return misspelt;
                }
                return contextual_cue(w, next).filter(|_| !passive_spelling(self.raw(i)));
            }
        };
        // (`مسؤول تابع للحكومة`: "affiliated to", an adjective, not "continued")
        if matches!(w, "تابع" | "تابعه" | "التابع" | "التابعه") && self.word(i + 1).starts_with('ل')
        {
            return None;
        }
        // (`ويلاحظ أنه`: "it is noted", the writer's, like `يذكر أن`)
        if matches!(w, "يذكر" | "ويذكر" | "يلاحظ" | "ويلاحظ") && is_complementizer(self.word(i + 1))
        {
            return None;
        }
        // `ولم توضح الصورة بأن`: not said
        if i > 0 && is_negation(self.word(i - 1)) {
            return None;
        }
        // `وبين` is "and between" unless it opens a clause (`… . وبين المدير أن`)
        if c.homograph && w.starts_with('و') && !c.ambiguous {
            let opens = i == self.sentence_start(i)
                || matches!(self.inp.tokens[i - 1].kind, TokenKind::Punct);
            if !opens {
                return None;
            }
        }
        // `على حد قوله` closes a report, it opens none
        if c.quoted_from && i > 0 && self.word(i - 1) == "حد" {
            return None;
        }
        // a verbal noun: `طلب عدم ذكر اسمه`, `رفض كشف اسمه`
        if (i > 0 && matches!(self.word(i - 1), "عدم" | "بعدم"))
            || (i + 1 < self.inp.tokens.len()
                && matches!(
                    self.word(i + 1),
                    "اسمه" | "اسمها" | "اسمهم" | "هويته" | "هويتها"
                ))
        {
            return None;
        }
        // (`من جهته بيّن الوالي أن`: after a turn phrase the clause opens with its verb)
        let after_turn = i > 1 && self.turn_at(i - 2).is_some();
        if c.ambiguous && !(i > 0 && opens_verb(self.word(i - 1))) && !after_turn {
            return None;
        }
        Some(c)
    }

    /// A reporting verb at `i` that opens a report: (cue, where its content starts, kind,
    /// end of the speaker region).
    fn report_at(&self, i: usize) -> Option<(Cue, usize, QuoteKind, usize)> {
        let r = self.report_at_any(i)?;
        // a text stipulates a clause (`ينص القانون على أن`); what follows `ينص … على :` in
        // marks is left to the bare quotations, like any quoted text
        (r.2 == QuoteKind::Indirect || !is_stipulation(self.word(i))).then_some(r)
    }

    /// [`Finder::report_at`] for every cue and kind.
    fn report_at_any(&self, i: usize) -> Option<(Cue, usize, QuoteKind, usize)> {
        let cue = self.cue_at(i)?;
        // (a homograph that opens its sentence with a named subject is the verb: `وبين
        // الهاروني، في تصريح … اليوم الخميس، أن`)
        // (or, after و, a definite subject: `وأبرز الناطق الرسمي باسم المجمع فلان في تصريح
        // …، أنه`)
        // (or `نفس/ذات` + a definite noun: `ونقل نفس المصدر الإخباري عن مصدر أمني … أن`)
        let same_source =
            matches!(self.word(i + 1), "نفس" | "ذات") && self.word(i + 2).starts_with("ال");
        // (or a title, a comma and a name: `وبيّن رئيس الحركة، محسن مرزوق في تصريح …، انه`)
        let titled_name = (i + 2..(i + 5).min(self.sentence_end(i))).any(|t| {
            self.entity_at.contains_key(&t)
                && (i + 1..t).all(|x| self.is_nominal(x) || is_comma(self.raw(x)))
                && is_comma(self.raw(t - 1))
        });
        let named_subject = i == self.sentence_start(i)
            && (self.entity_at.contains_key(&(i + 1))
                || titled_name
                || (self.word(i).starts_with('و')
                    && (self.word(i + 1).starts_with("ال") || same_source)));
        // (`ونقلت وسائل إعلام روسية عن رئيس مركز … مساء أمس الجمعة إن`: a verb that
        // conveys another's words, with its عن, is no homograph)
        let conveyed =
            cue.conveys && (i + 1..(i + 6).min(self.sentence_end(i))).any(|t| self.word(t) == "عن");
        let reach = if cue.homograph && !named_subject && !conveyed {
            HOMOGRAPH_REACH
        } else {
            MAX_REGION
        };
        let end = self.sentence_end(i).min(i + reach);
        let mut j = i + 1;
        while j < end {
            let w = self.word(j);
            if let Some((o, c)) = self.mark_opening_at(j) {
                // `رأى سكينين … "…"`: seeing, not saying
                if is_opinion_verb(self.word(i)) {
                    j = c + 1;
                    continue;
                }
                // `وكالة الأنباء السعودية "واس": "…"`: a quoted name before the colon that
                // opens the quotation
                if c - o <= 3 && self.raw(c + 1) == ":" && self.mark_opening_at(c + 2).is_some() {
                    j = c + 1;
                    continue;
                }
                // `على ملتقى بخصوص"الصيغة الأولية …" أنه`: quoted words right before the
                // complementizer name a thing; the complementizer opens the report
                if self.is_mark(c) && is_complementizer(self.word(c + 1)) {
                    j = c + 1;
                    continue;
                }
                // a short quoted name inside the subject (`وذكرت صحيفة «الخبر» أن`), or a
                // title (`ندوة حول "الخطة الاستراتيجية …"`, `برنامج "بوليتيكا"`)
                // (`مدير المهرجان "للولي الصالح …"`: a genitive goes on a name)
                // (`في تصريح لـ "الجوهرة اف أم".`: after لـ the marks hold the addressee's
                // name, even at the end of the sentence)
                let addressee = o > 0 && matches!(self.raw(o - 1), "لـ" | "ل");
                if addressee && c - o <= 6 {
                    j = c + 1;
                    continue;
                }
                let name_like = (c - o <= 4
                    || (o > 0 && is_title_noun(self.word(o - 1)))
                    || self.word(o + 1).starts_with("لل"))
                    && c + 1 < self.sentence_end(i)
                    && !matches!(self.raw(c + 1), "." | "!" | "?" | "؟" | ":");
                // `نفى … ما تناقلته وسائل الإعلام بشأن "…"`: what it is about, a topic, not
                // words of the subject (also at the end of the sentence)
                if o > 0 && matches!(self.word(o - 1), "بشان" | "بخصوص" | "وبشان" | "وبخصوص")
                {
                    j = c + 1;
                    continue;
                }
                // `منتدى دولي حول "التجديد في الفلاحة … انه`: a title whose closing mark was
                // left out; the report goes on after it
                if !self.is_mark(c) && o > 0 && is_title_noun(self.word(o - 1)) {
                    j = o + 1;
                    continue;
                }
                // `صورا تكشف قائمة تضم … كنيتهم " أبو عائشة …`: a mark never closed, after
                // another verb, quotes no one
                if !self.is_mark(c) && (i + 1..o).any(|t| self.is_verb_at(t)) {
                    return None;
                }
                // (`هذه الاستقالة تعتبر "زلزال …"`: the present of اعتبر before a
                // quotation is the passive "is considered")
                let considered = matches!(
                    self.word(i).strip_prefix('و').unwrap_or(self.word(i)),
                    "يعتبر" | "تعتبر" | "يعتبرون"
                );
                if considered {
                    return None;
                }
                if !name_like {
                    return Some((cue, o, QuoteKind::Direct, j));
                }
                j = c + 1;
                continue;
            }
            // `تبين أن`, `اتضح أن`: the complementizer of an impersonal verb, not ours
            if is_complementizer(w) && j > i + 1 && is_impersonal_verb(self.word(j - 1)) {
                return None;
            }
            // `أعلنت الوزارة عن تمديد الآجال باعتبار أن`: "given that"; `أكدا على التأكيد على
            // منهج … أن`: a verb that took على/عن and a noun has its object; the
            // complementizer is another's
            if is_complementizer(w)
                && ((j > i + 1 && matches!(self.word(j - 1), "باعتبار" | "وباعتبار" | "اعتبارا"))
                    // (the preposition as written: the name علي folds the same; right after
                    // the verb or after its named subject: `وأعلن مرزوق عن تشكيل لجنة …`; not
                    // قال, which says about something: `قال عن الموضوع إن`)
                    || (i + 1..(i + 3).min(j)).any(|p| {
                        matches!(self.raw(p), "على" | "عن")
                            && (p == i + 1 || self.entity_at.contains_key(&(i + 1)))
                            && cue.prep != Some(self.word(p))
                            && !is_say(self.word(i))
                            && j > p + 1
                            && !is_complementizer(self.word(p + 1))
                            && self.mark_opening_at(p + 1).is_none()
                            // (`على هامش`, `على إثر`, `عن طريق`: adverbial, no object)
                            && !matches!(
                                self.word(p + 1),
                                "هامش" | "اثر" | "خلفيه" | "طريق" | "لسان" | "مستوي"
                            )
                    }))
            {
                return None;
            }
            // `ووصف مصدر طبي حالته بالخطرة، ذلك أنه أصيب`: `ذلك أن` gives a reason, it is
            // no complement of the verb (right after the verb `ذلك` is its object: `وأكد ذلك
            // أن …` is left as it was)
            if is_complementizer(w) && j > i + 2 && matches!(self.word(j - 1), "ذلك" | "وذلك")
            {
                return None;
            }
            // `أكد عرض ملفه … إلى أن وصل`: إلى أن is "until" after a verb that takes no إلى
            // (right after the verb it is its preposition all the same: `مضيفا إلى أنها`)
            if is_complementizer(w)
                && j > i + 2
                && self.word(j - 1) == "الي"
                && cue.prep != Some("الي")
            {
                j += 1;
                continue;
            }
            // `إن كانوا متضررين`, `إن لم`: إن before كان or لم is "if"; the complementizer
            // إنّ is followed by its noun or carries a pronoun (the tagger's verbs are not
            // trusted here: `إن منفذ الهجوم` is a report)
            if matches!(self.raw(j), "إن" | "وإن")
                && matches!(
                    self.word(j + 1),
                    "كان" | "كانت" | "كانوا" | "كانا" | "كنت" | "كنا" | "كن" | "لم"
                )
            {
                j += 1;
                continue;
            }
            // `قبل أن يهربوا`, `إلا أن`, `بعد أن`: a conjunction, not a report's complementizer
            // (but `قالت من قبل إنها`: "before" as an adverb, then إنّ — never the
            // conjunction's أن)
            let adverb = self.raw(j).starts_with('إ')
                || (j > i + 2 && self.word(j - 2) == "من" && self.word(j - 1) == "قبل");
            if is_complementizer(w) && j > i + 1 && is_conjunction_head(self.word(j - 1)) && !adverb
            {
                j += 1;
                continue;
            }
            // `شركة (إس.إن.سي.بي)`: a letter of an abbreviation
            if is_complementizer(w) && self.in_abbreviation(j) {
                j += 1;
                continue;
            }
            // `وقالت الكتيبة التي نشرت الفيديو، إنه`: إنّ follows قال, never نشر; the
            // complementizer is the other verb's
            if is_complementizer(w)
                && self.raw(j).starts_with('إ')
                && is_publishing_verb(self.word(i))
            {
                return None;
            }
            if is_complementizer(w) {
                // إلى أن / على أن / من أن: the preposition is not part of the speaker
                let region_end = if j > i + 1 && cue.prep.is_some_and(|p| p == self.word(j - 1)) {
                    j - 1
                } else {
                    j
                };
                // `أشار الصندوق إلى تواصل … أن`: the verb took its preposition with a noun;
                // the complementizer is not its
                if region_end == j
                    && cue
                        .prep
                        .is_some_and(|p| (i + 1..region_end).any(|t| self.word(t) == p))
                {
                    return None;
                }
                // `… الذين نقلوا أن`: the complementizer of a verb in between is not ours
                // (`والتي اتهمه فيها بأنه`: past where it was said)
                let mut v = region_end.saturating_sub(1);
                if v > i + 2 && matches!(self.word(v), "فيه" | "فيها" | "فيهم" | "فيهما")
                {
                    v -= 1;
                }
                // (`is_verb_at`: a word with the article is no verb, whatever the tagger
                // says: `الفارط`; nor is the last word of a name: `ذكرى الزعيم فرحات حشاد أن`,
                // so the verb must open a clause: after a relative pronoun, or with و/ف)
                let opens_clause = self.word(v).starts_with(['و', 'ف'])
                    || (v > i + 1 && {
                        let before = self.word(v - 1);
                        let bare = before.strip_prefix('و').unwrap_or(before);
                        (ends_description(before) && before.starts_with("ال"))
                            || is_relative_pronoun(bare)
                    });
                if region_end > i + 2
                    && self.is_verb_at(v)
                    && opens_clause
                    && !self.entity_at.contains_key(&v)
                    && self.inp.entities.is_none_or(|es| {
                        !es.mentions
                            .iter()
                            .any(|e| e.tokens.start <= v && v < e.tokens.end)
                    })
                {
                    return None;
                }
                return Some((cue, j, QuoteKind::Indirect, region_end));
            }
            if w == ":" {
                // `أشارت إلى بعض النصائح: – تجنب التعب …`: a list after the colon is no
                // speech
                if matches!(self.raw(j + 1), "*" | "•" | "-" | "–" | "—") {
                    return None;
                }
                // `قال فلان: …` without marks: direct speech to the end of the sentence
                if let Some((o, _)) = self.mark_opening_at(j + 1) {
                    return Some((cue, o, QuoteKind::Direct, j));
                }
                // (not after another verb: `وزارة النقل تعلن عن اقتناء باخرة … تقرر طرد … رادس
                // : الأمن يطلق …`, a list of headlines)
                if j + 1 < self.sentence_end(i) && !(i + 1..j).any(|t| self.is_verb_at(t)) {
                    return Some((cue, j + 1, QuoteKind::Direct, j));
                }
                return None;
            }
            // (`وقالت الكتيبة التي نشرت الفيديو، إنه`: publishing in a relative clause of
            // the subject is no report of its own; the scan goes on to إنّ)
            let relative_publishing =
                is_publishing_verb(w) && j > i + 1 && is_relative_pronoun(self.word(j - 1));
            if (self.cue_at(j).is_some() && !relative_publishing)
                || matches!(self.raw(j), "!" | "?" | "؟")
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Where an indirect report starting at `from` ends: the sentence end, or just before a
    /// continuing reporting verb (`، وأشارت إلى أن`, `مضيفة أنها`).
    fn indirect_end(&self, from: usize) -> usize {
        let end = self.sentence_end(from);
        let mut k = from + 1;
        while k < end {
            // words in closed quotation marks inside the report are part of it (`أنه "على
            // اثر … واعترف أن …"`): a reporting verb there does not end it
            if let Some((_, c)) = self.mark_opening_at(k) {
                if c < end && self.is_mark(c) {
                    k = c + 1;
                    continue;
                }
            }
            let w = self.word(k);
            // `، في تعليقه على …`, `، في رده على …`: the writer's context of the report
            // (also `… وذلك في تعليقه على`, which ends before وذلك)
            if w == "في"
                && k > from + 1
                && self.word(k - 1) == "وذلك"
                && matches!(
                    self.word(k + 1),
                    "تعليقه" | "تعليقها" | "تعليقهم" | "رده" | "ردها" | "ردهم"
                )
            {
                return k - 1;
            }
            if w == "في"
                && (is_comma(self.raw(k - 1)) || self.is_mark(k - 1))
                && matches!(
                    self.word(k + 1),
                    "تعليقه" | "تعليقها" | "تعليقهم" | "رده" | "ردها" | "ردهم" | "معرض"
                )
            {
                return k;
            }
            // `من جهته`, `من جانبها`: another speaker's turn
            if self.turn_at(k).is_some() {
                return k;
            }
            if let Some(c) = self.cue_at(k) {
                let conj = matches!(self.word(k - 1), "فيما" | "بينما" | "كما" | "ثم" | "حيث");
                // (`وفيما أكدت المصادر أن …، أكد مرافقا الضحية أنه`: after a report opened by
                // "while", a finite verb after a comma is the other side's turn)
                let contrast = matches!(
                    self.word(self.sentence_start(from)),
                    "فيما" | "وفيما" | "بينما" | "وبينما"
                );
                let continues = c.participle
                    || w.starts_with(['و', 'ف'])
                    // (`و كشفوا أمام المحكمة، أنهم`: a detached و)
                    || self.word(k - 1) == "و"
                    || conj
                    || (contrast && is_comma(self.raw(k - 1)));
                let next = self.word(k + 1);
                let opens_report = is_complementizer(next)
                    || (c.prep == Some(next) && is_complementizer(self.word(k + 2)))
                    || self.mark_opening_at(k + 1).is_some()
                    || next == ":"
                    // `، وقال فلان إن`, `فيما بين فلان أن`: a new report with its subject
                    || (!c.participle && self.report_at(k).is_some())
                    // `… 500 كيلومتر واصفا عملية الإطلاق بأنها`: a participle with its object
                    || (c.participle && self.report_at(k).is_some_and(|r| r.1 <= k + 4));
                if continues && opens_report {
                    return if conj { k - 1 } else { k };
                }
                // `، مشيرا إلى …` after a comma opens a clause of its own even when what
                // follows is misspelt (`مشيرا إلى أان`); so does a participle with its
                // preposition and a noun (`… المعتدين مشددة على إدانتها`)
                let with_object = c.prep == Some(next)
                    && !is_complementizer(self.word(k + 2))
                    && self.mark_opening_at(k + 2).is_none();
                if c.participle && (is_comma(self.raw(k - 1)) || with_object) {
                    return k;
                }
            }
            // `وهو ما نفاه الطالب`: the writer's comment on what was said, with another
            // reporting verb, is no longer the report
            if matches!(w, "وهو" | "وهي" | "وهذا") && self.word(k + 1) == "ما" {
                let next = self.word(k + 2);
                let bare = next
                    .strip_suffix("ها")
                    .or_else(|| next.strip_suffix('ه'))
                    .unwrap_or(next);
                // (نفاه: نفى with its object, the alef maksura written as alef)
                let maksura = bare.strip_suffix('ا').map(|b| format!("{b}ي"));
                if cue_any(next).is_some()
                    || cue_any(bare).is_some()
                    || maksura.is_some_and(|m| cue_any(&m).is_some())
                {
                    return k;
                }
            }
            // `… في اشارة الى …`: the writer's gloss on what was said
            if w == "في" && self.word(k + 1) == "اشاره" {
                return k;
            }
            // `… إلى سوسة ويذكر أن …`: the writer's aside, even without a full stop
            if matches!(w, "ويذكر" | "يذكر" | "ويشار" | "يشار" | "ويلاحظ" | "يلاحظ")
                && (is_complementizer(self.word(k + 1)) || self.word(k + 1) == "الي")
            {
                return k;
            }
            // `ولكن أكد ضرورة …`: "but" and a reporting verb open the speaker's next clause,
            // even with a nominal object
            if matches!(w, "لكن" | "ولكن") && self.cue_at(k + 1).is_some() {
                return k;
            }
            // `و تساءل هل …`: a coordinated question is a turn of its own (not `تدوينة
            // سابقة تساءل فيها`, a relative clause)
            if (w.starts_with('و') && is_question_verb(w))
                || (w == "و" && is_question_verb(self.word(k + 1)))
            {
                return k;
            }
            // `التالية : * …`: a list after a colon is not part of the report
            if self.raw(k) == ":" && matches!(self.raw(k + 1), "*" | "•" | "-" | "–") {
                return k;
            }
            // `، داعيا إلى …`, `، وفق تعبيره`, `على حد قوله`: a clause of its own
            let after_comma = is_comma(self.raw(k - 1));
            // (`تمت مطالبة الهيئة`: after تم the word is a verbal noun, not a participle)
            let after_passive = matches!(
                self.word(k - 1)
                    .strip_prefix(['و', 'س'])
                    .unwrap_or(self.word(k - 1)),
                "تم" | "تمت" | "يتم" | "ستتم" | "سيتم" | "تتم"
            );
            // (the ة form, `مطالبة`, is also a noun or a passive participle — `الأحزاب
            // مطالبة بالارتقاء`: it opens a clause of its own only after a comma)
            // (`، مجددة إعلان مطالبها`: renewing, after a comma; `مجددا` alone is "again")
            let clause_participle = (is_clause_participle(w) && (w.ends_with('ا') || after_comma))
                || (w == "مجدده" && after_comma);
            // (`… وجهة معينة بحسب تعبيره كما …`: an attribution to the speaker's own words
            // ends the report with or without a comma)
            let own_words = is_attribution(w) && is_own_words(self.word(k + 1));
            if (clause_participle && !after_passive)
                || (after_comma && is_attribution(w))
                || own_words
                || (w == "علي" && self.word(k + 1) == "حد")
            {
                return k;
            }
            k += 1;
        }
        end
    }

    fn trim(&self, mut r: Range<usize>) -> Range<usize> {
        while r.end > r.start && self.inp.tokens[r.end - 1].kind == TokenKind::Punct {
            r.end -= 1;
        }
        while r.start < r.end && self.inp.tokens[r.start].kind == TokenKind::Punct {
            r.start += 1;
        }
        r
    }

    /// Whether token `t` is written against a full stop that joins it to another word
    /// (`إس.إن.سي.بي`): a piece of an abbreviation.
    fn in_abbreviation(&self, t: usize) -> bool {
        let toks = self.inp.tokens;
        let joined = |a: usize, b: usize| toks[a].byte_end == toks[b].byte_start;
        let dot = |d: usize| self.raw(d) == ".";
        (t >= 2 && dot(t - 1) && joined(t - 2, t - 1) && joined(t - 1, t))
            || (t + 2 < toks.len() && dot(t + 1) && joined(t, t + 1) && joined(t + 1, t + 2))
    }

    /// Where the subject of the verb of describing at `i` ends, before `end`: before its
    /// ب-phrase (`بأنه`, `بالمؤسف`) and a one-word definite object ([`Self::describes_object`]);
    /// `end` for other verbs.
    fn describe_subject_end(&self, i: usize, end: usize) -> usize {
        if !is_describing_verb(self.word(i)) {
            return end;
        }
        let b = (i + 1..end)
            .find(|&t| self.word(t).starts_with('ب') && self.is_prep_at(t))
            .unwrap_or(end);
        if !self.describes_object(i, b) {
            return b;
        }
        // (a named object is left out whole)
        self.inp
            .entities
            .and_then(|es| {
                es.mentions
                    .iter()
                    .find(|e| e.tokens.end == b && e.tokens.start > i + 1)
                    .map(|e| e.tokens.start)
            })
            .unwrap_or(b - 1)
    }

    /// Where the words of a quotation opened at `o` end: at its closing mark `c`; for a
    /// mark never closed (`c` is the paragraph's end), before the first full stop followed by
    /// a report of its own (`وقال فلان "… . وأضاف فلان أن …`).
    fn unclosed_end(&self, o: usize, c: usize) -> usize {
        if self.is_mark(c) {
            return c;
        }
        // (the sentence splitter keeps an open quotation in one sentence: look for full stops)
        (o + 2..c)
            .find(|&k| {
                matches!(self.raw(k - 1), "." | "!" | "?" | "؟") && self.report_at(k).is_some()
            })
            .unwrap_or(c)
    }

    /// The last people counted before the verb at `cue_at`, in its sentence or the two
    /// before: a number and a noun of persons (`10 أشخاص`, `32 شخص`) or `عدد من`/`بعض`
    /// and a description, or for a dual verb a dual noun of persons (`شخصين`).
    fn counted_people(&self, cue_at: usize, dual: bool) -> Option<Speaker> {
        const PERSONS: &[&str] = &[
            "شخص",
            "شخصا",
            "اشخاص",
            "عنصر",
            "عنصرا",
            "عناصر",
            "شاب",
            "شابا",
            "شبان",
            "مواطن",
            "مواطنا",
            "مواطنين",
            "مهاجر",
            "مهاجرا",
            "مهاجرين",
            "نفر",
            "انفار",
            "متهم",
            "متهما",
            "متهمين",
            "موقوف",
            "موقوفين",
            "عون",
            "اعوان",
            "طالب",
            "طلبه",
            "تلميذ",
            "تلاميذ",
            "عامل",
            "عمال",
            "رجل",
            "رجال",
            "امراه",
            "نساء",
            "طفل",
            "اطفال",
        ];
        const DUALS: &[&str] = &["شخصين", "شخصان", "عنصرين", "شابين", "رجلين", "متهمين"];
        let k = self.sentence_of[cue_at];
        let from = self
            .inp
            .sentences
            .get(k.saturating_sub(2))
            .map_or(0, |s| s.start);
        (from..cue_at).rev().find_map(|t| {
            let w = self.word(t);
            let w = w
                .strip_prefix(['و', 'ب', 'ل'])
                .filter(|r| DUALS.contains(r))
                .unwrap_or(w);
            if dual {
                return DUALS.contains(&w).then(|| self.described(t..t + 1));
            }
            // `طالب عدد من أفراد الجالية … وأضافوا أن`
            if matches!(w, "عدد" | "بعض") && self.word(t + 1) == "من" && t + 2 < cue_at {
                let end = self.description_end(t..self.sentence_end(t).min(cue_at));
                return (end > t + 2).then(|| self.described(self.trim(t..end)));
            }
            (t > 0 && PERSONS.contains(&w) && self.inp.tokens[t - 1].kind == TokenKind::Number)
                .then(|| self.described(t - 1..t + 1))
        })
    }

    /// Whether the verb of describing at `i` (`وصف`, bare: no object suffix) has its
    /// subject and then a one-word definite object before the complementizer at
    /// `region_end` (`ووصفت الشرطة الحادث بأنه`): two definite words, the last no relative
    /// adjective of the first, which is the subject.
    fn describes_object(&self, i: usize, region_end: usize) -> bool {
        let last = region_end.saturating_sub(1);
        // (`ووصفت التقارير الإسرائيلية فريدمان بأنه`: a named person after a definite
        // subject is the one described)
        let named_object = is_describing_verb(self.word(i))
            && self.inp.entities.is_some_and(|es| {
                es.mentions.iter().any(|e| {
                    e.tokens.end == region_end
                        && e.tokens.start >= i + 3
                        && self.word(e.tokens.start - 1).starts_with("ال")
                })
            });
        if named_object {
            return true;
        }
        is_describing_verb(self.word(i))
            && region_end >= i + 3
            && self.inp.tokens[last].kind == TokenKind::Arabic
            && self.inp.tokens[last - 1].kind == TokenKind::Arabic
            && self.word(last).starts_with("ال")
            && (self.word(last - 1).starts_with("ال")
                || self
                    .inp
                    .entities
                    .is_some_and(|es| es.mentions.iter().any(|e| e.tokens.end == last)))
            // (a relative adjective agrees with the subject: `الشرطة الأمريكية`)
            && !["ي", "يه", "يون", "يين"]
                .iter()
                .any(|x| self.word(last).ends_with(x))
    }

    /// Whether token `t` is a preposition with a pronoun that completes the definite
    /// participle before it (`المظنون فيه`, `المشتبه به`, `المحكوم عليه`: "the suspect").
    fn participle_complement(&self, t: usize) -> bool {
        t > 0
            && [
                "فيه",
                "فيها",
                "فيهم",
                "فيهما",
                "به",
                "بها",
                "بهم",
                "بهما",
                "عليه",
                "عليها",
                "عليهم",
                "عليهما",
            ]
            .contains(&self.word(t))
            && matches!(
                self.word(t - 1),
                "المظنون"
                    | "المشتبه"
                    | "المحكوم"
                    | "المجني"
                    | "المعتدي"
                    | "المشتكي"
                    | "المشكوك"
            )
    }

    /// Whether token `t` is a preposition or starts with one.
    fn is_prep_at(&self, t: usize) -> bool {
        is_preposition(self.word(t)) || self.inp.preps.get(t).copied().unwrap_or(false)
    }

    /// Whether entity `k` may be a subject: it carries no preposition (`لرويترز` is whom it
    /// was said to) and stands in no quotation marks (`رئيسة تنسيقية "مانيش مسامح"`: a quoted
    /// name names a thing).
    /// Whether a speaker is an inquiry or data (`التحريات`, `المعلومات`): what it shows is a
    /// finding, not a report.
    fn is_finding(&self, s: &Speaker) -> bool {
        let t = s.tokens.start;
        // (`آخر الأرقام تقول إن`, `أحدث الإحصائيات`: a modifier before the noun)
        let head = if matches!(self.word(t), "اخر" | "احدث" | "اولي" | "بعض")
            && t + 1 < s.tokens.end
        {
            t + 1
        } else {
            t
        };
        s.label.is_none() && is_inquiry_noun(self.word(head))
    }

    /// Whether the morphosyntax model marks token `t` as a verb; a word with the article
    /// (`للشغل`, `الفارط`) or inside a date is none, whatever the tagger says.
    fn is_verb_at(&self, t: usize) -> bool {
        self.verb_at.get(t).copied().unwrap_or(false)
    }

    /// Whether entity `k` follows a noun of kinship or mourning (`أرملة الشهيد محمد
    /// البراهمي`) or of an action done to someone (`تعيين خميس الجهيناوي`) in construct: it
    /// names whom the subject is related to or acts on.
    fn after_relation(&self, k: usize) -> bool {
        self.inp.entities.is_some_and(|es| {
            let t = es.mentions[k].tokens.start;
            t > 0 && {
                let w = self.word(t - 1);
                is_relation_noun(w) || is_action_noun(w)
            }
        })
    }

    /// Whether the token before `t` is a ل-phrase naming whom it was said to (`لمراسلنا`,
    /// `لوكالة`; not the genitive `لل…`): a name at `t` stands in apposition to it.
    fn after_addressee(&self, t: usize) -> bool {
        t > 0 && {
            let w = self.word(t - 1);
            w.starts_with('ل') && !w.starts_with("لل") && self.is_prep_at(t - 1)
        }
    }

    fn may_be_subject(&self, k: usize) -> bool {
        self.inp.entities.is_some_and(|es| {
            let e = &es.mentions[k];
            e.core_byte_start == e.byte_start
                && !(e.tokens.start > 0 && self.is_mark(e.tokens.start - 1))
        })
    }

    /// A speaker named by the words of `r` (a description, not an entity).
    fn described(&self, r: Range<usize>) -> Speaker {
        Speaker {
            name: self.span_text(r.clone()).to_string(),
            tokens: r,
            label: None,
            role: None,
        }
    }

    /// Whether token `t` may be a word of a noun phrase: Arabic, no preposition, no verb.
    fn is_nominal(&self, t: usize) -> bool {
        self.inp.tokens[t].kind == TokenKind::Arabic && !self.is_prep_at(t) && !self.is_verb_at(t)
    }

    fn entity_speaker(&self, k: usize, role: Option<Range<usize>>) -> Option<Speaker> {
        let es = self.inp.entities?;
        let e = &es.mentions[k];
        Some(Speaker {
            tokens: e.tokens.clone(),
            name: es.canonical(e).to_string(),
            label: Some(e.label.clone()),
            role: role.filter(|x| !x.is_empty()),
        })
    }

    /// The speaker in the token region `r` (between the verb and the content).
    fn speaker_in(&self, r: Range<usize>) -> Option<Speaker> {
        // a date, a comma, the object `ذلك` or a circumstantial participle before the subject
        // (`قال اليوم الثلاثاء فلان`, `أوضح ذلك منسق اللجنة`, `وأضاف مستنكرا أن`) is skipped
        let mut start = r.start;
        loop {
            if let Some(d) = self.inp.dates.iter().find(|d| d.start == start) {
                start = d.end;
            } else if start < r.end
                && (is_comma(self.raw(start))
                    || matches!(self.word(start), "ذلك" | "هذا")
                    // `أكد فيه ممثل الشركة أن`: where it was said
                    || matches!(self.word(start), "فيه" | "فيها" | "خلاله" | "خلالها")
                    || (is_circumstantial(self.word(start))
                        && !self.entity_at.contains_key(&start)
                        // `مرافقا الضحية`: a dual in construct, the subject itself
                        && !(start + 1 < r.end && self.word(start + 1).starts_with("ال"))))
            {
                start += 1;
            } else {
                break;
            }
        }
        // a name in quotation marks (`وأوضح "معز علي" أن`)
        if let Some((o, c)) = self.mark_opening_at(start).filter(|m| self.is_mark(m.1)) {
            if c + 1 == r.end || (c + 1 < r.end && is_comma(self.raw(c + 1))) {
                let inside = o + 1..c;
                if !inside.is_empty() && inside.len() <= 4 {
                    return Some(self.described(inside));
                }
            }
        }
        // the subject ends at the first comma
        let mut end = start;
        while end < r.end && !is_comma(self.raw(end)) {
            end += 1;
        }
        let whole = r.clone();
        let r = self.trim(start.min(end)..end);
        if r.is_empty() {
            return None;
        }
        // a title, then the name in apposition (`المديرة العامة للصحة، نبيهة البرصالي،`)
        if let Some(es) = self.inp.entities {
            if let Some(&k) = self.entity_at.get(&(end + 1)) {
                let e = &es.mentions[k];
                let closes = e.tokens.end == whole.end
                    || (e.tokens.end < whole.end
                        && (is_comma(self.raw(e.tokens.end)) || self.is_prep_at(e.tokens.end)));
                // (not after an addressee: `مصدر أمني لمراسل الجوهرة في القصرين، عامر
                // النصري، إن` names the correspondent)
                let to_someone = (r.start..r.end).any(|t| {
                    let w = self.word(t);
                    w.starts_with('ل') && !w.starts_with("لل") && self.is_prep_at(t)
                });
                if e.label == "PER" && closes && !self.is_prep_at(r.start) && !to_someone {
                    return self.entity_speaker(k, Some(r));
                }
            }
        }
        let first = self.word(r.start);
        // نريد، أعتقد; not a sound plural (`ناشطون`, `ابناء` is no verb either way)
        let first_person_verb = first.starts_with(['ا', 'ن'])
            && !first.starts_with("ال")
            && !first.ends_with("ون")
            && !first.ends_with("ين")
            && self.is_verb_at(r.start);
        // `ووصف ما تعرض له`: what, not who
        if is_pronoun(first)
            || is_relative_pronoun(first)
            || matches!(first, "ما" | "مما" | "عما" | "من" | "ممن" | "عدم" | "مره")
            || is_honorific(first)
            || is_complementizer(first)
            || first_person_verb
            || self.is_prep_at(r.start)
            || self.cue_at(r.start).is_some()
        {
            return None;
        }
        let cut = self.description_end(r.clone());
        // a named person in the description, else an entity that starts it
        if let Some(es) = self.inp.entities {
            let inside: Vec<usize> = (r.start..cut)
                .filter_map(|t| self.entity_at.get(&t).copied())
                .filter(|&k| {
                    es.mentions[k].tokens.end <= cut
                        && self.may_be_subject(k)
                        && !self.after_relation(k)
                })
                .collect();
            // `أحد محاميي الأمني عصام الدردوري`, `مستشار لحملة المرشح … دونالد ترامب`: one
            // of someone's people, or an indefinite noun with a ل-phrase, speaks; the name
            // closing it is the possessor
            let possessed = self.possessive_description(r.start);
            // (a person that opens the subject, even where the description would end inside
            // the name: `قال عادل بلعيد، …` with `بلعيد` read as ب + لعيد)
            let opening = self.entity_at.get(&r.start).copied().filter(|&k| {
                let e = &es.mentions[k];
                e.label == "PER" && e.tokens.end <= r.end && self.may_be_subject(k)
            });
            let pick = opening
                .into_iter()
                .chain(inside.iter().copied().filter(|_| !possessed))
                .find(|&k| es.mentions[k].label == "PER")
                .or_else(|| {
                    inside
                        .first()
                        .copied()
                        .filter(|&k| es.mentions[k].tokens.start == r.start)
                });
            // a long title that ends in the name (`النائبة بمجلس نواب الشعب ورئيسة لجنة
            // التحقيق … المقالة ليلى الشتاوي، إن`): the person closes the subject
            let closing = || {
                (cut..r.end)
                    .filter_map(|t| self.entity_at.get(&t).copied())
                    .find(|&k| {
                        let e = &es.mentions[k];
                        // at the end, or before an adverbial that runs to the end (`…
                        // محمد لسعد عبيد في تصريح للإذاعة أن`)
                        // (not inside a prepositional phrase then: `علق الرئيس على دعوة
                        // سليم الرياحي لإجراء …`)
                        // (a title coordinated after the prepositions, right before the
                        // name, starts again: `المرشح … عن حركة "إلى الأمام" والرئيس
                        // المحتمل إيمانويل ماكرون في حوار`)
                        let last_prep = (r.start..e.tokens.start)
                            .rev()
                            .find(|&t| is_preposition(self.word(t)));
                        let retitled = last_prep.is_some_and(|p| {
                            (p + 1..e.tokens.start).any(|t| self.word(t).starts_with("وال"))
                        });
                        let closes = e.tokens.end == r.end
                            || (e.tokens.end < r.end
                                && (self.is_prep_at(e.tokens.end)
                                    || self.inp.dates.iter().any(|d| d.start == e.tokens.end))
                                && (last_prep.is_none() || retitled));
                        e.label == "PER"
                            && closes
                            && self.may_be_subject(k)
                            && !self.after_relation(k)
                            && !self.after_addressee(e.tokens.start)
                            // nor after a correspondent named as the addressee (`لمراسلة
                            // جوهرة أف أم نسرين علوش`)
                            && !(r.start..e.tokens.start).any(|t| {
                                let w = self.word(t);
                                w.strip_prefix('ل').is_some_and(|x| {
                                    matches!(
                                        x,
                                        "مراسل" | "مراسله" | "مبعوث" | "مبعوثه" | "موفد" | "موفده"
                                    )
                                })
                            })
                            // not after an adverbial (`في تصريح لمراسل … عمر التيس`), a
                            // verb or a relative clause: then it is whom or where
                            && !(r.start..e.tokens.start).any(|t| {
                                let w = self.word(t);
                                let stem = w.strip_prefix("ال").unwrap_or(w);
                                self.is_verb_at(t)
                                    || is_relative_pronoun(w)
                                    || is_event_noun(stem)
                                    || self.inp.dates.iter().any(|d| d.start == t)
                            })
                    })
            };
            if let Some(k) = pick.or_else(|| closing().filter(|_| !possessed)) {
                let e = &es.mentions[k];
                let role = if e.tokens.start > r.start {
                    self.trim(r.start..e.tokens.start)
                } else {
                    self.trim(e.tokens.end..self.description_end(e.tokens.end..r.end))
                };
                return self.entity_speaker(k, Some(role));
            }
        }
        let mut d = self.trim(r.start..cut);
        if d.is_empty() {
            return None;
        }
        // keep the closing mark of a quoted name (`صحيفة «الخبر»`)
        // marks are sorted by opening and do not nest: only the last one opened in `d` can
        // close at its end
        let last_opened = self.marks.partition_point(|m| m.0 < d.end);
        if last_opened > 0
            && self.marks[last_opened - 1].0 >= d.start
            && self.marks[last_opened - 1].1 == d.end
            && self.is_mark(d.end)
        {
            d.end += 1;
        }
        // and of a parenthesis opened inside it (`شركة (إس.إن.سي.بي)`)
        if d.end < self.inp.tokens.len()
            && self.raw(d.end) == ")"
            && (d.start..d.end).any(|t| self.raw(t) == "(")
        {
            d.end += 1;
        }
        Some(self.described(d))
    }

    /// Whether the description starting at token `t` is headed by a partitive (`أحد
    /// محاميي …`, `إحدى`, `بعض`) or by an indefinite noun with a ل-phrase (`مستشار لحملة
    /// …`): a name later in it is then whose people they are, not the speaker.
    fn possessive_description(&self, t: usize) -> bool {
        let w = self.word(t);
        matches!(w, "احد" | "احدي" | "بعض")
            || (t + 1 < self.inp.tokens.len()
                && self.inp.tokens[t].kind == TokenKind::Arabic
                && !has_article(w)
                && !self.entity_at.contains_key(&t)
                && self.word(t + 1).starts_with('ل')
                && self.is_prep_at(t + 1))
    }

    /// Where a speaker description starting `r` ends: before an adverbial (`في تصريح`,
    /// `لمراسلنا`, `خلال`, a date), a relative pronoun or clause, or a verb; a prepositional
    /// phrase that names (`النائب عن الجبهة الشعبية`, `مسؤول كبير في الجماعة`, `القيادي
    /// بقوات …`, `المتحدث باسم …`) stays in it. At most [`MAX_DESCRIPTION`] tokens.
    fn description_end(&self, r: Range<usize>) -> usize {
        let names_next = |t: usize| {
            let w = self.word(t);
            let stem = w.strip_prefix("ال").unwrap_or(w);
            t < r.end
                && (self.entity_at.contains_key(&t)
                    || (w.starts_with("ال") && !is_event_noun(stem)))
        };
        let mut t = r.start;
        // (the letters and stops of an abbreviation count as one word)
        let mut letters = 0;
        while t < r.end && t < r.start + MAX_DESCRIPTION + letters {
            let w = self.word(t);
            // `ابن سعيدان`, `أبو محمد`, `آل الشيخ`: the next word is part of the name
            if matches!(w, "ابن" | "بن" | "ابو" | "ابي" | "ال" | "بنت") && t + 1 < r.end
            {
                t += 2;
                continue;
            }
            // `شركة (إس.إن.سي.بي)`: the letters of an abbreviation are no prepositions
            if t > r.start && self.participle_complement(t) {
                t += 1;
                continue;
            }
            if t > r.start && self.in_abbreviation(t) {
                letters += 2;
                t += 1;
                continue;
            }
            if t > r.start {
                // a chain of nouns in construct that ends in a name or a definite noun
                // (`مصدر في قيادة شرطة دمشق`)
                let construct = |x: usize| {
                    (x..(x + 3).min(r.end)).any(|y| names_next(y + 1))
                        && (x..(x + 3).min(r.end))
                            .take_while(|&y| !names_next(y))
                            .all(|y| {
                                let n = self.word(y);
                                !is_event_noun(n) && !self.is_prep_at(y) && !self.is_verb_at(y)
                            })
                };
                // (`في هذا الصدد`, `في ذات السياق`: an adverbial, not part of the description)
                let adverbial = w == "في"
                    && matches!(
                        self.word(t + 1),
                        "هذا" | "هذه" | "ذلك" | "تلك" | "ذات" | "نفس"
                    );
                if matches!(w, "في" | "عن" | "من")
                    && !adverbial
                    && (names_next(t + 1) || construct(t + 1))
                {
                    t += 2;
                    continue;
                }
                // `المكلفة بالاتصال`, `المكلف بالإعلام`, `القائمون على تصنيع الطائرة`: what
                // one is in charge of names the post
                let in_charge_of = (w.starts_with('ب')
                    && matches!(self.word(t - 1), "المكلف" | "المكلفه" | "مكلف" | "مكلفه"))
                    || (w == "علي"
                        && matches!(
                            self.word(t - 1),
                            "القائم"
                                | "القائمه"
                                | "القائمون"
                                | "القائمين"
                                | "المشرف"
                                | "المشرفون"
                                | "المشرفين"
                                | "المشرفه"
                        )
                        && t + 1 < r.end);
                let about = matches!(w, "بخصوص" | "بشان");
                let b_phrase = !about
                    && (w == "باسم" || in_charge_of
                    || (w.starts_with("بال")
                        && !is_event_noun(&w[w.char_indices().nth(3).map_or(w.len(), |x| x.0)..]))
                    || (w.starts_with('ب') && self.entity_at.contains_key(&t))
                    || (w.starts_with('ب') && self.is_prep_at(t) && names_next(t + 1))
                    // `القيادي بحركة نداء تونس`: a construct chain that ends in a name
                    || (w.starts_with('ب') && self.is_prep_at(t) && construct(t + 1)));
                if b_phrase {
                    t += 1;
                    continue;
                }
                // `وأكد الهلالي مساندة حزبه`: an indefinite noun after a definite word, with a
                // possessive after it, is the verb's object (a construct's head is never
                // definite)
                let object = self.word(t - 1).starts_with("ال")
                    && !self.is_prep_at(t - 1)
                    && !w.starts_with("ال")
                    && !self.entity_at.contains_key(&t)
                    && self.inp.tokens[t].kind == TokenKind::Arabic
                    && t + 1 < r.end
                    && ["ه", "ها", "هم", "هما"].iter().any(|p| {
                        self.word(t + 1).ends_with(p) && !self.word(t + 1).starts_with("ال")
                    });
                // `وطالب المحتجون الجهات المعنية`: after a definite sound plural in the
                // nominative, a definite word that does not agree with it is the object
                let after_plural = self.word(t - 1).starts_with("ال")
                    && self.word(t - 1).ends_with("ون")
                    && w.starts_with("ال")
                    && !w.ends_with("ون")
                    && !self.entity_at.contains_key(&t);
                // `وأصدرت وزارة الخارجية بيانا`: an indefinite accusative after a definite
                // word is the object
                let accusative = self.word(t - 1).starts_with("ال")
                    && !self.is_prep_at(t - 1)
                    && !w.starts_with("ال")
                    && w.ends_with('ا')
                    // (not a pronoun: `المصادر ذاتها`)
                    && !w.ends_with("ها")
                    && !w.ends_with("هما")
                    && w.chars().count() >= 4
                    && !self.entity_at.contains_key(&t)
                    && self.inp.tokens[t].kind == TokenKind::Arabic;
                // (`مصدر ثان بالشرطة`: an ordinal is no verb, whatever the tagger says)
                let verb = (self.is_verb_at(t) && !is_ordinal_adjective(w)) || anonymity_verb(w);
                if object
                    || accusative
                    || after_plural
                    || verb
                    || self.is_prep_at(t)
                    || self.inp.dates.iter().any(|d| d.start == t)
                {
                    break;
                }
            }
            if ends_description(w) {
                break;
            }
            t += 1;
        }
        t.min(r.end)
    }

    fn span_text(&self, r: Range<usize>) -> &str {
        let t = self.inp.tokens;
        if r.start >= r.end || r.end > t.len() {
            return "";
        }
        &self.inp.text[t[r.start].byte_start..t[r.end - 1].byte_end]
    }

    /// A subject written just before the verb in its clause (`لكن عفرين قال إن`, `أن
    /// الرئيس التركي رجب طيب أردوغان صرح بأن`, `وأن المجموعة صرحت أنها`); the clause starts
    /// at the sentence start, a comma or a complementizer, and not before `floor`.
    fn speaker_before(&self, cue_at: usize, floor: usize) -> Option<Speaker> {
        match cues().get(self.word(cue_at)) {
            // و + verb: the verb opens its clause; a participle has no subject of its own
            None => return None,
            Some(c) if c.participle => return None,
            Some(_) => {}
        }
        // `عائلات البحارة الذين نقلوا أن`: the relative pronoun's antecedent speaks
        // (unless a masculine verb follows a feminine plural: `الانتخابات التي يتوقع أن` —
        // someone else, or no one, is its subject)
        if cue_at >= 2 && cue_at - 1 > floor && is_relative_pronoun(self.word(cue_at - 1)) {
            let agrees = !(self.word(cue_at - 1) == "التي"
                && self.word(cue_at - 2).ends_with("ات")
                && cues()
                    .get(self.word(cue_at))
                    .is_some_and(|c| c.agreement == Agreement::Masculine));
            return if agrees {
                self.antecedent(cue_at - 1)
            } else {
                None
            };
        }
        let opens_clause = |t: usize| {
            let w = self.word(t);
            is_comma(self.raw(t))
                || is_complementizer(w.strip_prefix('و').unwrap_or(w))
                // (`لأن حركة النهضة ترى أنها`: because)
                || matches!(w, "لان" | "ولان")
        };
        let s0 = self.sentence_start(cue_at).max(floor);
        // `X، كانت أعلنت`, `X قد أعلن`: the subject stands before the auxiliary
        let mut end = cue_at;
        while end > s0 && is_auxiliary(self.word(end - 1)) {
            end -= 1;
        }
        if end < cue_at && end > s0 && is_comma(self.raw(end - 1)) {
            end -= 1;
        }
        // `أن النائب عن حزب … بمجلس نواب الشعب سامية عبو قالت`: a person named right before
        // the verb is its subject, however long the title before the name
        if let Some(es) = self.inp.entities {
            let named = es
                .mentions
                .iter()
                .position(|e| e.tokens.end == end && e.tokens.start > s0 && e.label == "PER");
            if let Some(k) = named.filter(|&k| {
                self.may_be_subject(k)
                    && !self.after_relation(k)
                    && !self.after_addressee(es.mentions[k].tokens.start)
                    && !self.is_prep_at(es.mentions[k].tokens.start.saturating_sub(1))
            }) {
                return self.entity_speaker(k, None);
            }
        }
        // `أن محمد جمور، نائب أمين عام الحزب …، قال إن`: the name opens the clause, its
        // title stands between commas, then the verb
        if let Some(es) = self
            .inp
            .entities
            .filter(|_| end > s0 + 2 && is_comma(self.raw(end - 1)))
        {
            let comma = end - 1;
            let mut o = comma;
            while o > s0 && comma - o < MAX_APPOSITION && !is_comma(self.raw(o - 1)) {
                o -= 1;
            }
            if o > s0 + 1 && is_comma(self.raw(o - 1)) && o < comma {
                let named = es.mentions.iter().position(|e| {
                    e.tokens.end + 1 == o
                        && e.label == "PER"
                        && (e.tokens.start == s0 || opens_clause(e.tokens.start - 1))
                });
                let plain = (o..comma).all(|t| {
                    !self.is_verb_at(t)
                        && !is_complementizer(self.word(t))
                        && self.cue_at(t).is_none()
                });
                if let Some(k) =
                    named.filter(|&k| plain && self.may_be_subject(k) && !self.after_relation(k))
                {
                    return self.entity_speaker(k, Some(o..comma));
                }
            }
        }
        let mut b = end;
        while b > s0 && end - b < 8 && !opens_clause(b - 1) {
            b -= 1;
        }
        if !(b == s0 || opens_clause(b - 1)) {
            return None;
        }
        while b < end && is_discourse(self.word(b)) {
            b += 1;
        }
        // `… الذي قالت "…"`: a relative clause's subject is no description of its own
        if b >= end || is_relative_pronoun(self.word(b)) {
            return None;
        }
        let d = b..end;
        // nouns and adjectives; `لل` + noun after the first word is a genitive (`المدير
        // التنفيذي للحزب`), not an adverbial
        let plain = d.clone().all(|t| {
            self.inp.tokens[t].kind == TokenKind::Arabic
                && (!self.is_prep_at(t)
                    || (t > b && self.word(t).starts_with("لل"))
                    || self.participle_complement(t))
                && !self.is_verb_at(t)
        });
        // a named person right before the verb, its title before it; an organisation alone,
        // or as the last noun of a construct that is the subject (`قوات حكومة الوفاق`,
        // `رئيس حكومة الوفاق`: the whole phrase speaks)
        if let Some(es) = self.inp.entities {
            for t in b..end {
                if let Some(&k) = self.entity_at.get(&t) {
                    let e = &es.mentions[k];
                    // (`لل` + noun after the first word is a genitive of the title:
                    // `عضو الهيئة العليا المستقلة للانتخابات … لمياء الزرقوني، كانت صرحت`)
                    let no_prep = (b..t)
                        .all(|x| !self.is_prep_at(x) || (x > b && self.word(x).starts_with("لل")));
                    if e.tokens.end != end || !no_prep {
                        continue;
                    }
                    match e.label.as_str() {
                        "PER" if self.after_relation(k) => {}
                        "PER" => return self.entity_speaker(k, Some(b..t)),
                        "ORG" if t == b => return self.entity_speaker(k, None),
                        "ORG" if plain && d.len() <= MAX_DESCRIPTION => {
                            return Some(self.described(d))
                        }
                        _ => {}
                    }
                }
            }
        }
        // a short definite description (`المجموعة`, `الوزارة`); after an auxiliary, a
        // longer one (`قوات حكومة الوفاق الليبية، كانت أعلنت`)
        // `أن` is followed by its clause's subject: a longer description is safe there too
        let after_complementizer = b > 0
            && (is_complementizer(self.word(b - 1)) || matches!(self.word(b - 1), "لان" | "ولان"));
        let longest = if end < cue_at || after_complementizer {
            MAX_DESCRIPTION
        } else {
            3
        };
        let definite = self.word(b).starts_with("ال")
            || (end < cue_at && d.len() >= 2)
            || (after_complementizer && d.len() >= 2 && self.word(b + 1).starts_with("ال"));
        (d.len() <= longest && plain && definite).then(|| self.described(d))
    }

    /// A report nested in the content of another (`ذكرت وسائل إعلام أن أردوغان صرح بأن …`):
    /// a verb without و whose subject is written before it, inside `within`.
    fn nested_report(&self, i: usize, within: Range<usize>) -> Option<Quote> {
        let (cue, content_start, kind, region_end) = self.report_at(i)?;
        // a subject after the verb (`القطع التي رجّح المصدر الأمني أن`), else before it
        let after = (!cue.participle)
            .then(|| self.speaker_in(i + 1..region_end))
            .flatten();
        let attribution = if after.is_some() {
            Attribution::Explicit
        } else {
            Attribution::BeforeCue
        };
        // (`… أنه بالتحري معهم اعترفوا بأنهم`: a plural verb without subject, the people
        // counted before)
        let speaker = after
            .or_else(|| self.speaker_before(i, within.start + 1))
            .or_else(|| {
                (cue.agreement == Agreement::Plural && !cue.participle)
                    .then(|| self.counted_people(i, false))
                    .flatten()
            })?;
        if self.is_finding(&speaker) {
            return None;
        }
        let content = match kind {
            QuoteKind::Indirect => content_start..self.indirect_end(content_start),
            // `… أن المدير التنفيذي قال في رده "…"`: the words in the marks
            QuoteKind::Direct => {
                let (o, c) = self.mark_opening_at(content_start)?;
                o + 1..c
            }
        };
        let content = self.trim(content.start..content.end.min(within.end));
        self.is_quotation(kind, &content, i).then(|| Quote {
            kind,
            cue: Some(i..i + 1),
            content,
            speaker: Some(speaker),
            attribution,
        })
    }

    /// Whether `content` is a quotation and not a label: indirect content always; quoted
    /// words if there are at least [`MIN_QUOTE_WORDS`] of them, or if a colon or the verb itself
    /// stands right before the marks (`وأضاف: «سنعود قريبا»`, not `واصفا إياه بـ"السخيف
    /// والخاطئ"`).
    fn is_quotation(&self, kind: QuoteKind, content: &Range<usize>, cue_at: usize) -> bool {
        if content.is_empty() {
            return false;
        }
        if kind == QuoteKind::Indirect {
            return true;
        }
        let words = content
            .clone()
            .filter(|&t| {
                !matches!(
                    self.inp.tokens[t].kind,
                    TokenKind::Punct | TokenKind::Symbol
                )
            })
            .count();
        // (`"د ب أ"`: the letters of an abbreviation are a name)
        let letters_only = content.clone().all(|t| {
            self.inp.tokens[t].kind != TokenKind::Arabic || self.word(t).chars().count() <= 2
        });
        let before = content.start.checked_sub(2);
        !letters_only
            && (words >= MIN_QUOTE_WORDS
                || before.is_some_and(|b| b == cue_at || self.raw(b) == ":"))
    }

    /// The source of `قوله` at `cue_at`: the phrase between a preceding `عن` (in the same
    /// sentence, at most [`MAX_DESCRIPTION`] tokens back) and the verbal noun.
    fn quoted_from(&self, cue_at: usize) -> Option<Speaker> {
        let s0 = self.sentence_start(cue_at);
        let from = cue_at.saturating_sub(MAX_DESCRIPTION + 1).max(s0);
        let k = (from..cue_at).rev().find(|&t| self.word(t) == "عن")?;
        self.speaker_in(k + 1..cue_at)
    }

    /// The noun phrase a relative pronoun at `rel` refers to: a named entity ending right
    /// before it, else the last noun with the construct noun before it (`عائلات البحارة`).
    /// Who speaks in `جاء في البيان أن` (the verb at `cue_at`, its region ending at
    /// `region_end`): an entity right after the document noun owns it (`بلاغ لوزارة
    /// الداخلية`), else the document itself (`البيان`, up to a relative clause).
    fn statement_source(&self, cue_at: usize, region_end: usize) -> Option<Speaker> {
        let noun = cue_at + 2;
        if noun >= region_end {
            return None;
        }
        if let Some(&k) = self.entity_at.get(&(noun + 1)) {
            let e = &self.inp.entities?.mentions[k];
            if e.tokens.end <= region_end && e.label != "LOC" {
                return self.entity_speaker(k, None);
            }
        }
        let end = (noun + 1..region_end)
            .find(|&t| {
                let w = self.word(t);
                is_relative_pronoun(w)
                    || is_comma(self.raw(t))
                    || self.mark_opening_at(t).is_some()
                    || self.is_verb_at(t)
            })
            .unwrap_or(region_end)
            .min(noun + 4);
        Some(self.described(self.trim(noun..end)))
    }

    fn antecedent(&self, rel: usize) -> Option<Speaker> {
        let e = rel;
        let last = e.checked_sub(1)?;
        if is_comma(self.raw(last)) {
            return self.statement_owner(last);
        }
        if self.inp.tokens[last].kind != TokenKind::Arabic {
            return None;
        }
        if let Some(es) = self.inp.entities {
            if let Some(k) = es.mentions.iter().position(|m| m.tokens.end == e) {
                return self.entity_speaker(k, None);
            }
        }
        // `الطالب ذاته الذي`, `المصدر نفسه الذي`: the emphatic pronoun follows the noun
        let noun = if matches!(
            self.word(last),
            "ذاته" | "ذاتها" | "ذاتهم" | "نفسه" | "نفسها" | "انفسهم"
        ) && last >= 1
        {
            last - 1
        } else {
            last
        };
        // `السنة الماضية التي ذكر أنها`: a date is no speaker
        if !self.word(noun).starts_with("ال")
            || self.is_prep_at(noun)
            || self.inp.dates.iter().any(|d| d.contains(&noun))
        {
            return None;
        }
        // (`المنظمة الحقوقية التي`: a definite relative adjective goes with its noun)
        let noun = if noun >= 1
            && self.word(noun - 1).starts_with("ال")
            && self.is_nominal(noun - 1)
            && (self.word(noun).ends_with("يه") || self.word(noun).ends_with('ي'))
        {
            noun - 1
        } else {
            noun
        };
        let start =
            if noun >= 1 && self.is_nominal(noun - 1) && !self.word(noun - 1).starts_with("ال") {
                noun - 1
            } else {
                noun
            };
        Some(self.described(start..e))
    }

    /// A subject written between an auxiliary and the verb at `cue_at` (`وكان ترامب وصف`,
    /// `وكانت الوزارة أعلنت`): a named person or organisation, or a definite description of
    /// at most four words, right after the auxiliary.
    /// Whether the verb at `i` is in an attribution (`حسب ما أكده`, `وفق ما أفاد`, `حسبما
    /// صرح`).
    fn attributes_at(&self, i: usize) -> bool {
        let before = |k: usize| i.checked_sub(k).map(|t| self.word(t));
        match before(1) {
            Some("ما") => before(2).is_some_and(is_attribution),
            Some(w) => matches!(w, "حسبما" | "وحسبما" | "بحسبما" | "وفقما"),
            None => false,
        }
    }

    /// Whose statements a relative clause after a comma refers to (`تصريحات الوزير السابق
    /// مانوال فالس، التي قال فيها "…"`): the noun phrase after a statement noun that ends at
    /// the comma `comma`.
    fn statement_owner(&self, comma: usize) -> Option<Speaker> {
        let s0 = self.sentence_start(comma);
        let noun = (s0..comma)
            .rev()
            .take(MAX_DESCRIPTION + 1)
            .take_while(|&t| !is_comma(self.raw(t)))
            .find(|&t| is_statement_noun(self.word(t)))?;
        self.speaker_in(noun + 1..comma)
    }

    fn subject_after_auxiliary(&self, cue_at: usize) -> Option<Speaker> {
        let s0 = self.sentence_start(cue_at);
        // `وكان السليطي قد أكد`: the particle is not part of the subject
        let mut end = cue_at;
        while end > s0 + 1
            && (is_qad(self.word(end - 1))
                || matches!(self.word(end - 1), "ايضا" | "بدوره" | "بدورها"))
        {
            end -= 1;
        }
        // nor is a relative clause between commas (`وكان فالس، الذي حل …، صرح بأن`)
        if end > s0 + 1 && is_comma(self.raw(end - 1)) {
            let open = (s0..end - 1)
                .rev()
                .take(MAX_REGION)
                .find(|&t| is_comma(self.raw(t)));
            if let Some(c) = open.filter(|&c| c + 2 < end && is_relative_pronoun(self.word(c + 1)))
            {
                end = c;
            }
        }
        // `وكانت كلينتون التي تواجه ترامب … قد أعلنت`: a name right after the auxiliary
        // that opens the sentence, then a relative clause that runs to the particle
        if end < cue_at {
            if let Some(es) = self.inp.entities {
                let opening = (s0..(s0 + 2).min(end)).find(|&t| is_kana(self.word(t)));
                let named = opening.and_then(|a| self.entity_at.get(&(a + 1)).copied());
                if let Some(k) = named {
                    let e = &es.mentions[k];
                    if matches!(e.label.as_str(), "PER" | "ORG")
                        && e.tokens.end + 1 < end
                        && end - e.tokens.end <= MAX_REGION
                        && is_relative_pronoun(self.word(e.tokens.end))
                    {
                        return self.entity_speaker(k, None);
                    }
                }
            }
        }
        // (a short name in marks may close the subject: `وكانت وكالة الأنباء الإيرانية
        // "إرنا" قد ذكرت`)
        let mut quoted = 0..0;
        if end > s0 + 3 && self.is_mark(end - 1) {
            if let Some(o) = (end.saturating_sub(5).max(s0)..end - 1)
                .rev()
                .find(|&t| self.mark_opening_at(t).is_some_and(|(_, c)| c == end - 1))
            {
                quoted = o..end;
            }
        }
        let reach = 5 + quoted.len();
        let aux = (end.saturating_sub(reach).max(s0)..end.saturating_sub(1))
            .rev()
            .find(|&t| is_kana(self.word(t)))?;
        let np = aux + 1..end;
        if np.is_empty() {
            return None;
        }
        if !quoted.is_empty() && quoted.start > np.start {
            if let Some(s) = self.subject_phrase(np.start..quoted.start) {
                return Some(s);
            }
        }
        if let (Some(es), Some(&k)) = (self.inp.entities, self.entity_at.get(&np.start)) {
            let e = &es.mentions[k];
            if e.tokens == np && matches!(e.label.as_str(), "PER" | "ORG") {
                return self.entity_speaker(k, None);
            }
        }
        self.subject_phrase(np)
    }

    /// A noun phrase between an auxiliary and its verb as the subject: plain nouns, no date,
    /// definite or short.
    fn subject_phrase(&self, np: Range<usize>) -> Option<Speaker> {
        let plain = np.clone().all(|t| self.is_nominal(t))
            && !self
                .inp
                .dates
                .iter()
                .any(|d| d.start < np.end && np.start < d.end);
        // a definite noun phrase, or a short one (a name the relative clause describes,
        // `وكانت مواقع إعلامية أوردت`)
        let named = self.word(np.start).starts_with("ال") || np.len() <= 3;
        (plain && named).then(|| self.described(np))
    }

    /// Whether the cue at `i` is a bare present-tense verb (no و/ف) right after a noun in
    /// mid-sentence (`جثة متآكلة يرجح أنها`): a clause describing the noun or an impersonal
    /// passive, not a turn of an earlier speaker.
    fn describes_noun_before(&self, i: usize, cue: Cue) -> bool {
        if cue.participle || i == 0 || i <= self.sentence_start(i) {
            return false;
        }
        let w = self.word(i);
        let present = present_verb(w).is_some();
        let prev = self.word(i - 1);
        // (`… انتخابات تشريعية، يتوقع أن يحافظ فيها`: after a comma, a bare present
        // masculine verb directly before its complementizer is the impersonal passive)
        // (and `فإنه يرجح أن`: "it is likely")
        let impersonal = (is_comma(self.raw(i - 1))
            || (matches!(prev, "انه" | "فانه" | "وانه") && matches!(w, "يرجح" | "يتوقع")))
            && w.starts_with('ي')
            && !w.ends_with("ون")
            && is_complementizer(self.word(i + 1));
        let after_noun = self.is_nominal(i - 1)
            && !prev.starts_with(['و', 'ف'])
            && !is_relative_pronoun(prev)
            && !is_auxiliary(prev)
            && !matches!(
                prev,
                "ما" | "كما" | "فيما" | "بينما" | "حيث" | "اذ" | "لا" | "لم" | "لن" | "قد"
                    | "سوف" | "هو" | "هي" | "هم" | "انه" | "انها" | "لانه" | "لانها"
                    // (`… لا تعترض … لكن تؤكد على أنه`: a conjunction, the clause goes on)
                    | "لكن" | "بل" | "ثم" | "او" | "اما" | "الا"
            );
        present && (impersonal || after_noun)
    }

    /// The speaker of a verb without a subject of its own: the most recent speaker whose verb
    /// agrees with it; else, for a singular verb, the person named last before the verb in its
    /// sentence or the one before; else the most recent speaker.
    fn implicit(
        &self,
        speakers: &Speakers,
        cue: Cue,
        cue_at: usize,
    ) -> (Option<Speaker>, Attribution) {
        let agreement = cue.agreement;
        // a participle's subject is its clause's (`وجدّد المرصد …، معبرا عن «…»`); so is
        // that of a bare verb after a comma (`واطلق مواطن … نداء استغاثة …، أكد خلالها أن`)
        let after_comma = cue_at > 0
            && is_comma(self.raw(cue_at - 1))
            && !self.word(cue_at).starts_with(['و', 'ف']);
        // (and a verb in a sentence opened by `من جانبه،` + a verb and its subject: `من
        // جانبه، أكّد رئيس الجمهورية على … وأوضح أن`)
        let s0 = self.sentence_start(cue_at);
        let turn_clause = self.turn_at(s0) == Some(agreement) && cue_at > s0 + 4;
        if cue.participle || after_comma || turn_clause {
            if let Some(s) = self.clause_subject(cue_at, true) {
                return (Some(s), Attribution::Clause);
            }
        }
        if let Some((s, _)) = speakers.iter().rev().find(|(_, a)| *a == Some(agreement)) {
            return (Some(s.clone()), Attribution::Previous);
        }
        // `… القبض على 10 أشخاص … اعترفوا أنهم`, `إيقاف شخصين … كما أكّدا أن`: a plural
        // or dual verb with no subject and no speaker before it; the people counted last
        let w = self.word(cue_at);
        let dual = !cue.participle && w.ends_with('ا') && !w.ends_with("وا");
        if agreement == Agreement::Plural || dual {
            if let Some(s) = self.counted_people(cue_at, dual) {
                return (Some(s), Attribution::Nearest);
            }
        }
        // one named person is not the subject of a plural verb (`أفادوا أنه`)
        if let Some(es) = self.inp.entities.filter(|_| agreement != Agreement::Plural) {
            let k = self.sentence_of[cue_at];
            let from = self
                .inp
                .sentences
                .get(k.saturating_sub(1))
                .map_or(0, |s| s.start);
            // mentions are in text order: look back from the last one ending before the verb
            let upto = es.mentions.partition_point(|e| e.tokens.end <= cue_at);
            let s0 = self.sentence_start(cue_at);
            let persons = || {
                es.mentions[..upto]
                    .iter()
                    .enumerate()
                    .rev()
                    .take_while(|(_, e)| e.tokens.start >= from)
                    .filter(|(_, e)| e.label == "PER")
            };
            // a person earlier in this sentence; else the previous sentence's first person,
            // its subject (`انتقد الأمين العام … عدنان منصر … تصريحات … المرزوقي. وقال إنه`)
            let nearest = persons()
                .find(|(_, e)| e.tokens.start >= s0)
                .or_else(|| persons().last());
            if let Some((m, _)) = nearest {
                return (self.entity_speaker(m, None), Attribution::Nearest);
            }
        }
        match speakers.last() {
            Some((s, _)) => (Some(s.clone()), Attribution::Previous),
            None => match self.previous_subject(cue_at, agreement) {
                Some(s) => (Some(s), Attribution::Previous),
                None => (None, Attribution::None),
            },
        }
    }

    /// With no speaker at all before it, a verb without a subject continues the subject of
    /// the previous sentence's first verb when their genders agree (`وجدد الحزب في بيان له
    /// مساندته …. وأكد أن`).
    fn previous_subject(&self, cue_at: usize, agreement: Agreement) -> Option<Speaker> {
        let k = self.sentence_of[cue_at];
        let prev = self.inp.sentences.get(k.checked_sub(1)?)?;
        if prev.is_empty() {
            return None;
        }
        let s = self.clause_subject(prev.end - 1, true)?;
        let head = self.word(s.tokens.start);
        let feminine = head.ends_with('ه') || head.ends_with("ات");
        let agrees = match agreement {
            Agreement::Masculine => !feminine,
            Agreement::Feminine => feminine || s.label.is_some(),
            Agreement::Plural => false,
        };
        agrees.then_some(s)
    }

    /// The subject of the verb that opens the sentence of token `at` (`وجدّد المرصد في
    /// بيان له «…»` → المرصد), when a morphosyntax model marks that verb.
    ///
    /// `construct`: also accept an indefinite noun in a construct (`وزارة الشؤون الخارجية`)
    /// as the subject — for a participle, which has a subject for sure; a bare quotation
    /// (no reporting verb) wants a named or definite one.
    fn clause_subject(&self, at: usize, construct: bool) -> Option<Speaker> {
        // the first verb of the sentence, after a leading phrase (`وفي هذا الصدد دعا …`)
        let s0 = self.sentence_start(at);
        // `يذكر أن وزير الداخلية … أعلن …، مشيرا`: the impersonal opener has no subject; the
        // reporting verb of its clause has one, written before it
        if matches!(self.word(s0), "يذكر" | "ويذكر" | "يشار" | "ويشار")
            && (s0 + 1..s0 + 3).any(|t| is_complementizer(self.word(t)))
        {
            if let Some(cue) = (s0 + 2..at).find(|&t| self.cue_at(t).is_some_and(|c| !c.participle))
            {
                return self.speaker_before(cue, s0 + 1);
            }
            // (for a participle, the subject of the first verb there, written between the
            // complementizer and the verb: `يذكر أن النائب المنجي الرحوي قد علّق على …، قائلا
            // "…"`)
            if !construct {
                return None;
            }
            let c = (s0 + 1..s0 + 3).find(|&t| is_complementizer(self.word(t)))?;
            let v = (c + 2..at).find(|&t| self.is_verb_at(t) || is_qad(self.word(t)))?;
            return self.speaker_in(c + 1..v);
        }
        // (for a participle, its clause is the last one opened by `فيما`/`بينما` before it:
        // `وأثارت هذه التفاصيل ضحك المشاركين، فيما واصل روس حديثه قائلا`)
        let s0 = if construct {
            (s0..at)
                .rev()
                .find(|&t| matches!(self.word(t), "فيما" | "وفيما" | "بينما" | "وبينما"))
                .map_or(s0, |t| t + 1)
        } else {
            s0
        };
        // (`من جانبها، عبّرت فلانة … عن ضرورة …، مؤكدة`: after a turn phrase the clause
        // opens with its verb)
        let after_turn = self.turn_at(s0).is_some();
        let s0 = if after_turn {
            s0 + 2 + usize::from(is_comma(self.raw(s0 + 2)))
        } else {
            s0
        };
        // (for a participle: a sentence that opens with و + a word and then a definite noun
        // or a name opens with its verb, whatever the tagger says: `وفند الكاتب العام للنقابة
        // …، مؤكدا`)
        let w0 = self.word(s0);
        let opening_verb = (after_turn
            && s0 + 2 < at
            && self.inp.tokens[s0].kind == TokenKind::Arabic
            && !self.is_prep_at(s0))
            || (s0 + 1 < at
                && w0.starts_with('و')
                && !w0.starts_with("وال")
                && w0.chars().count() >= 4
                && self.inp.tokens[s0].kind == TokenKind::Arabic
                && !self.is_prep_at(s0)
                && !is_auxiliary(w0)
                && (self.word(s0 + 1).starts_with("ال") || self.entity_at.contains_key(&(s0 + 1))));
        let v = if opening_verb && construct {
            s0
        } else {
            (s0..at.min(s0 + 8))
                .find(|&t| self.is_verb_at(t) || (t > s0 && is_qad(self.word(t - 1))))?
        };
        // (`وبين أنه لا يمكن الحديث …، مؤكدا`: a verb after the complementizer is the
        // reported clause's, its subject is not the speaker)
        if (s0..v).any(|t| is_complementizer(self.word(t))) {
            return None;
        }
        // its subject ends before the content: a complementizer, a quotation, a verb
        // (a short quoted name right after the head noun is part of the subject: `واستنكرت
        // جمعية "أقليات" …، مشددة على أن`)
        let quoted_name = |t: usize| {
            t == v + 2
                && self
                    .mark_opening_at(t)
                    .is_some_and(|(o, c)| self.is_mark(c) && c > o + 1 && c - o <= 4)
        };
        let end = (v + 1..at)
            .find(|&t| {
                is_complementizer(self.word(t))
                    || (self.mark_opening_at(t).is_some() && !quoted_name(t))
                    || self.cue_at(t).is_some()
            })
            .unwrap_or(at);
        // (`ووصفت الطبيبة الأمر بالمؤسف، مشيرة`: the object is not the subject)
        let end = self.describe_subject_end(v, end);
        // (`ونفى الوزير وجود إقالات …، مبينا`: a definite noun and then a bare noun are the
        // subject and the object — the first noun of a construct never takes the article —
        // unless the bare noun is part of a name)
        let in_name = |t: usize| {
            self.inp.entities.is_some_and(|es| {
                es.mentions
                    .iter()
                    .any(|e| e.tokens.start <= t && t < e.tokens.end)
            })
        };
        let end = (v + 2..end)
            .find(|&t| {
                self.word(t - 1).starts_with("ال")
                    && !self.word(t).starts_with("ال")
                    // (`الكاتب العام للنقابة`, `بالجهة`: a preposition and its noun go on)
                    && !self.word(t).starts_with("لل")
                    && !self
                        .word(t)
                        .strip_prefix(['ب', 'ك'])
                        .is_some_and(|r| r.starts_with("ال"))
                    && self.is_nominal(t)
                    && self.word(t).chars().count() >= 3
                    && !matches!(
                        self.word(t),
                        "ذاته"
                            | "ذاتها"
                            | "نفسه"
                            | "نفسها"
                            | "ايضا"
                            | "شخصيا"
                            | "مجددا"
                            | "بدوره"
                            | "بدورها"
                            | "كذلك"
                            | "امس"
                            | "اليوم"
                            | "غدا"
                    )
                    && !in_name(t)
                    && !in_name(t - 1)
            })
            .unwrap_or(end);
        let s = self.speaker_in(v + 1..end)?;
        // a masculine verb does not agree with a feminine description (`كما نفى التسريبات`):
        // that is its object, the subject is left unwritten; nor does a masculine participle
        // (`وطالب الوزارة برد الاعتبار له، قائلا إن`)
        let masculine =
            |t: usize| cue_of(self.word(t)).is_some_and(|c| c.agreement == Agreement::Masculine);
        if s.label.is_none() && (masculine(v) || (construct && masculine(at))) {
            let head = self.word(s.tokens.start);
            if head.ends_with("ات") || head.ends_with('ه') {
                return None;
            }
        }
        // a pronoun-suffixed object (`جدّد دعوته إلى`) is no subject; a definite phrase or a
        // construct (`وزارة الشؤون الخارجية`) is
        // (a construct chain ends in its definite noun: `نائب رئيس الجبهة الوطنية`)
        let t0 = s.tokens.start;
        let construct_chain = || {
            !self.is_verb_at(t0)
                && (t0 + 1..s.tokens.end.min(t0 + 3))
                    .take_while(|&t| self.is_nominal(t))
                    .any(|t| self.word(t).starts_with("ال"))
        };
        // (`ونفى نعتهم الإرهابيين …`: a noun with a plural possessive pronoun is the object)
        if s.label.is_none() && is_possessed_plural(self.word(t0)) {
            return None;
        }
        let definite = self.word(t0).starts_with("ال")
            || (construct && s.tokens.len() >= 2 && construct_chain())
            || (s.tokens.len() >= 3 && quoted_name(t0 + 1));
        (s.label.is_some() || definite).then_some(s)
    }

    fn run(&self) -> Vec<Quote> {
        let n = self.inp.tokens.len();
        let mut out: Vec<Quote> = Vec::new();
        // (speaker, agreement of its verb) of the quotes so far
        let mut speakers: Vec<(Speaker, Option<Agreement>)> = Vec::new();
        let mut claimed = vec![false; self.marks.len()];
        let mut covered = 0..0;
        let mut i = 0;
        while i < n {
            if i < covered.end {
                if let Some(q) = self.nested_report(i, covered.clone()) {
                    out.push(q);
                }
                i += 1;
                continue;
            }
            let w = self.word(i);
            let report = self.report_at(i);
            // `عندما لاحظوا أن الزورق على وشك الغرق`: noticing, in a clause of time, is
            // seeing, not remarking
            let seeing = i > 0
                && matches!(
                    self.word(i - 1),
                    "عندما"
                        | "حين"
                        | "حينما"
                        | "لما"
                        | "بعدما"
                        | "وعندما"
                        | "وحين"
                        | "وحينما"
                )
                && matches!(w, "لاحظ" | "لاحظت" | "لاحظوا" | "يلاحظ" | "يلاحظون");
            // `وهذا يشير إلى أنه انتحر`: what a demonstrative indicates is an inference, not
            // a report (`هذا وأكد …` opens a new clause with its و; a participle has no subject
            // of its own: `… هذا مشيرا إلى أنها`)
            let inferred = i > 0
                && !w.starts_with(['و', 'ف'])
                && is_demonstrative(self.word(i - 1))
                && report.as_ref().is_some_and(|r| !r.0.participle);
            if seeing || inferred {
                i += 1;
                continue;
            }
            let Some((cue, content_start, kind, region_end)) = report else {
                // the subject of a reporting verb that opens a sentence without a quote
                // (`أعلن السفير الفرنسي … عن تأسيس`), or of one in an attribution (`حسب ما
                // أكده المندوب الجهوي`, `وفق ما أفاد به مصدر`), may speak in the next ones
                // (`ما` there is no negation, and the verb may carry its object: `أكده`)
                let attributed = || {
                    if !self.attributes_at(i) {
                        return None;
                    }
                    let w = self.word(i);
                    let verb = ["ه", "ها"].iter().find_map(|p| w.strip_suffix(p));
                    cue_of(w).or_else(|| verb.and_then(cue_of))
                };
                if let Some(c) = self.cue_at(i).or_else(attributed) {
                    // (a text that stipulates no clause, `وينص الفصل 82 على إجبارية`, is no
                    // source of the next reports)
                    if (i == self.sentence_start(i) || self.attributes_at(i))
                        && !is_stipulation(self.word(i))
                    {
                        let end = self.sentence_end(i).min(i + 12);
                        let mut from = i + 1;
                        while from < end && matches!(self.word(from), "به" | "بها" | "بذلك")
                        {
                            from += 1;
                        }
                        // (not an object with a possessive: `ونفى نعتهم الإرهابيين …`)
                        if let Some(s) = self.speaker_in(from..end).filter(|s| {
                            s.label.is_some() || !is_possessed_plural(self.word(s.tokens.start))
                        }) {
                            speakers.push((s, Some(c.agreement)));
                        }
                    }
                }
                // `من جانبه استنكر مراد بن عثمان …. واعتبر أن`: a sentence that gives someone
                // the turn names the speaker of the next reports, with or without a report
                let turn = (i == self.sentence_start(i))
                    .then(|| self.turn_at(i))
                    .flatten();
                if let Some(agreement) = turn {
                    let end = self.sentence_end(i).min(i + 6);
                    let named = self.inp.entities.and_then(|es| {
                        (i + 2..end)
                            .filter_map(|t| self.entity_at.get(&t).copied())
                            .find(|&k| matches!(es.mentions[k].label.as_str(), "PER" | "ORG"))
                    });
                    if let Some(s) = named.and_then(|k| self.entity_speaker(k, None)) {
                        speakers.push((s, Some(agreement)));
                    }
                }
                // `حسب مصدر أمني مسؤول. وأوضح أن`: the source named after an attribution
                // speaks in the next reports
                let w = self.word(i);
                let bare = w.strip_prefix('و').unwrap_or(w);
                if matches!(bare, "حسب" | "بحسب" | "وفق" | "وفقا")
                    && self.word(i + 1) != "ما"
                    && i + 1 < n
                    && self.inp.tokens[i + 1].kind == TokenKind::Arabic
                {
                    let mut from = i + 1;
                    if self.word(from) == "ل" || self.word(from) == "لما" {
                        from += 1;
                    }
                    let end = self.sentence_end(i).min(i + 12);
                    if let Some(s) = self.speaker_in(from..end).filter(|s| {
                        let head = self.word(s.tokens.start);
                        // a source, not a document or a finding (`حسب البلاغ`, `حسب
                        // المعطيات`) nor a manner (`حسب قوله`)
                        // (and someone: a name, a definite description or a source, not
                        // `حسب جدول زمني يتفق عليه`)
                        let someone = s.label.is_some()
                            || head.starts_with("ال")
                            || matches!(head, "مصدر" | "مصادر" | "شاهد" | "شهود" | "مسؤول");
                        s.tokens.start == from
                            && someone
                            && !is_document_noun(head.strip_prefix("ال").unwrap_or(head))
                            && !is_inquiry_noun(head)
                            && !is_own_words(head)
                    }) {
                        let head = self.word(s.tokens.start);
                        let agreement = if head.ends_with('ه') || head.ends_with("ات") {
                            Agreement::Feminine
                        } else if head.ends_with("ون") || head.ends_with("ين") || head == "مصادر"
                        {
                            Agreement::Plural
                        } else {
                            Agreement::Masculine
                        };
                        speakers.push((s, Some(agreement)));
                    }
                }
                i += 1;
                continue;
            };
            let content = match kind {
                QuoteKind::Direct => match self.mark_opening_at(content_start) {
                    Some((o, c)) => {
                        if let Some(k) = self.mark_index(o) {
                            claimed[k] = true;
                        }
                        o + 1..self.unclosed_end(o, c)
                    }
                    None => content_start..self.sentence_end(i),
                },
                QuoteKind::Indirect => content_start..self.indirect_end(content_start),
            };
            let content = self.trim(content);
            if !self.is_quotation(kind, &content, i) {
                i += 1;
                continue;
            }
            // what follows a participle is its object (`واصفا تلك التصريحات بأنها`), not its
            // subject: that is its clause's
            // `وجدد فلان تأكيده على أن`: the subject ends before the verbal noun
            let region_end = if cue.renews {
                (i + 1..region_end)
                    .find(|&t| is_emphasis_noun(self.word(t)))
                    .unwrap_or(region_end)
            } else if self.describes_object(i, region_end) {
                // `ووصفت الشرطة الحادث بأنه`: the object stands before بأن
                self.describe_subject_end(i, region_end)
            } else {
                region_end
            };
            let explicit = if cue.statement {
                self.statement_source(i, region_end)
            } else if cue.quoted_from {
                self.quoted_from(i)
            } else if cue.participle {
                None
            } else if let Some(s) = self.subject_after_auxiliary(i) {
                // `وكان ترامب وصف الأحد كيم بأنه`: what follows the verb is its object
                Some(s)
            } else if i > 0 && is_qad(self.word(i - 1)) && self.speaker_before(i, 0).is_some() {
                // `أن الرئيس التونسي، قد وصف إيران بأنها`: the subject stands before قد; the
                // noun after the verb is its object (taken below as the subject before)
                None
            } else if let Some(k) = cue
                .conveys
                .then(|| {
                    // (`علمت … من مصادر`: learned from)
                    let learned = matches!(
                        self.word(i)
                            .strip_prefix(['و', 'ف'])
                            .unwrap_or(self.word(i)),
                        "علمت" | "علم"
                    );
                    (i + 1..region_end).find(|&t| {
                        let w = self.word(t);
                        w == "عن" || (learned && w == "من")
                    })
                })
                .flatten()
            {
                self.speaker_in(k + 1..region_end)
            } else {
                self.speaker_in(i + 1..region_end)
            };
            // `وأصدرت الوزارة بيانا تقول فيه إنها`: the statement's issuer speaks
            let in_it = || {
                (explicit.is_none()
                    && !cue.participle
                    && matches!(self.word(i + 1), "فيه" | "فيها"))
                .then(|| self.clause_subject(i, true))
                .flatten()
            };
            // (`… شوقي الطبيب الذي قال فيه إن`: after a relative pronoun, its antecedent)
            let relative = i > 0 && is_relative_pronoun(self.word(i - 1));
            let (speaker, attribution) = match explicit {
                Some(s) => (Some(s), Attribution::Explicit),
                None => match (!relative).then(in_it).flatten() {
                    Some(s) => (Some(s), Attribution::Clause),
                    None => match self.speaker_before(i, 0) {
                        Some(s) => (Some(s), Attribution::BeforeCue),
                        None => self.implicit(&speakers, cue, i),
                    },
                },
            };
            // `جثة متآكلة يرجح أنها`, `علامة … تفيد بأن`: a bare present verb right after a
            // noun, with no subject found, describes that noun or is impersonal ("it is
            // thought"): no one's report, not a turn of the last speaker
            // (`أصدرت الوزارة بيانا … تقول فيه إنها`: the statement's issuer, found, speaks)
            let in_statement = attribution == Attribution::Clause
                && matches!(self.word(i + 1), "فيه" | "فيها" | "فيهم");
            if !matches!(attribution, Attribution::Explicit | Attribution::BeforeCue)
                && !in_statement
                && self.describes_noun_before(i, cue)
            {
                i += 1;
                continue;
            }
            // what inquiries or data show is a finding, not a report
            if matches!(
                attribution,
                Attribution::Explicit | Attribution::BeforeCue | Attribution::Previous
            ) && speaker.as_ref().is_some_and(|s| self.is_finding(s))
            {
                i += 1;
                continue;
            }
            if let Some(s) = &speaker {
                speakers.push((s.clone(), Some(cue.agreement)));
            }
            // quotation marks inside the content are part of this quote
            let from = self.marks.partition_point(|m| m.0 < content.start);
            let to = self.marks.partition_point(|m| m.0 < content.end);
            for c in &mut claimed[from..to] {
                *c = true;
            }
            covered = if kind == QuoteKind::Indirect {
                content.clone()
            } else {
                0..0
            };
            out.push(Quote {
                kind,
                cue: Some(i..i + 1),
                content: content.clone(),
                speaker,
                attribution,
            });
            // a direct quote is skipped whole; an indirect one is walked for nested reports
            i = match kind {
                QuoteKind::Direct => content.end.max(i + 1),
                QuoteKind::Indirect => (i + 1).max(content.start + 1),
            };
        }
        // quotes with the verb after them: «…»، قال فلان / «…» قالت
        for (k, &(o, c)) in self.marks.iter().enumerate() {
            if claimed[k] || c >= n {
                continue;
            }
            let mut j = c + 1;
            if j < n && is_comma(self.raw(j)) {
                j += 1;
            }
            // `«…» ذلك ما أكده فلان`: what was said, with the verb carrying it as its object
            let that_is_what = j + 2 < n
                && matches!(self.word(j), "ذلك" | "هذا" | "وذلك" | "وهذا")
                && self.word(j + 1) == "ما";
            if that_is_what {
                j += 2;
            }
            let object_cue = |w: &str| {
                ["ه", "ها"]
                    .iter()
                    .find_map(|p| w.strip_suffix(p))
                    .and_then(cue_of)
            };
            // a finite verb: a participle after a quote opens a clause of its own
            let Some(cue) = (j < n)
                .then(|| {
                    self.cue_at(j)
                        .or_else(|| that_is_what.then(|| object_cue(self.word(j))).flatten())
                })
                .flatten()
                .filter(|c| !c.participle)
            else {
                continue;
            };
            // `«…» وأضاف أن …`, `"بي بي سي"، قال فلان: …`: the verb reports its own content
            if self.report_at(j).is_some() {
                continue;
            }
            let end = self.sentence_end(j);
            let speaker = self.speaker_in(j + 1..end);
            let (speaker, attribution) = match speaker {
                Some(s) => (Some(s), Attribution::Explicit),
                None => self.implicit(&speakers, cue, j),
            };
            let content = o + 1..c;
            if !self.is_quotation(QuoteKind::Direct, &content, j) {
                continue;
            }
            claimed[k] = true;
            out.push(Quote {
                kind: QuoteKind::Direct,
                cue: Some(j..j + 1),
                content,
                speaker,
                attribution,
            });
        }
        // a long quotation with no reporting verb (`وجدّد المرصد في بيان له «…»`, `عبّر عن
        // «…»`): the subject of its clause's verb said it
        for (k, &(o, c)) in self.marks.iter().enumerate() {
            // closed by its mark (an unclosed one is less sure)
            let closed = self.is_mark(c);
            // a title (`ندوة حول "…"`) is not a quotation, nor are quoted words right before a
            // complementizer (`ملتقى بخصوص "…" أنه`), which name a thing of the report
            let title =
                (o > 0 && is_title_noun(self.word(o - 1))) || is_complementizer(self.word(c + 1));

            // `معرض "…" و"…" و"…"`: quoted names in a list
            let joined = |a: usize, b: usize| {
                a < b
                    && (b - a == 1
                        || (b - a == 2 && (self.word(a + 1) == "و" || is_comma(self.raw(a + 1)))))
            };
            let listed = (k > 0 && joined(self.marks[k - 1].1, o))
                || self.marks.get(k + 1).is_some_and(|m| joined(c, m.0));
            if claimed[k] || c - o - 1 < MIN_BARE_QUOTE || !closed || title || listed {
                continue;
            }
            // (what tests or inquiries show is a finding: `أظهرت الفحوصات … أن "…"`)
            if let Some(s) = self
                .clause_subject(o, false)
                .filter(|s| !self.is_finding(s))
            {
                out.push(Quote {
                    kind: QuoteKind::Direct,
                    cue: None,
                    content: o + 1..c,
                    speaker: Some(s),
                    attribution: Attribution::Clause,
                });
            }
        }
        out.sort_by_key(|q| q.content.start);
        out
    }
}

/// The speakers so far, with the agreement of their verbs.
type Speakers = [(Speaker, Option<Agreement>)];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::forms::fold;
    use crate::token::{split_sentences, tokenize, SentenceOptions};

    fn quotes(text: &str) -> Vec<(String, String, String)> {
        let tokens = tokenize(text);
        let folded: Vec<String> = tokens.iter().map(|t| fold(t.text(text))).collect();
        let sentences = split_sentences(text, &tokens, SentenceOptions::default());
        let dates: Vec<Range<usize>> = crate::news::dates::find_dates_in(&folded, &tokens, None)
            .into_iter()
            .map(|d| d.tokens)
            .collect();
        let inp = QuoteInput {
            text,
            tokens: &tokens,
            folded: &folded,
            sentences: &sentences,
            entities: None,
            verbs: &[],
            preps: &[],
            dates: &dates,
        };
        let span = |r: &Range<usize>| {
            text[tokens[r.start].byte_start..tokens[r.end - 1].byte_end].to_string()
        };
        find_quotes(&inp)
            .iter()
            .map(|q| {
                (
                    q.kind.name().to_string(),
                    span(&q.content),
                    q.speaker
                        .as_ref()
                        .map(|s| s.name.clone())
                        .unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn unbalanced_straight_marks_and_plural_subjects() {
        // the first mark is never closed; the later pairs are read as written
        let q = quotes(
            r#"وأشار المحتجون الى ان "العائلات حرمت من الماء . وطالبوا ب"التدخل السريع لحل هذا الاشكال". وذكر رئيس المجمع ان "الاشكال يتعلق بالفاتورة"."#,
        );
        assert_eq!(q[0].1, r#"ان "العائلات حرمت من الماء"#);
        assert_eq!(q[0].2, "المحتجون");
        assert!(q
            .iter()
            .all(|x| !x.1.contains("وطالبوا") && !x.1.contains("وذكر")));
        let last = q.last().unwrap();
        assert_eq!(
            (last.1.as_str(), last.2.as_str()),
            (r#"ان "الاشكال يتعلق بالفاتورة"#, "رئيس المجمع")
        );
        // a sound plural is no first-person verb: `ناشطون` is the subject
        let q = quotes("وقال ناشطون ليبيون إن الاستهداف جاء أثناء مرورهم.");
        assert_eq!(q[0].2, "ناشطون ليبيون");
    }

    #[test]
    fn quoted_from_honorifics_verbal_nouns_and_objects() {
        // `نقلت X عن Y قوله`: Y speaks
        let q = quotes("ونقلت الصحيفة عن الوزير قوله إن الأسواق مستقرة.");
        assert_eq!(q[0].2, "الوزير");
        assert!(quotes("وأكد أنه سيعود، على حد قوله إن شاء الله.")
            .iter()
            .all(|x| x.2 != "الوزير"));
        // an honorific refers back to the person named before
        let q = quotes("وقال المفتي العام إن الوضع خطير. وقال سماحته: «نسأل الله السلامة للجميع».");
        assert_eq!(q[1].2, "المفتي العام");
        // `عدم ذكر اسمه` is no verb: `وقال` keeps its subject
        let q = quotes(r#"وقال المصدر الذي طلب عدم ذكر اسمه:"نحاول الآن الوصول لاتفاق نهائي"."#);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2, "المصدر");
        // what follows a participle is its object
        let q = quotes("وانتقد الأمين العام التصريحات، واصفا تلك التصريحات بأنها باطلة ومشينة.");
        // (its clause's subject needs the tagger's verbs, which this test has not)
        assert_ne!(q[0].2, "تلك التصريحات");
        // a verb after a quote that has its own content does not take the quote
        let q = quotes("«نحن لا ننظر إلى الكمية فحسب». وأضاف الوزير أن الدول المنتجة متفائلة.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, "أن الدول المنتجة متفائلة");
        // a homograph's complementizer far away is not its
        assert!(quotes(
            "وسعت المخابرات إلى أهدافها وعبر شتى السبل بما فيها سبل التضليل وما أكثرها واشد أضرارها التي من بينها ما يسمى الفوضى الخلاقة، لكن هيهات أن يتحقق المراد."
        )
        .is_empty());
    }

    #[test]
    fn negations_conjunctions_homographs_and_kunyas() {
        // not said
        assert!(quotes("ولم توضح الصورة بأن الهاتف انفجر.").is_empty());
        // `قبل أن`, `إلا أن` are conjunctions
        assert!(quotes("وكتبوا شعارات على أحد الجدران قبل أن يهربوا إلى مستوطنة.").is_empty());
        // `وبين` inside a phrase is "and between"
        assert!(
            quotes("تحدث تغييرا في العلاقة بين دافع الضريبة وبين القطاع العام أن الدولة تأخذ.")
                .is_empty()
        );
        // opening a clause it is the verb
        let q = quotes("وصلت اللجنة. وبين الوكيل المساعد أن الغرامة مالية.");
        assert_eq!(q[0].2, "الوكيل المساعد");
        // `ابن X` is one name
        let q = quotes("وقال ابن سعيدان: إن هناك تعاونا بين الجهات.");
        assert_eq!(q[0].2, "ابن سعيدان");
        // `مكتفيا بالقول إن` reports
        let q = quotes("ولم يكشف الوزير عن هويتهم مكتفيا بالقول إنه من حقهم ذلك.");
        assert_eq!(q[0].1, "إنه من حقهم ذلك");
    }

    #[test]
    fn titles_circumstantials_and_misspelt_continuations() {
        // a title in marks inside the subject region is not the quote
        let q = quotes(
            r#"وأضاف الوزير على هامش ندوة حول "الخطة الاستراتيجية للإدارة الالكترونية والحوكمة المفتوحة" أن الاتفاق حاصل."#,
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, "أن الاتفاق حاصل");
        assert_eq!(q[0].2, "الوزير");
        // `مستنكرا` after the verb is no subject: the previous speaker
        let q = quotes("وقال النائب إن الوضع خطير. وأضاف مستنكرا أن الجريمة نكراء.");
        assert_eq!(q[1].2, "النائب");
        // a participle after a comma ends the content even before a misspelt complementizer
        let q = quotes("وأضاف المدير أنه تم إيفاد شاحنات، مشيرا إلى أان العملية متواصلة.");
        assert_eq!(q[0].1, "أنه تم إيفاد شاحنات");
    }

    #[test]
    fn conveyed_reports_relative_clauses_and_impersonal_openers() {
        // `نقلت X عن Y أن`: Y speaks; `نقلا عن` is not a verb
        let q = quotes("ونقلت الوكالة عن مصدر في قيادة الشرطة أن الهجوم ناجم عن عبوتين.");
        assert_eq!(q[0].2, "مصدر في قيادة الشرطة");
        let q = quotes("كشف المرصد السوري، نقلا عن مصادر موثوقة أن التنظيم استولى على طائرات.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2, "المرصد السوري");
        // the antecedent of a relative pronoun before the verb speaks
        let q =
            quotes("وأكدت النائبة ذلك بحسب شهادات عائلات البحارة الذين نقلوا أن السلطات لم تتدخل.");
        assert_eq!(q.last().unwrap().2, "عائلات البحارة");
        // `يذكر أن X أعلن …، مشيرا إلى أن`: X speaks
        let q =
            quotes("يذكر أن وزير الداخلية التركي أعلن عن مقتل 39 شخصا، مشيرا إلى أن البحث جار.");
        assert_eq!(q[0].2, "وزير الداخلية التركي");
    }

    #[test]
    fn attributions_register_their_source_and_relative_clauses_after_an_auxiliary() {
        // `حسب ما أكده X` is no quote, but X speaks in the next sentence's `وبين أن`
        let q = quotes(
            "سيستقبل المركز 500 مترشح، حسب ما أكده المندوب الجهوي للتربية. وبين أن المواضيع وصلت أمس.",
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2, "المندوب الجهوي للتربية");
        let q = quotes(
            "تم حجز المبلغ حسب ما أفادت المكلفة بالاتصال لدى الديوانة. وأوضحت أن المبلغ كان مخفيا داخل سيارة.",
        );
        assert_eq!(q[0].2, "المكلفة بالاتصال");
        // a negated verb still reports nothing
        assert!(quotes("ما أكد الوزير أن الاجتماع تأجل.").is_empty());
        // `وكان X، الذي …، صرح بأن`: the relative clause is not the subject
        for (text, speaker) in [
            ("وكان الوزير السابق، الذي حل ضيفا على القناة الثانية، صرح بأن الحجاب مفروض على النساء.", "الوزير السابق"),
            ("وكان مانوال فالس، الذي حل ضيفا على القناة الثانية، صرح بأن الحجاب مفروض على النساء.", "مانوال فالس"),
        ] {
            let q = quotes(text);
            assert_eq!(q[0].2, speaker, "{text}");
        }
    }

    #[test]
    fn a_relative_clause_about_statements_quotes_their_owner() {
        let q = quotes(
            r#"وقع النواب عريضة ضد تصريحات الوزير الأول السابق مانوال فالس، التي قال فيها "إن الحجاب مفروض على النساء"."#,
        );
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2, "الوزير الأول السابق مانوال فالس");
        // `بي بي سي` is a name, not a preposition with a pronoun
        let q = quotes("وقالت بي بي سي إن الاجتماع تأجل إلى الغد.");
        assert_eq!(q[0].2, "بي بي سي");
        // an antecedent that is no statement gives no speaker
        let q = quotes(r#"زار الوفد المدينة القديمة، التي قال فيها "إن الحجاب مفروض على النساء"."#);
        assert!(q.iter().all(|x| x.2 != "المدينة القديمة"));
    }

    #[test]
    fn subjects_between_an_auxiliary_and_the_verb() {
        // `وكان X وصف Y بأنه`: X speaks, Y is the object
        let q = quotes(r#"وكان الرئيس الأمريكي وصف الأحد الزعيم الكوري بأنه "ماكر جدا"."#);
        assert_eq!(q[0].2, "الرئيس الأمريكي");
        let q = quotes("وكان المتحدث قد أكد أن الأبحاث متواصلة.");
        assert_eq!(q[0].2, "المتحدث");
        // `من غير أن` is no report; `خلص إلى أن` is
        assert!(quotes("وأكد المتحدث سقوط قتلى، من غير أن يحدد عددهم.").is_empty());
        let q = quotes("وخلص التقرير إلى أن أغلب القطعان مصابة.");
        assert_eq!(q[0].2, "التقرير");
    }

    #[test]
    fn nested_direct_quotes_labels_and_relative_clauses() {
        // a direct quote reported inside an indirect one, its subject after أن
        let q = quotes(r#"وأكدت النائبة أن المدير التنفيذي للحزب قال في رده "لم يموّل الحزب أحد"."#);
        assert_eq!(q.len(), 2);
        assert_eq!(q[1].0, "direct");
        assert_eq!(q[1].1, "لم يموّل الحزب أحد");
        assert_eq!(q[1].2, "المدير التنفيذي للحزب");
        // two words after بـ are a label, not a quotation; after a colon they are one
        let q = quotes(r#"وانتقد القرار واصفا إياه بـ"السخيف والخاطئ"."#);
        assert!(q.is_empty(), "{q:?}");
        // a relative pronoun is no speaker
        let q = quotes(r#"ورحلت الوزارة الرجل الذي قالت "إنه تلقى تعليمات بتنفيذ هجمات"."#);
        assert!(q.iter().all(|x| x.2 != "الذي"), "{q:?}");
    }

    #[test]
    fn indirect_with_description_and_continuation() {
        let q = quotes(
            "وقالت الوزارة، إن القوات تقدمت مضيفة أنها ستواصل. وذكرت أنه لا خسائر، وأشارت إلى أن الوضع هادئ.",
        );
        assert_eq!(
            q,
            vec![
                (
                    "indirect".into(),
                    "إن القوات تقدمت".into(),
                    "الوزارة".into()
                ),
                ("indirect".into(), "أنها ستواصل".into(), "الوزارة".into()),
                ("indirect".into(), "أنه لا خسائر".into(), "الوزارة".into()),
                ("indirect".into(), "أن الوضع هادئ".into(), "الوزارة".into()),
            ]
        );
    }

    #[test]
    fn direct_quotes_and_previous_speaker() {
        let q = quotes(
            "وقال مسؤول دفاعي أمريكي طلب عدم نشر اسمه، إن الوضع صعب. وقال “نحن على يقين”. وأضاف: «سنعود قريبا».",
        );
        assert_eq!(q.len(), 3);
        assert_eq!(q[0].2, "مسؤول دفاعي أمريكي");
        assert_eq!(
            q[1],
            (
                "direct".into(),
                "نحن على يقين".into(),
                "مسؤول دفاعي أمريكي".into()
            )
        );
        assert_eq!(q[2].1, "سنعود قريبا");
        assert_eq!(q[2].2, "مسؤول دفاعي أمريكي");
    }

    #[test]
    fn quote_before_its_verb_and_no_cue() {
        let q = quotes("«الوضع تحت السيطرة»، قال المتحدث. ورفع المتظاهرون شعار «لا للفساد».");
        assert_eq!(
            q,
            vec![(
                "direct".into(),
                "الوضع تحت السيطرة".into(),
                "المتحدث".into()
            )]
        );
    }

    #[test]
    fn scare_quotes_inside_a_report_are_part_of_it() {
        let q = quotes("وقال الجيش إن القوات حققت “تقدمات بسيطة” منذ الأحد.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, "إن القوات حققت “تقدمات بسيطة” منذ الأحد");
    }

    #[test]
    fn quoted_names_belong_to_the_subject() {
        let q =
            quotes("وذكرت صحيفة «الخبر» أن الوزير استقال. وقال مصدر لـ «الرياض» إن القرار نهائي.");
        assert_eq!(
            q,
            vec![
                (
                    "indirect".into(),
                    "أن الوزير استقال".into(),
                    "صحيفة «الخبر»".into()
                ),
                ("indirect".into(), "إن القرار نهائي".into(), "مصدر".into()),
            ]
        );
    }

    #[test]
    fn an_unclosed_quote_at_the_end_stays_inside_the_text() {
        // found by the property test: the speaker ran past the last token
        let q = quotes("أشار قال “ رويترز");
        assert!(q.iter().all(|x| !x.1.is_empty()));
        let _ = quotes("قال «");
        let _ = quotes("وقال صحيفة «الخبر");
    }

    #[test]
    fn a_subject_before_an_auxiliary_and_a_verb_with_a_nominal_object() {
        let q = quotes("يذكر أن قوات الحكومة الليبية، كانت أعلنت السبت، أنها سيطرت على الميناء.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].1, "أنها سيطرت على الميناء");
        assert_eq!(q[0].2, "قوات الحكومة الليبية");
        // أشار إلى + a noun: the later أن belongs to another clause
        let q = quotes("وأشار الصندوق إلى تواصل العجز الذي من المتوقع ان يكون كبيرا.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes("وأشار مبعوث الإذاعة إلى سوريا إلى أن اللقاء تطرق إلى الوضع.");
        assert_eq!(q.len(), 1);
    }

    #[test]
    fn descriptions_statements_and_the_writers_comment() {
        // `في ذات البلاغ`, `في المقابل` are adverbials, not part of the speaker
        let q = quotes("وأكدت الشركة في ذات البلاغ أنه ستتم دعوة المترشحين.");
        assert_eq!(q[0].2, "الشركة");
        let q = quotes("وأصر العميد في المقابل أن الطالب يطالب بترسيم رابع.");
        assert_eq!(q.len(), 1, "أصر reports");
        assert_eq!(q[0].2, "العميد");
        // what one is in charge of names the speaker
        let q = quotes("ويقول القائمون على تصنيع الطائرة إنهم تلقوا طلبات.");
        assert_eq!(q[0].2, "القائمون على تصنيع الطائرة");
        // `وهو ما نفاه الطالب ذاته الذي أكد أنه`: the report ends at the writer's comment,
        // and the relative pronoun's antecedent (with its emphatic ذاته) speaks next
        let q = quotes(
            "واوضح العميد ان الطالب يطالب بترسيمه للعام الرابع وهو ما نفاه الطالب ذاته الذي أكد أنه سحب ترسيمه.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].1, "ان الطالب يطالب بترسيمه للعام الرابع");
        // (without tags نفاه looks like a noun in construct; the tagger makes it a verb)
        assert!(q[1].2.ends_with("الطالب ذاته"), "{q:?}");
        // a list after a colon is not the report
        let q =
            quotes("وأشارت الشركة إلى أنها ستعلن النتائج في الاختصاصات التالية : * متصرف * مهندس");
        assert_eq!(q[0].1, "أنها ستعلن النتائج في الاختصاصات التالية");
    }

    #[test]
    fn a_colon_at_the_end_of_the_text() {
        // found by the property test: the list check looked past the last token
        let _ = quotes("قال إن :");
    }

    #[test]
    fn quoted_words_inside_a_report_and_what_is_no_speaker() {
        // a reporting verb inside quotation marks within the report does not end it
        let q = quotes(
            r#"وأضاف ذات المصدر انه "على اثر معلومات سرية تم التحري مع المستفيد واعترف ان زميلا له توسط له لدى إطار بنكي". وبين انه "بالتحري مع العون اعترف بدوره بهوية زميله"."#,
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q[0].1.ends_with("لدى إطار بنكي") && q[0].2 == "ذات المصدر");
        assert_eq!(q[1].2, "ذات المصدر");
        // `ووصف ما تعرض له`: `ما` is what he described, the speaker stays the citizen
        let q = quotes(
            r#"قال المواطن سالم إن رئيس الدائرة رفع قضية ضده. ووصف ما تعرض له "بالمظلمة"، مشيرا إلى أنه يواجه تهمة خطيرة."#,
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2, "المواطن سالم");
        // a verb spelt passive names nobody: no report
        assert!(quotes(r#"ووُصفت الحملة بأنها "غير مسبوقة في البلاد كلها"."#).is_empty());
        assert!(passive_spelling("أُعلن") && passive_spelling("ووُصفت"));
        assert!(!passive_spelling("يُضيف") && !passive_spelling("وَقال") && !passive_spelling("قال"));
    }

    #[test]
    fn documents_speak_and_renewed_assertions_report() {
        // `جاء في البيان`: the document speaks; a quoted name before the colon is skipped
        let q = quotes(
            r#"وجاء في البيان الذي نشرته وكالة الأنباء السعودية الرسمية "واس": "يمنع على المواطنين السعوديين السفر إلى دولة قطر"."#,
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "direct");
        assert!(q[0].1.starts_with("يمنع على"));
        assert_eq!(q[0].2, "البيان");
        let q = quotes("وجاء في بلاغ لوزارة الداخلية أنه تم القبض على ثلاثة عناصر.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].1.as_str(), q[0].2.as_str()),
            ("أنه تم القبض على ثلاثة عناصر", "بلاغ لوزارة الداخلية")
        );
        // not a document: no report
        assert!(quotes("وجاء في خطوة رمزية أن الوفد زار المدينة.").is_empty());
        // `جدد تأكيده على أن`: the subject stands before the verbal noun
        let q = quotes("وجدد الوزير تأكيده على أنه مستعد للحوار.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(
            (q[0].1.as_str(), q[0].2.as_str()),
            ("أنه مستعد للحوار", "الوزير")
        );
        let q = quotes("وقال الوزير إن الحوار ممكن. وجدد التأكيد على أن الحكومة ماضية في الإصلاح.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2, "الوزير");
        // `جدد` with another object is no report
        assert!(quotes("وجدد الوزير دعوته إلى أن يتحاور الجميع.").is_empty());
    }

    #[test]
    fn titles_before_the_complementizer_impersonal_verbs_glosses_and_our_correspondent() {
        // quoted words right before the complementizer name a thing; the report follows
        let q = quotes(
            r#"وأعلن الوزير خلال إشرافه على ملتقى بخصوص"الصيغة الأولية للإستراتيجية الوطنية لمدونة السلوك" أنه تم الإمضاء على المدونة."#,
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("أنه تم"), "{q:?}");
        assert_eq!(q[0].2, "الوزير");
        // `حيث أن` is "since"; `تبين أن` has no speaker
        assert!(quotes(
            "ولاحظ المسؤول وجود خلط، حيث أن الملف أحيل على القطب وبعد البحث تبين أن الجرائم عادية."
        )
        .is_empty());
        // `في اشارة الى …` is the writer's gloss, after the report
        let q = quotes(
            r#"وقال الرئيس ان حلب ستكون "المقبرة التي ستدفن فيها امال السفاح" في اشارة الى الرئيس التركي."#,
        );
        assert!(q[0].1.ends_with("السفاح"), "{q:?}");
        // `مراسلنا` is a subject, not a circumstantial participle
        let q = quotes("وقال مراسلنا إن أسباب الاعتداء مازالت غير معلومة.");
        assert_eq!(q[0].2, "مراسلنا");
        // a date is no antecedent of a relative clause
        let q = quotes(
            "وأوضح الطرابلسي أنه من المنتظر أن يتضاعف عدد الزوار مقارنة بالسنة الماضية التي ذكر أنها سجلت توافد نحو 600 زائر.",
        );
        assert!(
            q.iter()
                .all(|x| !x.2.contains("الماضيه") && !x.2.contains("الماضية")),
            "{q:?}"
        );
    }

    #[test]
    fn adverbials_timetables_homographs_and_clauses_of_their_own() {
        // `في هذا الصدد` is no part of the speaker
        let q = quotes(r#"واعتبر جلول في هذا الصدد "أن الساحل يبقى القلب الحي للحركة الوطنية"."#);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "جلول");
        // a timetable after `حسب` is no source of the next report
        let q = quotes(
            "أكد مجمع التنسيقيات الدخول في اضراب وطني حسب جدول زمني يتفق عليه. وأضاف في بيان له، أن هذا الاضراب جاء بسبب رفض السلط الحوار.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.starts_with("مجمع"), "{q:?}");
        // `وأبرز` + a definite subject opening its sentence is the verb, far from its أن
        let q = quotes(
            "وأبرز الناطق الرسمي باسم المجمع سامى الخليفي في تصريح للوكالة يوم الأحد، أنه رغم الاتفاق مازال العمال يعملون.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        // accusing, renewing: clauses of their own end the report; `مجددا` alone is "again"
        let q = quotes("وأوضح أنه يؤمن بفرنسا التعددية، متهما إياها بسرد الأكاذيب.");
        assert!(q[0].1.ends_with("التعددية"), "{q:?}");
        let q = quotes("وأضافت أن منافسها ليست لديه خطة، مجددة إعلان مطالبها بطرد الأجانب.");
        assert!(q[0].1.ends_with("خطة"), "{q:?}");
        let q = quotes("وقال إن الحركة جاءت لتؤكد مجدّدا المنطق السائد في التعيينات.");
        assert!(q[0].1.ends_with("التعيينات"), "{q:?}");
        // `ذلك أن` gives a reason
        assert!(quotes("ووصف مصدر طبي حالته بالخطرة، ذلك أنه اصيب بحروق.").is_empty());
        // a relative adjective goes with its noun in an antecedent
        let q = quotes("ويواجه المهاجرون الاعتقال، بحسب المنظمة الحقوقية التي اضافت أنه ليس لدى تونس إطار قانوني.");
        assert!(q.iter().any(|x| x.2 == "المنظمة الحقوقية"), "{q:?}");
        // `، حيث أكدت …` opens another report
        let q = quotes("أكد الوالي أنه تم التواصل مع المحتجين بالمنطقة، حيث أكدت السلط الجهوية أن المنطقة ستنتفع بقسط من البرنامج.");
        assert!(q[0].1.ends_with("بالمنطقة"), "{q:?}");
        // quoted charges in a list with commas are names of things
        assert!(quotes(
            r#"ويواجه هذا المجرم عديد التهم تتعلق خاصة بـ"تكوين وفاق من أجل الاعتداء على الأشخاص والأملاك"، "تنفيذ مجموعة من البراكاجات والسرقات" و"الإضرار بملك الغير"."#
        )
        .is_empty());
        // `، في تعليقه على` gives the writer's context
        let q = quotes("أكد العشي أن التعددية النقابية مغشوشة في تونس، في تعليقه على قيام أكثر من منظمة نقابية.");
        assert!(q[0].1.ends_with("في تونس"), "{q:?}");
        // quoted words after `بشأن` name the topic
        assert!(quotes(
            r#"نفى الوزير الأسبق ما تناقلته بعض وسائل الإعلام بشأن "إيقاف ابن أخيه بسبب تورطه في العملية"."#
        )
        .is_empty());
        // noticing in a clause of time is seeing
        assert!(quotes("وتفطن لهم الأعوان عندما لاحظوا أن الزورق على وشك الغرق.").is_empty());
        // a plural participle after a comma opens a clause of its own too
        let q = quotes("وأضاف المصدر أنهم قاموا برفع قضية في الغرض، مطالبين بتوفير الحماية لهم.");
        assert!(q[0].1.ends_with("في الغرض"), "{q:?}");
    }

    #[test]
    fn figures_inferences_and_legal_texts() {
        // the figures say: a finding, also after a modifier
        let q = quotes("وقال المسؤول أن آخر الارقام تقول إن عدد الموقوفين بلغ اكثر من 24 ألفا.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "المسؤول");
        // what a demonstrative indicates is an inference; `هذا وأكد` opens a new clause
        let q = quotes("وقال مصدر إن الجثة وجدت تحت الجسر. وهذا يشير إلى أنه انتحر.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.ends_with("تحت الجسر"), "{q:?}");
        let q = quotes("هذا وأكد الوزير أن الوضع مستقر.");
        assert_eq!(q.len(), 1, "{q:?}");
        // a law stipulates a clause; an amendment says something
        let q = quotes("وبحسب القانون الجديد، ينص القانون على أن تبلغ الشرطة هيئة المحامين.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "القانون");
        let q = quotes("جاء في التعديل الأخير للمجلة أن الهيئة مطالبة بتعيين محامين متطوعين.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.starts_with("التعديل"), "{q:?}");
        // a stipulation with no clause opens nothing, nor do quoted words after its colon
        assert!(quotes("وينص الفصل 82 من هذا الأمر على إجبارية الحزام.").is_empty());
        let q = quotes(
            r#"وأضاف أنه يتم تعويضه حسب الفصل 24 الذي ينص على : " عند الشغور النهائي لأحد المقاعد يتم تعويض العضو المعني". يشار إلى أن المجلس سيجتمع."#,
        );
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn findings_sights_lists_and_what_someone_said_before_a_colon() {
        // `جاء في لائحة الوظائف أن`: the list speaks
        let q = quotes("وجاء في لائحة الوظائف التابعة للفرع أن عمله يرمي إلى ابتكار منتوجات جديدة.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.starts_with("لائحة الوظائف"), "{q:?}");
        // `ما قاله … X: "…"`: what X said, quoted
        let q = quotes(
            r#"وأعادت وسائل الإعلام إلى الأذهان ما قاله عام 2015 مؤسس الشركة مارك زوكربيرغ: "سنستطيع يوما تبادل الأفكار مباشرة"."#,
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "direct");
        assert!(q[0].2.contains("زوكربيرغ"), "{q:?}");
        // what investigations show is a finding
        assert!(quotes("كما بينت التحريات أن الشركة نفسها تعرضت إلى السطو مرتين.").is_empty());
        // `رأى` with quotation marks is seeing
        let q = quotes(
            r#"وقال شاهد عيان إنه رأى سكينين ملقيتين على الأرض، بما في ذلك "سكين كبيرة لتقطيع الخبز"، على الطريق."#,
        );
        assert_eq!(q.len(), 1, "{q:?}");
        // a quoted genitive goes on a name in the subject
        let q = quotes(
            r#"نفى مدير المهرجان المغاربي "للولي الصالح سيدي علي بن عون"، مفتاح وناسي صحة الخبر. وأكد مفتاح وناسي أن الخبر عار من الصحة."#,
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("أن الخبر"), "{q:?}");
        // a closing-style straight mark before punctuation with none open is stray
        let q = quotes(
            r#"وقال المصدر العسكري إن القارب لم يُستهدف من قبل قواتنا المسلحة". وأفاد المصدر أن التحقيقات التمهيدية تشير إلى أن القوات رصدت الطبيعة غير العسكرية للقارب."#,
        );
        assert!(q.iter().all(|x| x.0 != "direct"), "{q:?}");
        assert_eq!(q.len(), 2, "{q:?}");
        // a masculine verb after a feminine plural is not the antecedent's
        let q =
            quotes("وقد تتراجع المشاركة في هذه الانتخابات التي يتوقع أن تمنح الرئيس غالبية ساحقة.");
        assert!(q.iter().all(|x| !x.2.contains("الانتخابات")), "{q:?}");
    }

    #[test]
    fn learned_from_via_and_the_other_side_of_while() {
        // `علمت X من Y أن`: Y speaks
        let q = quotes("علمت الإذاعة من مصادر رسمية بوزارة الشؤون الدينية أنه تم عزل مؤذن.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.starts_with("مصادر رسمية"), "{q:?}");
        // `عبر` ("via") ends the subject
        let q = quotes("وأكد المدير عبر حساب على فيسبوك أن الهيئة تكفلت بالتصوير.");
        assert_eq!(q[0].2, "المدير");
        // `عدم …` is never a speaker
        let q = quotes(
            r#"وقد أعلن عدم ترشحه مجددا، "إيمانا منه بمبدأ التداول على المسؤوليات في المنظمات"."#,
        );
        assert!(q.iter().all(|x| !x.2.starts_with("عدم")), "{q:?}");
        // `وفيما أكد X أن …، أكد Y أنه`: two turns; `مرافقا الضحية` is a construct, not a
        // circumstantial participle
        let q = quotes(
            "وفيما أكدت المصادر الأمنية أن المهرب لم يمتثل لأمر التوقف، أكد مرافقا الضحية، أنه امتثل للأمر.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q[0].1.ends_with("لأمر التوقف"), "{q:?}");
        assert_eq!(q[1].2, "مرافقا الضحية");
    }

    #[test]
    fn although_once_again_she_is_and_a_participle_with_its_object() {
        // `رغم أن` is "although"
        let q = quotes("وأكد احترامهم اختيارات التونسيين رغم أنه أكثر من يهدد الدستور.");
        assert!(q.is_empty(), "{q:?}");
        // `مرة أخرى` is no subject of a nested verb
        let q =
            quotes("وقال المتحدث إن هذه الحادثة الأليمة تؤكد مرة أخرى أن الإرهاب يضرب في كل مكان.");
        assert!(
            q.iter()
                .all(|x| !x.2.starts_with("مره") && !x.2.starts_with("مرة")),
            "{q:?}"
        );
        // `X وهي …`: the clause about the subject is not part of its description
        let q = quotes("أكدت علياء وهي تونسية عاشت أحداث التفجير أنها كانت على متن الرحلة.");
        assert_eq!(q[0].2, "علياء");
        // a definite subject, then the verb's object with a possessive: the subject ends
        let q = quotes("وأكد الهلالي مساندة حزبه المتواصلة للحكومة لكنه أشار إلى أنه على الحكومة أن تكون فوق الشبهات.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "الهلالي");
        // `واصفا X بأنها` ends the report before it and reports on its own
        let q = quotes(
            "قال الجيش إن صاروخا أطلق اليوم قطع مسافة نحو 500 كيلومتر واصفا عملية الإطلاق بأنها استعراض للقوة.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q[0].1.ends_with("500 كيلومتر"), "{q:?}");
        assert!(q[1].1.starts_with("بأنها"), "{q:?}");
    }

    #[test]
    fn a_detached_conjunction_bulletins_and_until() {
        // `و بيّن` with the conjunction written apart is the verb
        let q = quotes("و بيّن فريد في اتصال هاتفي أنّ لديه إثباتا على نجاحه.");
        assert_eq!(q.len(), 1, "{q:?}");
        // `جاء في نشرة خاصة للمعهد أنه`
        let q = quotes("وجاء في نشرة خاصة للمعهد الوطني للرصد الجوي أنه سيتم تسجيل تساقط الثلوج.");
        assert_eq!(q.len(), 1, "{q:?}");
        // `إلى أن` after a verb that takes no إلى is "until"
        let q = quotes("وأكد عرض ملفه على مختلف الوزراء إلى أن وصل ملفه إلى رئاسة الحكومة.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn noting_that_and_what_a_report_holds() {
        // `علما أن` is the writer's aside
        assert!(quotes(
            "ووردت معلومات تفيد بحيازة أحد الأشخاص قطعة أثرية، علما ان احدهم أمني مباشر."
        )
        .is_empty());
        // `ورد في تقرير أنه`, like `جاء في`
        let q = quotes("وورد في تقرير أنه تم إعدام الأكراد بعد محاكمة طويلة.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "تقرير");
    }

    #[test]
    fn the_writers_aside_ends_a_report_without_a_full_stop() {
        let q = quotes("وأكد السكان ان بعض المرضى يموتون في طريقهم إلى سوسة ويذكر أن المنطقة يوجد بها مستوصفان.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.ends_with("إلى سوسة"), "{q:?}");
    }

    #[test]
    fn a_participle_without_its_final_alef_after_a_comma_reports() {
        let q = quotes("وأكد النائب أن سوريا قاومت الارهاب، معتبر أن هذا المشروع صهيوني.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].1, "أن هذا المشروع صهيوني");
        // not without the comma, nor without a complementizer
        assert_eq!(quotes("وأكد النائب أن عددا معتبر أن يكون كافيا.").len(), 1);
        assert_eq!(quotes("وأكد النائب أن الحضور كان، معتبر جدا.").len(), 1);
    }

    #[test]
    fn the_people_counted_before_a_plural_or_dual_verb_speak() {
        let q = quotes("ألقت الوحدات القبض على 10 أشخاص بالميناء. وبالتحري معهم اعترفوا أنهم كانوا ينوون اجتياز الحدود.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "10 أشخاص");
        let q = quotes("تمكنت الفرقة من إيقاف شخصين. وتبين أنهما يتواصلان مع عنصر إرهابي. كما أكّدا أن الإرهابي أعلم أحدهما بمقتل شقيقه.");
        assert_eq!(q.last().map(|x| x.2.as_str()), Some("شخصين"), "{q:?}");
        // a singular verb does not take them
        let q = quotes("ألقت الوحدات القبض على 10 أشخاص. وأكد أن العملية متواصلة.");
        assert!(q.iter().all(|x| x.2 != "10 أشخاص"), "{q:?}");
    }

    #[test]
    fn informs_a_number_of_people_and_complementizers_of_other_verbs() {
        // `تعلم الشركة … أن` informs; `يعلم الجميع أن` is knowledge
        let q = quotes("تعلم الشركة التونسية للكهرباء والغاز أن الانزلاق الأرضي تسبب في خلل.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(quotes("يعلم الجميع أن الوضع صعب.").is_empty());
        // a plural verb after `عدد من …`
        let q = quotes("طالب عدد من افراد الجالية التونسية السلطات بالتدخل. وأضافوا، أن عائلتها تولت توفير المستلزمات.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.starts_with("عدد من افراد الجالية"), "{q:?}");
        // `مضيفا إلى أنها`: إلى right after the verb is its preposition, not "until"
        let q = quotes(
            "وقال الوالي إن البادرة فريدة، مضيفا إلى أنها تهدف إلى ضمان تواصل السجين مع العالم.",
        );
        assert_eq!(q.len(), 2, "{q:?}");
    }

    #[test]
    fn justified_unclosed_titles_names_and_the_previous_sentences_subject() {
        // `برر … بأن`
        let q = quotes("وبرر العمدة المثير للجدل قراره بأن فرع البنك يقع بالقرب من المتنزه.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.starts_with("العمدة المثير"), "{q:?}");
        // a title whose closing mark is missing does not swallow the report after it
        let q = quotes("اكد وزير الفلاحة عقب حضوره منتدى دولي حول \"التجديد في الفلاحة لرفع تحدي التغيرات المناخية انه يتم الاشتغال على ملف قانوني.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].0, "indirect", "{q:?}");
        // a product name after `تسمية` is no quotation
        assert!(quotes("تفطنت الوكالة إلى مواد تتمثل في معجون تحت تسمية\"راني كون أم خمّاس Rani kone\" يروّج في الأسواق.").is_empty());
    }

    #[test]
    fn sources_after_according_to_plural_subjects_and_opening_verbs() {
        // `حسب مصدر أمني مسؤول. وأوضح أن`
        let q = quotes("وأسفرت العملية عن القبض على منظمها، حسب مصدر أمني مسؤول. وأوضح أن الوحدات الأمنية تمكنت من العثور على محركات.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "مصدر أمني مسؤول");
        // not a document (`حسب البلاغ`)
        let q = quotes("وتم حجز السيارة حسب البلاغ. وأوضح أن الأبحاث متواصلة.");
        assert!(q.iter().all(|x| x.2 != "البلاغ"), "{q:?}");
        // `وطالب المحتجون الجهات المعنية …، ملاحظين أن`: the object is not the subject
        let q = quotes("وطالب المحتجون الجهات المعنية بالتدخل ومعالجة هذا المشكل ملاحظين أن قطاع تربية الأبقار قد تضرر.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "المحتجون");
        // a participle's clause opens with و + its verb, tagged or not
        let q = quotes(
            "وفند الكاتب العام للنقابة ما أعلن عنه الوزير، مؤكدا ان ذلك يعد خبرا عاريا من الصحة.",
        );
        assert_eq!(
            q.last().map(|x| x.2.as_str()),
            Some("الكاتب العام للنقابة"),
            "{q:?}"
        );
    }

    #[test]
    fn it_is_noted_and_a_plural_verb_inside_a_report() {
        // `ويلاحظ أنه` is the writer's and ends the report before it
        let q =
            quotes("وقالت الوزيرة إنه تم ادراج 8 مواقع. ويلاحظ أنه لم يتم إدراج أي موقع منذ 1997.");
        assert_eq!(q.len(), 1, "{q:?}");
        // inside a statement's report, a plural verb takes the people counted before
        let q = quotes("أطاحت الفرقة بشبكة تتكوّن من 5 أشخاص. وجاء في بلاغ لوزارة الداخلية أنه تم العثور بحوزتهم على آلات، وأنه بالتحرّي معهم اعترفوا بأنهم كانوا بصدد البحث عن الكنوز.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2, "5 أشخاص");
    }

    #[test]
    fn firm_names_studies_and_clauses_opened_by_while() {
        // a quoted name after مكتب is no quotation
        assert!(
            quotes("وأجراها مكتب \"وان تو وان (واحد لواحد) للبحوث والاستطلاعات\" في تونس.")
                .is_empty()
        );
        // what a study reveals is a finding, also when the study was named before
        let q = quotes("أعرب 80 بالمائة من الأميين عن نيتهم المشاركة، وفق ما كشفته دراسة حول المشاركة. وكشفت لدراسة في المقابل أن 97 بالمائة ليست لديهم معلومات.");
        assert!(q.is_empty(), "{q:?}");
    }

    #[test]
    fn abbreviations_in_marks_are_names() {
        // the letters of an abbreviation in marks are a name
        assert!(quotes("حذّر حزبا الخضر واليسار المستشارة ميركل من إبرام اتفاقية، بحسب وكالة الأنباء الألمانية \"د ب أ\".").is_empty());
    }

    #[test]
    fn a_medium_publishes_and_the_same_source_conveys() {
        // a medium published that …
        let q = quotes("ونشر موقع \"المحور\" الجزائري أن مصالح غرفة العمليات تحصلت على معلومات.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("أن مصالح"), "{q:?}");
        // … but publishing in a relative clause of the subject is no report: إنّ is قال's
        let q = quotes("وقالت الكتيبة التي نشرت الفيديو، إنه تم القبض عليه قبل شهرين.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "الكتيبة", "{q:?}");
        // `نفس المصدر` opening the sentence is the subject: the complementizer may be far
        let q = quotes("ونقل نفس المصدر الإخباري عن مصدر أمني من غرفة العمليات الأمنية المركزية بالقطاع العملياتي المشتركة أنّ 9 وحدات حربية تواصل عملية تمشيط.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.starts_with("مصدر أمني"), "{q:?}");
    }

    #[test]
    fn context_after_a_report_and_without() {
        // `وذلك في تعليقه على` ends the report
        let q = quotes(
            "قال النائب إنه يتعرّض إلى حملة تشويه وذلك في تعليقه على ما أثاره خبر تنفيذ الحكم.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.ends_with("حملة تشويه"), "{q:?}");
        // `ودون أن` is "and without": no complementizer of a verb
        let q =
            quotes("قرر أن الطائرة ستكون قادرة على كشف الألغام عن بعد ودون أن يلحقها أي إصابات.");
        assert!(q.iter().all(|x| !x.1.starts_with("أن يلحقها")), "{q:?}");
    }

    #[test]
    fn warning_that_is_a_report() {
        let q = quotes("وشدد الشاهد على ضرورة الاستثمار، منبها إلى ان الدولة غير قادرة بمفردها على توفير فرص العمل.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].1.starts_with("ان الدولة"), "{q:?}");
    }

    #[test]
    fn turn_clauses_and_objects_after_a_named_subject() {
        // a verb in a sentence opened by `من جانبه،` + verb + subject takes that subject
        let q = quotes("وأكد الوفد أنه لقي تجاوبا. من جانبه، أكّد رئيس الجمهورية على متانة العلاقات وأوضح أنّ السلطات لم تقطع علاقاتها.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2, "رئيس الجمهورية", "{q:?}");
        // `على هامش` after the subject is adverbial: the report stands
        let q = quotes("وأضاف المسؤول على هامش حضوره يوما دراسيا أن الأساتذة سيقاطعون الأنشطة.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn turn_phrases_described_persons_and_conveyed_words() {
        // after `من جانبها،` the clause opens with its verb: the participle's subject
        let q = quotes("دعا حبيب السويسي إلى العفو. من جانبها، عبّرت جميلة الشملالي الناطقة الرسمية باسم الحزب عن ضرورة الردع، مؤكدة أن الاستهلاك يؤثر على الأطفال.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.starts_with("جميلة الشملالي"), "{q:?}");
        // `نقلت … عن` + a long source: the complementizer is reached
        let q = quotes("ونقلت وسائل إعلام روسية عن رئيس مركز مكافحة التطرف التابع لمديرية مقاطعة روستوف خلال اجتماع أمني في المقاطعة مساء أمس الجمعة إن العملية خططت لها مجموعة من الفتيات.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn addressees_given_that_and_nominal_objects() {
        // the outlet's name in marks after لـ is no quotation
        let q = quotes(
            "وأكد الرياحي هذه الانتقادات في تصريح لـ \"الجوهرة اف أم\". وقال إن خطاب الحزب مزدوج.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].2.starts_with("الرياحي"), "{q:?}");
        // `باعتبار أن` is "given that"
        assert!(
            quotes("أعلنت الوزارة عن تمديد الآجال باعتبار أن يوم 5 مارس يوافق يوم أحد.").is_empty()
        );
        // a verb with على + a noun has its object; a later complementizer is not its
        let q = quotes(
            "وقال الغنوشي إن الطرفين أكدا على التأكيد على منهج التشاور وكانا يودان ان وقع التشاور.",
        );
        assert_eq!(q.len(), 1, "{q:?}");
        // the name علي after a verb is its subject, not the preposition
        let q = quotes("لاحظ علي العريض أن هناك تهديدات تستهدفه.");
        assert_eq!(q.len(), 1, "{q:?}");
        // a masculine participle does not take a feminine object as its subject
        let q = quotes("وأكد المدير أنه لم يتلق أي قرار. وطالب الوزارة برد الاعتبار له، قائلا إن هناك قوانين تتبع.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_ne!(q[1].2, "الوزارة", "{q:?}");
    }

    #[test]
    fn impersonal_and_passive_present_verbs() {
        // `يتوقع أن` after a comma: "it is expected"
        let q = quotes("يتوجه الناخبون غدا إلى صناديق الاقتراع في انتخابات تشريعية، يتوقع أن يحافظ فيها الحزب على الأغلبية.");
        assert!(q.is_empty(), "{q:?}");
        // `تعتبر "…"`: "is considered", no speech of the subject
        let q =
            quotes("قال المسؤول إن هذه الاستقالة تعتبر \"زلزالا أصاب البلاد\"، كما أنها أمر مزعج.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "المسؤول", "{q:?}");
        // `من جهته بيّن الوالي أن`: the homograph after a turn phrase is the verb
        let q = quotes("وقال الناشط إن الوضع صعب. من جهته بيّن الوالي أن الجهة ستشهد ملتقى دوليا.");
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2, "الوالي", "{q:?}");
        // `ملوحا بالتصعيد` ends a report without a comma
        let q =
            quotes("وأوضح رئيس النقابة أن الأهالي سئموا الوعود ملوحا بالتصعيد في صورة عدم التفاعل.");
        assert!(!q[0].1.contains("ملوحا"), "{q:?}");
    }

    #[test]
    fn subjects_objects_and_auxiliaries() {
        // a definite noun then a bare noun: subject and object
        let q = quotes("ونفى الوزير وجود إقالات صلب وزارته، مبينا أن التحويرات تمت.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "الوزير", "{q:?}");
        // a short name in marks closes the subject between كان and قد
        let q = quotes("وكانت وكالة الأنباء الإيرانية \"إرنا\" قد ذكرت أن الرئيس زار طهران.");
        assert_eq!(q[0].2, "وكالة الأنباء الإيرانية", "{q:?}");
        // the subject before قد speaks; the noun after the verb is its object
        let q = quotes("ونقلت الوكالة أن الرئيس التونسي، قد وصف إيران بأنها دولة كبيرة.");
        let described = q
            .iter()
            .find(|x| x.1.starts_with("بأنها"))
            .expect("the description");
        assert_eq!(described.2, "الرئيس التونسي", "{q:?}");
        // a bare verb after a comma continues its sentence's subject
        let q = quotes("وأطلق المواطن نداء استغاثة عبر الإذاعة، أكد خلالها أن المياه حاصرت المنازل.");
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2, "المواطن", "{q:?}");
    }

    #[test]
    fn a_present_verb_describing_a_noun_is_no_turn() {
        let q = quotes("وقال الوزير إن الوضع مستقر. وبعد العثور أمس على جثة متآكلة يرجح أنها لأحد البحارة، تم أخذ عينات.");
        assert_eq!(q.len(), 1, "{q:?}");
        let q =
            quotes("وقال الوزير إن الوضع مستقر. ووضعت علامة أسفل الشاشة تفيد بأن البرنامج ممنوع.");
        assert_eq!(q.len(), 1, "{q:?}");
        // with و, the present verb continues the speaker
        let q = quotes("قال الوزير إن الوضع مستقر، ويؤكد أن الأزمة ستنتهي.");
        assert_eq!(q.len(), 2, "{q:?}");
    }

    #[test]
    fn a_list_after_a_colon_is_no_speech() {
        let q = quotes("كما أشارت إلى بعض النصائح للوقاية من الأنفلونزا: – تجنب التعب والإجهاد. – الإكثار من الأطعمة الغنية.");
        assert!(q.is_empty(), "{q:?}");
        let q = quotes("وقال الوزير: الوضع صعب جدا في الجهة.");
        assert_eq!(q.len(), 1, "{q:?}");
    }

    #[test]
    fn not_a_report() {
        assert!(quotes("وأعلن إقامة خلافة إسلامية عليها. بين البلدين خلاف.").is_empty());
        assert!(quotes("").is_empty());
        assert!(quotes("«").is_empty());
    }
}
