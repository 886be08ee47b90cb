//! The reporting-verb table, cue lookup and the word classes the quote finder tests.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Gender and number of a reporting verb's subject (for resolving an implicit subject).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Agreement {
    Masculine,
    Feminine,
    Plural,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Cue {
    pub(super) agreement: Agreement,
    pub(super) participle: bool,
    /// Also a common noun or preposition (`بين` "between", `كتب` "books"): a verb only
    /// after a clause conjunction (`فيما بين فلان أن`) or with و attached.
    pub(super) ambiguous: bool,
    /// One of those homographs in any form (`وعبر` "and through", `وبين` "and between"): its
    /// complementizer must come within [`HOMOGRAPH_REACH`] tokens.
    pub(super) homograph: bool,
    /// The preposition between verb and complementizer (`الي` for أشار إلى أن), if any.
    pub(super) prep: Option<&'static str>,
    /// A verbal noun whose speaker is the object of `عن` before it (`نقلت الوكالة عن مصدر
    /// قوله إن`).
    pub(super) quoted_from: bool,
    /// A verb that conveys another's words: the source after its `عن` speaks (`نقلت
    /// الوكالة عن مصدر أن`).
    pub(super) conveys: bool,
    /// `جاء في البيان أن`, `وجاء في بلاغ لوزارة الداخلية أنه`: the statement (or its owner,
    /// named after it) speaks.
    pub(super) statement: bool,
    /// `وجدد فلان تأكيده على أن`: the verb renews a verbal noun of saying; the subject stands
    /// before that noun.
    pub(super) renews: bool,
}

/// Reporting verbs, folded: past 3ms, past 3fs, past 3mp, present stem (after ي/ت),
/// active participle (masculine), the preposition it takes before أن, and whether the bare
/// past 3ms form is too ambiguous to use (بين "between"), and whether it conveys another's
/// words (نقل … عن).
pub(super) struct Verb {
    pub(super) past: [&'static str; 3],
    pub(super) present: &'static str,
    pub(super) participle: Option<&'static str>,
    pub(super) prep: Option<&'static str>,
    pub(super) bare_ambiguous: bool,
    pub(super) conveys: bool,
}

pub(super) const fn v(
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

pub(super) const VERBS: &[Verb] = &[
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
    // tweeted (`إذ غرّد عمدة المدينة …: "…"`)
    v(["غرد", "غردت", "غردوا"], "غرد", Some("مغرد"), None),
    // (form IV, the same sense: `ملفتا إلى أن`)
    v(
        ["الفت", "الفتت", "الفتوا"],
        "لفت",
        Some("ملفت"),
        Some("الي"),
    ),
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
    // a belief stated by a named holder (`وتعتقد الشرطة أن`; `يعتقد أنه` with no subject is
    // impersonal, and `لا أعتقد أن` is a speaker's own hedge inside a quotation)
    v(["اعتقد", "اعتقدت", "اعتقدوا"], "عتقد", None, None),
    v(["ادعي", "ادعت", "ادعوا"], "دعي", Some("مدعي"), None),
    v(["نوه", "نوهت", "نوهوا"], "نوه", Some("منوه"), Some("الي")),
    // qualified what was said (`لكنه استدرك أن الوصول … لم يتحقق`)
    v(
        ["استدرك", "استدركت", "استدركوا"],
        "ستدرك",
        Some("مستدرك"),
        None,
    ),
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

pub(super) fn cues() -> &'static HashMap<String, Cue> {
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
pub(super) fn cue_any(w: &str) -> Option<Cue> {
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
pub(super) fn cue_of(w: &str) -> Option<Cue> {
    cue_any(w).filter(|c| !c.ambiguous)
}

/// A verb whose cue depends on the words after it, with its agreement: `جاء`/`ورد` report
/// after `في` + a document noun (`جاء في البيان أن`), `علم(ت)` when a source follows `من`
/// (`علمت الإذاعة من مصادر أن`), `قاله` before a colon (`ما قاله X: "…"`), `جدد` before a verbal
/// noun of asserting (`جدد تأكيده على أن`). `next(k)` is the k-th word after the verb in its
/// sentence, "" past it.
pub(super) fn contextual_cue<'w>(w: &str, next: impl Fn(usize) -> &'w str) -> Option<Cue> {
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
            // (`جاء في صحيفة "الشروق" أن`: what a paper publishes)
            let paper = matches!(noun, "صحيفه" | "جريده" | "مجله" | "يوميه" | "اسبوعيه");
            (next(0) == "في" && (is_document_noun(noun) || paper))
                .then(|| cue(Masculine, true, false, None))
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
pub(super) fn is_inquiry_noun(w: &str) -> bool {
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
            | "استطلاعات"
            // forecasts (`التوقعات الجوية تفيد بأن`)
            | "توقعات"
            // (`محاضر البحث تؤكد أن`: the records of an inquiry)
            | "محاضر"
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
pub(super) fn is_stipulation(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    matches!(w, "نص" | "نصت" | "ينص" | "تنص" | "ينصان" | "تنصان")
}

/// The agreement of the pronoun in `من جهته` / `من جانبها` … (folded), which gives someone the
/// turn to speak; `None` for any other word.
pub(super) fn turn_agreement(w: &str) -> Option<Agreement> {
    match w {
        "جهته" | "جانبه" => Some(Agreement::Masculine),
        "جهتها" | "جانبها" => Some(Agreement::Feminine),
        "جهتهم" | "جانبهم" => Some(Agreement::Plural),
        _ => None,
    }
}

/// A noun with a plural possessive pronoun (folded): `نعتهم`, `مطالبهما` — an object, never
/// the subject that speaks.
pub(super) fn is_possessed_plural(w: &str) -> bool {
    w.chars().count() >= 4 && (w.ends_with("هم") || w.ends_with("هما") || w.ends_with("هن"))
}

/// A demonstrative pronoun (folded, with or without و): `هذا`, `وذلك`.
pub(super) fn is_demonstrative(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    matches!(w, "هذا" | "هذه" | "ذلك" | "تلك")
}

/// `رأى` and its forms (folded): an opinion stated with أن, never a quotation (`رأى سكينين`
/// is "saw").
pub(super) fn is_opinion_verb(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    matches!(w, "راي" | "رات" | "راوا" | "يري" | "تري" | "يرون")
}

/// The reporting verb (of [`VERBS`]) whose present stem `w` is with its person prefix
/// (`يرجح`, `تفيد`, `يقولون`; folded, no conjunction).
pub(super) fn present_verb(w: &str) -> Option<&'static Verb> {
    let stem = w.strip_prefix(['ي', 'ت'])?;
    let stem = stem.strip_suffix("ون").unwrap_or(stem);
    VERBS.iter().find(|v| v.present == stem)
}

/// Whether `w` (folded, و/ف taken off) is a past or present form of the verb of [`VERBS`]
/// whose bare past is `past` (`قال`: قال، قالت، قالوا، يقول، تقول، يقولون).
pub(super) fn is_form_of(w: &str, past: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    VERBS
        .iter()
        .find(|v| v.past[0] == past)
        .is_some_and(|v| v.past.contains(&w) || present_verb(w).is_some_and(|p| std::ptr::eq(p, v)))
}

/// Forms of قال "said".
pub(super) fn is_say(w: &str) -> bool {
    is_form_of(w, "قال")
}

/// `نشر` "published" in its past and present forms.
pub(super) fn is_publishing_verb(w: &str) -> bool {
    is_form_of(w, "نشر")
}

/// Documents that say something (folded, without the article): `جاء في البيان أن`.
pub(super) fn is_document_noun(w: &str) -> bool {
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
            // a court's ruling (`وجاء في الحكم أن`)
            | "حكم"
            | "لائحه"
            | "نشريه"
            | "نشره"
            | "برقيه"
    )
}

/// Emphatic pronouns after a noun (`المصدر ذاته`, `الوزارة نفسها`; folded).
pub(super) fn is_emphatic_pronoun(w: &str) -> bool {
    matches!(w, "ذاته" | "ذاتها" | "ذاتهم" | "نفسه" | "نفسها" | "انفسهم")
}

/// Verbal nouns of what is denied, asserted or called for (`نفى وجود أي قضية`, `أكد ضرورة`,
/// folded): right after a verb they are its object, never its subject.
pub(super) fn is_content_noun(w: &str) -> bool {
    // (`ونفى إصدار أية بطاقة ايداع`)
    matches!(
        w,
        "وجود" | "عدم" | "ضروره" | "امكانيه" | "اهميه" | "صحه" | "اصدار"
    )
}

/// The verbal noun of asserting with its pronoun (folded): `تأكيده`, `التأكيد`.
pub(super) fn is_emphasis_noun(w: &str) -> bool {
    matches!(w, "التاكيد" | "تاكيده" | "تاكيدها" | "تاكيدهم" | "تاكيدهما")
}

/// A verb spelt with the passive vowel (`وُصفت`, `أُعلن`; not a present tense, whose
/// prefix takes a damma in the active too): nobody is named as saying it.
pub(super) fn passive_spelling(raw: &str) -> bool {
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
pub(super) fn is_complementizer(w: &str) -> bool {
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

/// Folded forms of `تساءل` (asked), with the misspellings news writes (`تسآل`, `تسائل`),
/// with or without و.
pub(super) fn is_question_verb(w: &str) -> bool {
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
pub(super) fn is_ordinal_adjective(w: &str) -> bool {
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
pub(super) fn is_preposition(w: &str) -> bool {
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
pub(super) fn is_preposition_with_pronoun(w: &str) -> bool {
    ["في", "عن", "من", "ل", "ب", "مع", "علي", "الي", "لدي"]
        .iter()
        .filter_map(|p| w.strip_prefix(p))
        .any(|rest| matches!(rest, "ه" | "ها" | "هم" | "هما" | "هن" | "نا"))
}

/// Words after which a following word is no longer part of a speaker description:
/// prepositions, relative pronouns, time words.
/// Folded relative pronouns.
pub(super) fn is_relative_pronoun(w: &str) -> bool {
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

pub(super) fn ends_description(w: &str) -> bool {
    is_preposition(w)
        || is_b_adverb(w)
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
            // (`أكدا صراحة على`: an adverb)
            "ايضا"
                | "صراحه"
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

/// Adverbs written as ب + a definite noun (`بالمناسبة` "on the occasion", `بالخصوص`
/// "in particular"; folded): no part of a speaker's description, unlike `المسؤول بالوزارة`.
pub(super) fn is_b_adverb(w: &str) -> bool {
    matches!(
        w,
        "بالمناسبه"
            | "بالخصوص"
            | "بالمقابل"
            | "بالتالي"
            | "بالفعل"
            | "بالتوازي"
            | "بالاساس"
    )
}

/// A bare verb of describing (`وصف`, `ووصفت`, `يصف`; no object suffix): its object stands
/// between the subject and `بأن`.
pub(super) fn is_describing_verb(w: &str) -> bool {
    matches!(
        w.strip_prefix('و').unwrap_or(w),
        "وصف" | "وصفت" | "وصفوا" | "يصف" | "تصف"
    )
}

/// Participles that open a clause of their own after a report (`داعيا إلى`, `مطالبا ب`):
/// the reported content ends before them.
pub(super) fn is_clause_participle(w: &str) -> bool {
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
            // threatening (`ملوحا بالتصعيد`, `مهددا بالدخول في إضراب`)
            | "ملوح"
            | "مهدد"
    )
}

/// Nouns for what someone said (`تصريحات`, `كلمة`, `بيان` …; folded, with a proclitic
/// preposition or conjunction): the noun phrase after one names its speaker.
pub(super) fn is_statement_noun(w: &str) -> bool {
    let w = w
        .strip_prefix(['و', 'ف'])
        .filter(|r| r.chars().count() > 3)
        .unwrap_or(w);
    let w = w
        .strip_prefix(['ب', 'ل'])
        .filter(|r| r.chars().count() > 3)
        .unwrap_or(w);
    // (`التصريحات الأخيرة لفلان`, `للتصريحات`)
    let w = w
        .strip_prefix("ال")
        .or_else(|| w.strip_prefix('ل'))
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
pub(super) fn is_attribution(w: &str) -> bool {
    matches!(
        w,
        "وفق" | "وفقا" | "حسب" | "بحسب" | "طبقا" | "نقلا" | "ووفق" | "وحسب" | "وبحسب"
    )
}

/// `تعبيره`, `قوله`, `تصريحها`, `حديثه` …: the speaker's own words, after `حسب`/`وفق` (and
/// never a speaker: `وتابع حديثه "…"` continues his talk).
pub(super) fn is_own_words(w: &str) -> bool {
    ["تعبير", "قول", "تصريح", "كلام", "حديث"].iter().any(|n| {
        w.strip_prefix(n)
            .is_some_and(|p| matches!(p, "ه" | "ها" | "هم" | "هما"))
    })
}

/// Verbs that open a relative clause after an indefinite description when no
/// morphosyntax model tells verbs apart (`مسؤول طلب عدم نشر اسمه`).
pub(super) fn anonymity_verb(w: &str) -> bool {
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
pub(super) fn is_pronoun(w: &str) -> bool {
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
pub(super) fn is_conjunction_head(w: &str) -> bool {
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
            // a modal's أن (`ولا يمكن أن نسكت`, `يجب أن`): no one's report
            | "يمكن"
            | "يمكننا"
            | "يجب"
            | "ينبغي"
    )
}

/// Whether a folded word carries the article, after its proclitics (`الشغل`, `للشغل`,
/// `وبالمنطقة`).
pub(super) fn has_article(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    w.starts_with("ال")
        || w.starts_with("لل")
        || w.strip_prefix(['ب', 'ك'])
            .is_some_and(|r| r.starts_with("ال"))
}

/// Impersonal verbs with a complement clause (`تبين أن` "it turned out that", folded).
pub(super) fn is_impersonal_verb(w: &str) -> bool {
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
pub(super) fn is_title_noun(w: &str) -> bool {
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
            // `تحت تسمية "…"`; `حول موضوع "…"`; `قضية عدلية موضوعها "…"`
            | "تسميه"
            | "موضوع"
            | "موضوعها"
            | "موضوعه"
            | "عنوانها"
            | "عنوانه"
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
pub(super) fn is_negation(w: &str) -> bool {
    matches!(w, "لم" | "ولم" | "لن" | "ولن" | "لا" | "ولا" | "فلم" | "ما")
}

/// An indefinite accusative participle (`مستنكرا`, `متسائلا`): a circumstantial phrase,
/// never a subject.
pub(super) fn is_circumstantial(w: &str) -> bool {
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
pub(super) fn is_action_noun(w: &str) -> bool {
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
pub(super) fn is_relation_noun(w: &str) -> bool {
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
pub(super) fn is_honorific(w: &str) -> bool {
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
pub(super) fn is_auxiliary(w: &str) -> bool {
    is_kana(w) || is_qad(w)
}

/// Forms of كان, which may have the subject after them (`وكان ترامب وصف`).
pub(super) fn is_kana(w: &str) -> bool {
    matches!(
        w,
        "كان" | "كانت" | "كانوا" | "وكان" | "وكانت" | "وكانوا" | "فكان" | "فكانت"
    )
}

/// The particle قد, always right before a verb (`وقد عبر`, `قد أكد`).
pub(super) fn is_qad(w: &str) -> bool {
    matches!(w, "قد" | "لقد" | "وقد" | "فقد")
}

/// Discourse words that may stand between a clause boundary and a subject placed before
/// its verb (`لكن عفرين قال`).
pub(super) fn is_discourse(w: &str) -> bool {
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
pub(super) fn opens_verb(w: &str) -> bool {
    // (`و بيّن فريد أن`: the conjunction written apart)
    matches!(w, "فيما" | "بينما" | "كما" | "و" | "ف") || is_qad(w)
}

pub(super) fn is_comma(s: &str) -> bool {
    matches!(s, "،" | "," | "؛" | ";")
}

/// Which quotation character, if the token is one.
pub(super) fn quote_char(s: &str) -> Option<char> {
    let mut cs = s.chars();
    let c = cs.next()?;
    if cs.next().is_some() {
        return None;
    }
    matches!(c, '«' | '»' | '“' | '”' | '„' | '‹' | '›' | '"').then_some(c)
}

pub(super) fn closes(open: char, c: char) -> bool {
    match open {
        '«' => c == '»',
        '‹' => c == '›',
        '“' | '”' | '„' => matches!(c, '”' | '“'),
        '"' => c == '"',
        _ => false,
    }
}

pub(super) fn opens(c: char) -> bool {
    matches!(c, '«' | '“' | '”' | '„' | '‹' | '"')
}

/// Nouns of speech events, occasions and time (folded, without the article): `في تصريح`,
/// `في البيان`, `على هامش` open an adverbial, not part of the speaker.
pub(super) fn is_event_noun(w: &str) -> bool {
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

/// Heads of the names of occasions and gatherings (folded): quoted words that open with one
/// name a thing (`أطلق المعهد "يوم المساواة في الأجور …"`, `تشكيل "اللقاء الوطني المدني
/// …"`), they are not a quotation.
pub(super) fn is_occasion_head(w: &str) -> bool {
    matches!(
        w,
        "يوم"
            | "لقاء"
            | "اللقاء"
            | "ملتقي"
            | "الملتقي"
            | "منتدي"
            | "المنتدي"
            | "ندوه"
            | "مؤتمر"
            | "مهرجان"
            | "تظاهره"
            | "حمله"
            | "اسبوع"
    )
}

/// Nouns of kinship and counsel in construct (folded): `والدة التلميذ فلان`, `شقيق الضحية`,
/// `محامي المتهم` name someone's relative or lawyer, who speaks, not the one named after.
pub(super) fn is_kin_or_counsel(w: &str) -> bool {
    matches!(
        w,
        "والد"
            | "والده"
            | "ام"
            | "شقيق"
            | "شقيقه"
            | "اخ"
            | "اخت"
            | "زوج"
            | "زوجه"
            | "ارمله"
            | "نجل"
            | "عائله"
            | "اسره"
            | "محامي"
            | "محاميه"
            | "محاميا"
    )
}

/// Heads of a news item or a rumour (folded): quoted words that open with one are what was
/// reported or denied, an object (`نفى … "خبر طرد فلان من الحركة"`), not the subject's words.
pub(super) fn is_news_item_head(w: &str) -> bool {
    matches!(
        w.strip_prefix("ال").unwrap_or(w),
        "خبر" | "اخبار" | "شائعه" | "شائعات" | "اشاعه" | "اشاعات" | "انباء"
    )
}
