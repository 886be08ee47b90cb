//! The NER layer end to end: the embedded model loads, finds entities with offsets that
//! slice the original text (core spans inside them), survives a file round trip, rejects
//! foreign model files, and never panics on arbitrary text (property test).

use khabar::ner::{default_model, NerModel};
use khabar::Analyzer;
use proptest::prelude::*;

mod common;

fn analyzer() -> Analyzer {
    Analyzer::default().with_ner(default_model::load().expect("embedded NER model").1)
}

/// Offsets of every entity slice the text; the core span lies inside the entity span.
fn check(text: &str) -> usize {
    let doc = analyzer().analyze(text);
    let ents = doc.entities.as_ref().expect("NER ran");
    let chars: Vec<char> = text.chars().collect();
    for e in &ents.mentions {
        let by_bytes = &text[e.byte_start..e.byte_end];
        let by_chars: String = chars[e.start..e.end].iter().collect();
        assert_eq!(by_bytes, by_chars);
        assert!(e.start <= e.core_start && e.core_start < e.end, "{e:?}");
        assert!(e.byte_start <= e.core_byte_start && e.core_byte_start < e.byte_end);
        let core: String = chars[e.core_start..e.end].iter().collect();
        assert_eq!(&text[e.core_byte_start..e.byte_end], core);
        assert!(e.core_text.ends_with(&core), "{e:?}");
        assert!(e.group < ents.groups.len());
        assert!(ents.groups[e.group]
            .mentions
            .iter()
            .any(|&m| ents.mentions[m] == *e));
    }
    let counted: usize = ents.groups.iter().map(|g| g.count).sum();
    assert_eq!(counted, ents.mentions.len());
    // quotes and datelines, with entities as speakers
    common::check_news_spans(&doc);
    ents.mentions.len()
}

#[test]
fn embedded_model_finds_entities_with_core_spans() {
    let (h, _) = default_model::load().unwrap();
    assert_eq!(h.kind, "ner");
    let text = "وقال الرئيس الأمريكي جورج بوش في واشنطن إن الولايات المتحدة ستدعم العراق. وأضاف بوش أن للعراق حقا.";
    assert!(check(text) >= 3);
    let doc = analyzer().analyze(text);
    let ents = doc.entities.unwrap();
    let found: Vec<(&str, &str)> = ents
        .mentions
        .iter()
        .map(|e| (e.label.as_str(), &text[e.byte_start..e.byte_end]))
        .collect();
    assert!(found.contains(&("LOC", "واشنطن")), "{found:?}");
    // للعراق: the core drops the preposition and restores the article
    if let Some(e) = ents
        .mentions
        .iter()
        .find(|e| &text[e.byte_start..e.byte_end] == "للعراق")
    {
        assert_eq!(e.core_text, "العراق");
        assert_eq!(e.core_start, e.start + 1);
    }
}

#[test]
fn a_name_like_bali_keeps_its_first_letter_in_the_core() {
    // بالي is no ب + ال + ي: the article needs a word after it
    let text = "قضى السياح عطلتهم في جزيرة بالي الإندونيسية. وقال مصطفى بالي إن الوضع هادئ.";
    let doc = analyzer().analyze(text);
    let ents = doc.entities.unwrap();
    let bali: Vec<_> = ents
        .mentions
        .iter()
        .filter(|e| text[e.byte_start..e.byte_end].contains("بالي"))
        .collect();
    assert!(!bali.is_empty(), "{:?}", ents.mentions);
    for e in bali {
        assert!(e.core_text.contains("بالي"), "{e:?}");
    }
}

#[test]
fn a_first_name_and_an_unseen_surname_before_a_title_are_one_person() {
    // the model tags only the listed first name; the title after the surname closes it
    let text = "وقال مصطفى بالي المتحدث باسم قوات سوريا الديمقراطية، إن المقاتلين حاولوا تنفيذ أربع هجمات.";
    let doc = analyzer().analyze(text);
    let ents = doc.entities.unwrap();
    let persons: Vec<&str> = ents
        .mentions
        .iter()
        .filter(|e| e.label == "PER")
        .map(|e| &text[e.byte_start..e.byte_end])
        .collect();
    assert_eq!(persons, ["مصطفى بالي"], "{:?}", ents.mentions);
}

#[test]
fn a_listed_place_with_bi_before_a_name_is_a_place() {
    // the model tags `بصفاقس مراد المشري` as one person: the post's place, then the name
    let text = "أكد المدير الجهوي للحماية المدنية بصفاقس مراد المشري أنه لم تسجل وضعيات خطرة.";
    let doc = analyzer().analyze(text);
    let ents = doc.entities.unwrap();
    let found: Vec<(&str, &str)> = ents
        .mentions
        .iter()
        .map(|e| (&text[e.byte_start..e.byte_end], e.label.as_str()))
        .collect();
    assert_eq!(found, [("بصفاقس", "LOC"), ("مراد المشري", "PER")]);
}

#[test]
fn statements_criticised_end_no_name() {
    // `يوسف تصريحات` had been one person
    let text = "انتقدت الجامعية ألفة يوسف تصريحات رئيس الجمهورية، الباجي قائد السبسي.";
    let doc = analyzer().analyze(text);
    let ents = doc.entities.unwrap();
    assert!(
        ents.mentions
            .iter()
            .all(|e| !text[e.byte_start..e.byte_end].contains("تصريحات")),
        "{:?}",
        ents.mentions
    );
}

#[test]
fn a_participle_after_an_editorial_opener_and_a_stipulating_text() {
    // `يذكر أن X قد علّق …، قائلا "…"`: the subject of the clause after the opener speaks
    let s = speakers(
        r#"وأضاف النائب عماد الدايمي أن كل ما قيل هو مجرّد أكاذيب. يذكر أن النائب المنجي الرحوي قد علّق على الانتقادات التي وجّهها الدايمي لزيارة عدد من النواب إلى سوريا، قائلا " عماد الدايمي وشقيقه مأجوران لدى عشيرة قطر التي لا ترقى لتكون دولة"."#,
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[1].contains("الرحوي"), "{s:?}");
    // a text that stipulates no clause is no source of the next report
    let s = speakers(
        "وقال رئيس الجمعية أنيس حسونة إن الحزام إجباري. وينص الفصل 82 من هذا الأمر على إجبارية استخدام حزام الأمان. وأضاف أن اجبارية الحزام بالنسبة لراكبي المقاعد الخلفية لن تطبق إلا بعد سنة.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s.iter().all(|x| x.contains("حسونة")), "{s:?}");
}

#[test]
fn a_person_opening_the_subject_speaks_whole() {
    // `بلعيد` reads as ب + لعيد to the segmenter; the person found whole speaks
    let s = speakers(
        r#"قال عادل بلعيد، المدير الجهوي بسوسة والمنستير للشركة التونسية لاستغلال وتوزيع المياه "الصوناد"، اليوم الخميس، إن الشركة لا يمكنها الإشعار عن انقطاع للمياه بصفة مسبقة."#,
    );
    assert_eq!(s, ["عادل بلعيد"]);
}

#[test]
fn an_object_with_a_possessive_is_no_speaker_and_a_turn_names_one() {
    let s = speakers(
        r#"قال محمد الناصر شويخة عضو الهيئة الإدارية لحزب التحرير إن حزبه يعمل في كنف القانون. ونفى نعتهم الإرهابيين العائدين من بؤر التوتر بالمجاهدين، متابعا "مفماش دولة تونسية.. تونس موجودة على الأوراق فقط". من جانبه استنكر مراد بن عثمان نائب رئيس الاتحاد الوطني لنقابات قوات الأمن الداخلي تصريح شويخة. واعتبر أن القضية التي رفعتها النقابة لها أسبابها."#,
    );
    assert_eq!(s.len(), 3, "{s:?}");
    assert!(s[1].contains("شويخة"), "{s:?}");
    assert!(s[2].contains("بن عثمان"), "{s:?}");
}

#[test]
fn tests_and_examinations_show_findings() {
    // a quotation in the clause of a finding is nobody's statement
    let s = speakers(
        r#"وبعد انتشال الجثة أظهرت الفحوصات، أن المقاتل قد انتحر حيث تبين في التقرير أن "المسدس وضع ملاصقا مع الجزء السفلي من الذقن، وهذا يشير إلى أنه انتحر"."#,
    );
    assert!(s.is_empty(), "{s:?}");
}

#[test]
fn a_name_after_a_title_with_a_genitive_speaks() {
    // `… للانتخابات` is a genitive inside the title, not an adverbial: the person named
    // before the auxiliary speaks, not the previous (feminine) speaker
    let text = "وذكرت الهيئة في بلاغ لها، أن رئيس الهيئة دعا المجلس إلى الانعقاد. يذكر أن عضو الهيئة العليا المستقلة للانتخابات المستقيلة لمياء الزرقوني، كانت صرحت لوكالة الأنباء، أول أمس السبت، أن العدول عن القرار رهين الالتزام بالميثاق.";
    check(text);
    // with morphosyntax, which marks `للانتخابات` as starting with a preposition
    let full = analyzer().with_morphosyntax(
        khabar::tag::default_model::load()
            .expect("embedded morphosyntax model")
            .1,
    );
    let doc = full.analyze(text);
    assert_eq!(doc.quotes.len(), 2, "{:?}", doc.quotes);
    let s = doc.quotes[1].speaker.as_ref().expect("a speaker");
    assert!(s.name.contains("الزرقوني"), "{s:?}");
}

/// The whole pipeline (morphosyntax marks verbs and prepositions for the quote finder).
fn full() -> Analyzer {
    analyzer().with_morphosyntax(
        khabar::tag::default_model::load()
            .expect("embedded morphosyntax model")
            .1,
    )
}

fn speakers(text: &str) -> Vec<String> {
    check(text);
    full()
        .analyze(text)
        .quotes
        .iter()
        .map(|q| {
            q.speaker
                .as_ref()
                .map(|s| s.name.clone())
                .unwrap_or_default()
        })
        .collect()
}

/// The text from the last word of a report's content to the end of `text` (quote `k`;
/// `usize::MAX`: the last quote).
fn from_last_content_word(text: &str, k: usize) -> &str {
    check(text);
    let d = full().analyze(text);
    let q = d
        .quotes
        .get(k)
        .or(d.quotes.last())
        .unwrap_or_else(|| panic!("a report in {text}"));
    &text[d.tokens[q.content.end - 1].byte_start..]
}

#[test]
fn maghrebi_names_with_l_keep_it() {
    // `لسعد` is the Maghrebi spelling of الأسعد: the ل is no preposition, in the core and
    // inside a name (`محمد` + `لسعد عبيد` had been two entities)
    let text = "وأكد أمين عام المنظمة التونسية للشغل محمد لسعد عبيد في تصريح للإذاعة أن الاحتجاجات ستتواصل. وأوضح عبيد أن الوزير كان يفترض أن يتفاوض.";
    let doc = analyzer().analyze(text);
    let ents = doc.entities.unwrap();
    assert!(
        ents.mentions
            .iter()
            .any(|e| e.label == "PER" && e.core_text == "محمد لسعد عبيد"),
        "{:?}",
        ents.mentions
    );
    for s in speakers(text) {
        assert_eq!(s, "محمد لسعد عبيد");
    }
    let doc = analyzer().analyze("وقال لسعد اليعقوبي الكاتب العام للنقابة إن الأساتذة سيقاطعون.");
    let ents = doc.entities.unwrap();
    let e = ents
        .mentions
        .iter()
        .find(|e| e.label == "PER")
        .expect("a person");
    assert!(e.core_text.starts_with("لسعد"), "{e:?}");
}

#[test]
fn who_a_name_after_a_relation_or_an_addressee_is() {
    // the widow speaks, not the martyr named after her title
    let s = speakers(
        "من جهتها، أكدت مباركة عواينية أرملة الشهيد محمد البراهمي أن تونس أصبحت نقطة عبور.",
    );
    assert_eq!(s.len(), 1);
    assert!(
        !s[0].contains("البراهمي") || s[0].starts_with("مباركة"),
        "{s:?}"
    );
    // the name after `لمراسلنا` is the correspondent's, the source speaks
    let s =
        speakers("وأكد مصدر مطلع لمراسلنا عبد المجيد الخروبي، أن الوحدة العسكرية التزمت الحياد.");
    assert_eq!(s, ["مصدر مطلع"]);
    // a masculine verb's feminine plural object is not its subject: the speaker goes on
    let s = speakers(
        "وقال الأمين العام للحركة محسن مرزوق إن الحكومة مقبلة على التغيير. كما نفى التسريبات التي راجت مؤخرا، قائلا إنها إشاعات لا أساس لها.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1], s[0]);
    assert!(s[0].contains("مرزوق"), "{s:?}");
    // a person named after an action noun in construct is its object
    let s = speakers(
        "واعتبر النائب عمار عمروسية تعيين خميس الجهيناوي وزيرا للخارجية استفزازا، مضيفا أنه مشبوه.",
    );
    assert!(s.iter().all(|x| !x.contains("الجهيناوي")), "{s:?}");
    // a name inside a prepositional phrase of the clause does not speak for it
    let s = speakers("وقال رئيس الجمهورية إن الحكومة باقية. وعلق رئيس الجمهورية على دعوة سليم الرياحي لإجراء انتخابات رئاسية سابقة لأوانها قائلا إن اجراء انتخابات رئاسية ليس بالأمر السهل.");
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(!s[1].contains("الرياحي"), "{s:?}");
}

#[test]
fn one_of_someones_people_speaks_and_abbreviations_stay_whole() {
    // `أحد محاميي …`, `مستشار لحملة …`: the name that closes the description is whose
    // people they are
    let s = speakers("وقال أحد محاميي الأمني عصام الدردوري بأنه تم منع ندوة صحفية.");
    assert_eq!(s, ["أحد محاميي الأمني عصام الدردوري"]);
    let s = speakers("وقال مستشار لحملة المرشح الجمهوري لانتخابات الرئاسة الأمريكية دونالد ترامب إن ترامب سيلتقي مع الرئيس المصري.");
    assert_eq!(s, ["مستشار"]);
    // the title before the name still gives the name
    let s = speakers("وقال وزير الخارجية سامح شكري إن الاجتماع كان مثمرا.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].contains("شكري"), "{s:?}");
    // the إن inside `إس.إن.سي.بي` opens no report; the abbreviation stays in the speaker
    let s = speakers("وقالت شركة (إس.إن.سي.بي) لتشغيل القطارات إن قطار الركاب خرج عن القضبان.");
    assert_eq!(s, ["شركة (إس.إن.سي.بي)"]);
}

#[test]
fn the_suspect_denial_and_what_is_described() {
    // `المظنون فيه` is one noun phrase: the suspect speaks inside the statement's report
    let s = speakers(
        "وأفاد بلاغ لوزارة الداخلية اليوم السبت أن المظنون فيه اعترف بأنه قام بتهريب 50 بندقية صيد.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1], "المظنون فيه");
    // `أنكر أن` reports a denial
    let d = full().analyze("وقال المتهم إنه لم يكن هناك. ثم أنكر أن تكون الطلقة صادرة من سلاحه.");
    assert_eq!(d.quotes.len(), 2, "{:?}", d.quotes);
    // `وصف` + subject + object + بأن: the object is no part of the speaker
    let s = speakers(
        "ووصفت الشرطة الحادث بأنه خلاف في العمل. ووصفت الشرطة الأمريكية الهجوم بأنه إرهابي.",
    );
    assert_eq!(s, ["الشرطة", "الشرطة الأمريكية"]);
}

#[test]
fn statements_issuers_described_objects_lists_and_unclosed_marks() {
    // `تقول فيه`: the issuer of the statement speaks, without its object `بيانا`
    let s = speakers("وقالت إيران إنها لن تمنح تأشيرات. وأصدرت وزارة الخارجية بيانا مساء الثلاثاء تقول فيه إنها رفضت إصدار تأشيرات للنواب. وأضافت أن الثلاثة أرادوا مراقبة الاتفاق.");
    assert_eq!(s, ["إيران", "وزارة الخارجية", "وزارة الخارجية"]);
    // a participle after `وصف` + subject + object + ب-phrase: the subject speaks
    let s = speakers("وأضافت الطبيبة أن هدفها ليس التشهير. ووصفت الطبيبة الأمر بالمؤسف، مشيرة إلى أنها تعرضت للوم.");
    assert_eq!(s, ["الطبيبة", "الطبيبة"]);
    // a participle's clause subject in a construct chain
    let s = speakers(
        "تحدث نائب رئيس الجبهة الوطنية في إحدى الإذاعات قائلا إن فرنسا لن تكون على ماكانت عليه.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].starts_with("نائب رئيس الجبهة الوطنية"), "{s:?}");
    // a known place of several words keeps its first letter (`بيونغ يانغ`, not ب + يونغ)
    let d = full().analyze("واتهمت بيونغ يانغ الولايات المتحدة بمحاولة عزلها، واصفة واشنطن بـ\"مدبر وراء الكواليس لأعمال إرهاب الدولة الفظيعة\".");
    let es = d.entities.as_ref().expect("entities");
    let e = es
        .mentions
        .iter()
        .find(|e| e.core_text.contains("يانغ"))
        .expect("the place");
    assert_eq!(e.core_start, e.start, "{e:?}");
    // `توعد بأن` reports; its quoted words belong to the report
    let d = full().analyze("وتوعدت بيونغ يانغ بأن وزارة الأمن القومي \"ستمحو من وجه الأرض\" الأجهزة الاستخباراتية و\"ستقضي على جميع عملاء العدو حتى آخر شخص منهم\".");
    assert_eq!(d.quotes.len(), 1, "{:?}", d.quotes);
    // quoted names in a list are no quotation; nor is a mark never closed after another verb
    let d = full().analyze("وتضم الدورة خمس فعاليات وهي معرض \"السوق الدولية للسياحة\" و\"التجهيزات وخدمات النزل والمطاعم\" و\"الإستشفاء والمعالجة بمياه البحر والسياحة الصحية\".");
    assert!(d.quotes.is_empty(), "{:?}", d.quotes);
    let d = full().analyze("نشرت إحدى الكتائب صورا تكشف قائمة تضم 15 اسما تونسيا كُنيتهم \" أبو عائشة التونسي، أبو زكرياء التونسي،أبو وسيلة التونسي وغيرها...");
    assert!(d.quotes.is_empty(), "{:?}", d.quotes);
}

#[test]
fn quotes_before_that_is_what_unclosed_marks_and_sources_after_kana() {
    // `"…" ذلك ما أكده فلان`
    let s = speakers("\"هناك وعي عميق لدى حكومة الوحدة الوطنية بأن المرحلة القادمة تتطلب نقلة نوعية\" ذلك ما أكده عبد اللطيف حمام كاتب الدولة للتجارة.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].contains("حمام"), "{s:?}");
    // a mark never closed ends before the next report, which is found
    let d = full().analyze("وقال الصخيري \"في الحقيقة لا يوجد موسم سياحي في تونس باستثناء السوق الجزائرية. وأضاف الصخيري أن الانقليز حظروا السفر إلى تونس.");
    assert_eq!(d.quotes.len(), 2, "{:?}", d.quotes);
    let end = &d.text[d.tokens[d.quotes[0].content.end - 1].byte_start..];
    assert!(end.starts_with("الجزائرية"), "{end}");
    // an indefinite source between the auxiliary and the verb
    let s = speakers(
        "وقال الناطق الرسمي إن المعابر تعمل. وكانت مواقع إعلامية أوردت أن الجزائر قررت غلق المعابر.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1], "مواقع إعلامية");
    // `مشيدا ب…` opens a clause of its own
    let d = full().analyze("وأضاف الوزير انه لا بد من احترام القانون مؤكدا ان رئيس الحكومة يسانده في قراراته مشيدا بموقف رئيس الحكومة المتضامن معه.");
    let end = &d.text[d.tokens[d.quotes.last().expect("a quote").content.end - 1].byte_start..];
    assert!(end.starts_with("قراراته"), "{end}");
    // a mark glued to a complementizer opens (`إن"…`), and a relative clause's `قال فيه`
    // is its antecedent's
    let s = speakers("وقال عمروسية إن رئيس الحكومة غير قادر لأنه \"إداري بامتياز. ويشار إلى أن تصريحه جاء تعليقا على تصريح شوقي الطبيب الذي قال فيه إن\"مسؤولين كبار متورطون في قضايا فساد \".");
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[1].contains("الطبيب"), "{s:?}");
}

#[test]
fn a_complementizer_of_a_relative_clauses_verb_is_not_the_cues() {
    // `وصف … تصريحات فلان والتي اتهمه فيها بأنه …`: بأنه is اتهم's, not وصف's
    let d = full().analyze("وصف الإعلامي زياد الهاني تصريحات القيادي بحزب نداء تونس، لزهر الكرمي والتي اتهمه فيها بأنه يعمل على تنفيذ أجندا خاصة، بالكلام المخجل.");
    assert!(d.quotes.is_empty(), "{:?}", d.quotes);
}

#[test]
fn with_no_speaker_before_the_previous_sentences_subject_speaks() {
    let s = speakers("وجدد الحزب في بيان له اليوم مساندته المبدئية لفلاحي جمنة. وأكد ان هذه الخطوة تعد تصعيدا خطيرا.");
    assert_eq!(s, ["الحزب"]);
    // not when the genders disagree
    let s = speakers(
        "وجددت الوزارة في بيان لها اليوم مساندتها للفلاحين. وأكد ان هذه الخطوة تعد تصعيدا خطيرا.",
    );
    assert_eq!(s.len(), 1, "{s:?}");
    assert_ne!(s[0], "الوزارة");
}

#[test]
fn a_participle_after_while_and_a_colon_after_another_verb() {
    // the participle's clause is the one `فيما` opens
    let s = speakers("وقال وزير التجارة الأمريكي ويبور روس إن الضربة كانت تسلية. وأثارت هذه التفاصيل ضحك المشاركين في المؤتمر، فيما واصل روس حديثه قائلا: \"المهم أن تنظيم هذه التسلية لم يكلف الرئيس شيئا\".");
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s[1].contains("روس"), "{s:?}");
    // a colon after another verb in a list of headlines opens no quotation
    let d = full().analyze("وزارة النقل تعلن عن اقتناء باخرة جديدة \"الهيئة التسييرية\" لنداء تونس تقرر طرد حافظ قائد السبسي من الحزب انتخاب مكتب المؤتمر الوطني لاتحاد الشغل رادس : الأمن يطلق الرصاص في محيط مكتب بريد");
    assert!(d.quotes.is_empty(), "{:?}", d.quotes);
}

#[test]
fn nationalities_correspondents_topics_and_because() {
    // `سوري` (Syrian) is no person: the description speaks
    let s = speakers("وقد أكد مصدر رسمي سوري لمبعوث جوهرة أف أم أن عدد المقاتلين كبير.");
    assert_eq!(s, ["مصدر رسمي سوري"]);
    // the correspondent named after `لمراسلة` is not the speaker; nor is the topic after
    // `بخصوص` part of the speaker
    let s = speakers("صرح عبد المجيد الزار رئيس الاتحاد التونسي للفلاحة أن الخسائر كبيرة. وأوضح الزار لمراسلة جوهرة أف أم نسرين علوش أن هذه الخسائر هي نتاج عدة عوامل. وأكد الزار بخصوص توريد الخرفان أن الاتحاد ضد التوريد.");
    assert_eq!(s.len(), 3, "{s:?}");
    assert!(
        s[1..]
            .iter()
            .all(|x| x.contains("الزار") && !x.contains("علوش") && !x.contains("بخصوص")),
        "{s:?}"
    );
    // a report inside a report after `لأن`
    let s = speakers("وأوضح الجلاصي أن فرضية اجراء انتخابات سابقة لأوانها غير ممكنة اليوم لأن حركة النهضة ترى أنها مغامرة كبيرة.");
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1], "حركة النهضة");
}

#[test]
fn an_apology_is_what_was_done() {
    // `بالاعتذار` after the subject is what it did, not part of the speaker
    let s = speakers(
        "وتقدمت الشركة بالإعتذار من حرفائها عن الإزعاج مضيفة أنه سيقع اتّخاذ الإجراءات اللازمة.",
    );
    assert_eq!(s, ["الشركة"]);
}

#[test]
fn a_short_lexicon_word_does_not_make_a_proclitic() {
    // `وجدي` is a name, not و + جدي; `وكمال` is و + كمال
    let d = full().analyze("تحدث وجدي الصخيري كاتب عام جامعة النزل. والتقى الوزير وكمال سعد.");
    let cores: Vec<&str> = d
        .entities
        .as_ref()
        .expect("entities")
        .mentions
        .iter()
        .map(|e| e.core_text.as_str())
        .collect();
    assert!(cores.contains(&"وجدي الصخيري"), "{cores:?}");
    assert!(cores.iter().all(|c| !c.starts_with("مال")), "{cores:?}");
}

#[test]
fn an_unwritten_subject_is_the_previous_sentences_person() {
    // no report before: the verb without a subject continues the previous sentence's subject
    // (its first person), not the last person named there
    let text = "انتقد الأمين العام لحزب حراك تونس الإرادة، عدنان منصر، اليوم الاثنين ردود الأفعال حول تصريحات الرئيس السابق منصف المرزوقي. وقال في برنامج بوليتيكا إنه تم اخراج هذه التصريحات من سياقها.";
    let s = speakers(text);
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].contains("منصر"), "{s:?}");
}

#[test]
fn an_ordinal_describes_an_addressee_does_not_and_if_is_no_complementizer() {
    // `ثان` (tagged as a verb) belongs to the description
    let s = speakers("وذكر مصدر ثان بالشرطة أن الواقعتين مرتبطتان.");
    assert_eq!(s, ["مصدر ثان بالشرطة"]);
    // an addressee whose ل the tagger left unanalysed (`ل/X+مراسل/X`) ends the description
    let s = speakers("وأكدت عديد المصادر الأمنية لمراسل \"وات\" بتطاوين أن \"الوضع مستتب\".");
    assert_eq!(s, ["عديد المصادر الأمنية"]);
    // `إن كانوا`: إن before a verb is "if", no report opens there
    let text = "أعلن مركز الأمن العمومي للحرس الوطني عن إطلاق مبادرة يقوم بموجبها أعوانه بالاستماع إلى المواطنين في مختلف قضاياهم إن كانوا متضررين، وذلك بدل التحول إلى مركز الأمن.";
    assert!(speakers(text).is_empty(), "{:?}", speakers(text));
}

#[test]
fn appositions_addressees_retitled_names_and_verbal_nouns_after_tamma() {
    // the name opens the clause, its title stands between commas, then the verb
    let s = speakers("ويذكر أن محمد جمور، نائب أمين عام حزب الوطنيين الديمقراطيين الموحد وعضو هيئة الدفاع في قضية اغتيال شكري بلعيد، قال إن حزبه سيعقد ندوة صحفية.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].contains("جمور"), "{s:?}");
    // the name after an addressee is the correspondent's, the source speaks
    let s = speakers("وقال مصدر أمني لمراسل الجوهرة أف أم في القصرين، عامر النصري، إن المطاردة انتهت باصطدام سيارة التهريب بشجرة.");
    assert_eq!(s, ["مصدر أمني"]);
    // a title coordinated after prepositional phrases starts again before the name
    let s = speakers("أكد المرشح للجولة الثانية من الرئاسة الفرنسية عن حركة \"إلى الأمام\" والرئيس المحتمل إيمانويل ماكرون في حوار أجرته معه مجلة أن المغرب سيكون وجهته الأولى.");
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].contains("ماكرون"), "{s:?}");
    // `تمت مطالبة`: a verbal noun, no participle ending the report
    let doc = full().analyze(
        "وقال الهاشمي الحامدي إنه تمت مطالبة الهيئة بالتدخل العاجل لوقف الحوارات السياسية.",
    );
    assert_eq!(doc.quotes.len(), 1);
    let q = &doc.quotes[0];
    assert!(q.content.len() > 5, "{q:?}");
}

#[test]
fn what_ends_a_report_and_who_a_participle_continues() {
    let doc = |t: &str| {
        check(t);
        full().analyze(t)
    };
    // a date before the complementizer: the report is found (the dateline rule no longer
    // cuts the sentence, and a date word is no verb)
    let d = doc(
        "أكد القيادي في حركة النهضة الجلاصي ضيف بولتيكا اليوم الثلاثاء 25 أفريل أن موقف الحركة ثابت.",
    );
    assert_eq!(d.quotes.len(), 1, "{:?}", d.quotes);
    // `ولكن أكد ضرورة`: but + a reporting verb ends the report
    let t = "وأضاف أن تنقيح الفصل 52 يعد انتصارا للمدافعين عن المستهلكين ولكن أكد ضرورة اعادة المشروع الى النقاش.";
    assert!(!from_last_content_word(t, 0).starts_with("النقاش"));
    // `و تسآل هل`: a coordinated question ends it
    let t = "وأشار إلى أن أجندة القمة مكتظة و القضايا معقدة و تسآل هل ستشكل هذه القمة تحولا.";
    assert!(from_last_content_word(t, 0).starts_with("معقدة"));
    // `قالت من قبل إنها`: "before" as an adverb, then the complementizer
    assert_eq!(
        speakers("وكانت الحكومة قد قالت من قبل إنها لن تركز على هذه الاحتياطيات."),
        ["الحكومة"]
    );
    // `مطالبة` without a comma is a predicate, not a participle opening a clause
    let t = "وأشار الشاهد إلى أحزاب المعارضة، مؤكدا أن جميع الأحزاب مطالبة بالارتقاء بعملها السياسي.";
    assert!(from_last_content_word(t, usize::MAX).starts_with("السياسي"));
    // a detached و before the next reporting verb ends the report
    let t = "وقال الموقوفون أمام قاضي التحقيق، إنهم كانوا في نزهة صيد عند إلقاء القبض عليهم و كشفوا أمام محكمة الجنايات، أنهم عسكريون.";
    let d = doc(t);
    assert_eq!(d.quotes.len(), 2, "{:?}", d.quotes);
    // a name after the opening auxiliary, then a relative clause up to `قد`
    let s = speakers("وكانت هيلاري كلينتون التي تواجه دونالد ترامب في الانتخابات التي تجري في نوفمبر قد أعلنت أنها ستلتقي مع السيسي.");
    assert!(s.len() == 1 && s[0].contains("كلينتون"), "{s:?}");
    // `بحسب تعبيره` ends the report without a comma; `فيه` before the subject is skipped
    let t = "وقال في ندوة صحفية إنه لم يتم تتبع ملابسات هذا التحويل بحسب تعبيره كما لم يتم استخدام قانون السر البنكي.";
    assert!(from_last_content_word(t, 0).starts_with("التحويل"));
    let s = speakers(
        "وتم تنظيم يوم اعلامي، أكد فيه ممثل الشركة التونسية للملاحة أن الشركة ملتزمة بتنظيم الرحلات.",
    );
    assert!(s.len() == 1 && s[0].starts_with("ممثل الشركة"), "{s:?}");
    // a participle with its preposition and a noun ends the report before it
    let t =
        "وأكدت الوزارة أنها تحتفظ بحقها في تتبع المعتدين مشددة على إدانتها الشديدة لهذا التصرف.";
    assert!(from_last_content_word(t, 0).starts_with("المعتدين"));
    // `استبعد أن` reports
    assert_eq!(
        speakers("و استبعد الدكتور صبري ربيحات، أن تأتي هذه القمة بمفاجآت كبرى.").len(),
        1
    );
    // a participle continues the clause subject, a quoted name inside it
    let s = speakers("ودعت جمعية \"فورزا تونس\" إلى التهدئة. واستنكرت جمعية \"أقليات\" من جهتها، في بيان لها، ما جاء على لسان النائبة مشددة على أن ما قالته لا يتماشى مع منصبها.");
    assert!(s.last().is_some_and(|x| x.contains("أقليات")), "{s:?}");
}

#[test]
fn a_verb_without_subject_continues_an_earlier_sentence_subject() {
    // a verb without subject continues the subject of the sentence before the one before,
    // when that one opens with a verb of its own and no subject
    let s = speakers(
        "تحدثت رئيسة المركز الدولي للدراسات الاستراتيجية، بدرة قعلول عن وجود صفقة مالية. \
         وأشارت في مداخلة لها اليوم في برنامج \"علاش هكا ؟\" على الإذاعة إلى وجود املاءات خارجية. \
         و أضافت أنها ضد عودة الإرهابيين إلى تونس.",
    );
    assert!(s.len() == 1 && s[0].starts_with("رئيسة المركز"), "{s:?}");
}

#[test]
fn speakers_of_documents_relative_clauses_passed_on_words_and_participles() {
    // `بيان للشرطة` (not `بيان`), `أحد الذين تم إنقاذهم` (not `أحد`)
    assert_eq!(
        speakers("وأفاد بيان للشرطة أنه تم القبض على رجل في جنوب مانشستر."),
        vec!["بيان للشرطة"]
    );
    assert_eq!(
        speakers("وأفاد بيان لوزارة الداخلية أنه تم القبض على رجل."),
        vec!["بيان لوزارة الداخلية"]
    );
    assert_eq!(
        speakers("وقال أحد الذين تم إنقاذهم إن عاملا بالفندق كان داخل المبنى."),
        vec!["أحد الذين تم إنقاذهم"]
    );
    // what an agency passed on is the words of the source after عن
    assert_eq!(
        speakers("وبحسب ما نقلته وكالة الأنباء الفرنسية عن مكتب الناطق الرسمي باسم النيابة العمومية، فإن المحكمة أصدرت أحكاما. وأضاف أن أربعة فقط من بين المتهمين مثلوا أمام المحكمة."),
        vec!["مكتب الناطق الرسمي باسم النيابة العمومية"]
    );
    // a participle's construct object takes the بأن after it (not so for describing)
    assert_eq!(
        speakers("وكان الشاهد قد أعلن أنه سيتم الترفيع في الأجر، مؤكدا وعي الحكومة بان فئة كبيرة من الشعب ما زالت تعيش الفقر."),
        vec!["الشاهد"]
    );
    assert_eq!(
        speakers("قال الجيش الكوري الجنوبي إن صاروخا قطع مسافة نحو 500 كيلومتر واصفا عملية الإطلاق بأنها استعراض للقوة."),
        vec!["الجيش الكوري الجنوبي", "الجيش الكوري الجنوبي"]
    );
    // `ملفتا إلى أن` reports; polls and the records of an inquiry find, they do not say;
    // `خطيب الجمعة` is the Friday preacher, no date
    assert_eq!(
        speakers("وأفاد الوزير أن العملية تأخرت، ملفتا إلى أن هذه العملية ستتواصل لمدة 6 أشهر. وتشير استطلاعات الرأي إلى أنه سيخرج من الجولة الأولى. وقال ابن المتوفي إن محاضر البحث الرسمية تؤكد أن هناك إهمالا."),
        vec!["الوزير", "الوزير", "ابن المتوفي"]
    );
    let text = "بعدما اعتبر خطيب الجمعة أن ما تشهده المدينة هو \"فتنة\".";
    assert_eq!(speakers(text), vec!["خطيب الجمعة"]);
    assert!(full().analyze(text).dates.is_empty());
    // a named subject right after the verb is not replaced by a name in apposition to the
    // one it met; `ويتوقع أن` is impersonal; forecasts find, they do not say
    assert_eq!(
        speakers("قال رئيس كتلة حركة نداء تونس سفيان طوبال، إن الوضع الاقتصادي يحتم الإلتفاف. وأضاف طوبال على إثر إجتماع وفد من الحزب بالأمين العام للاتحاد العام التونسي للشغل، نور الدين الطبوبي : \"دعينا إلى عقد جلسة بين كل الأطراف تفاديا لأي إشكال.\""),
        vec!["سفيان طوبال", "سفيان طوبال"]
    );
    assert!(speakers(
        "وقّع المغرب الإثنين اتفاقية مشروع ضخم. ويتوقع أن يساهم هذا القطب في توفير 100 ألف وظيفة."
    )
    .is_empty());
    assert_eq!(
        speakers("وأشار مراد المشري إلى أن التوقعات الجوية تفيد بأن الغيث سيتواصل."),
        vec!["مراد المشري"]
    );
    // a name that begins like a present verb in ن + ā (`ناجح`) opens a subject all the same,
    // and its verb with a nominal object names the speaker of the next report
    assert_eq!(
        speakers("أكد  ناجح المثلوثي، طبيب عام يعمل بمدينة بوفيشة من ولاية سوسة تسجيل 7 حالات إصابة بالتهاب الكبد. وأضاف في تصريح ل\"الجوهرة أف ام\" أنه بعد الاشتباه في عدد من الإصابات تم القيام بالتحاليل الضرورية."),
        vec!["ناجح المثلوثي"]
    );
    // a tweet reports; `ويرجح أن` is impersonal; a court ruling says
    assert_eq!(
        speakers("إذ غرّد عمدة المدينة داميان كاريم في حسابه على \"تويتر\": \"أنا منعت مارين لوبان من الدخول بعد أن تجرأت على الظهور!\""),
        vec!["عمدة المدينة داميان كاريم"]
    );
    assert!(
        speakers("وقد تبين أن الوفاة ناتجة عن طعنة ويرجح أن الهالك قد تم قتله منذ مدة طويلة.")
            .is_empty()
    );
    assert_eq!(
        speakers("وجاء في الحكم أن الحكومة \"لم تشر إلى أي دليل\"."),
        vec!["الحكم"]
    );
    // a participle after a leading phrase and a comma takes its clause's subject, a construct
    // that ends in a town's name
    let s = speakers("وفي سياق متصل، تحدث كاتب عام بلدية سوسة عن الأشغال على مستوى شارع الشاذلي قلالة والتي انطلقت منذ جانفي 2016، مشيرا إلى أن نسبة تقدّم الأشغال بلغت حاليا 95 بالمائة.");
    assert!(
        s.len() == 1 && s[0].starts_with("كاتب عام بلدية سوسة"),
        "{s:?}"
    );
    // a verbal noun after a verb with no subject is its object (`ونفى إصدار …`)
    assert_eq!(
        speakers("أفاد الناطق الرسمي باسم القطب القضائي المالي سفيان السليطي أن النيابة أذنت بفتح أبحاث. ونفى إصدار أية بطاقة ايداع في شأن أي من المشتبه بهم، مضيفا أن القطب أحال ملفين على الوحدات المختصة."),
        vec!["سفيان السليطي", "سفيان السليطي"]
    );
    // the antecedent of a relative clause in a report, without the report's complementizer
    assert_eq!(
        speakers("وقال الوزير إن المتهم الذي أفاد أنه بريء سيمثل أمام القضاء."),
        vec!["الوزير", "المتهم"]
    );
}

#[test]
fn a_verb_written_as_a_dictionary_entry_is_that_entry() {
    // `تقدم` (took the lead) and `تعرض` (was subjected to) are entries of their own: they
    // are not coded as `قدم` (threaten, by a pattern) or `عرض` (occupy, by `تنظيم`)
    for text in [
        "وتقدم الفريق البرازيلى صاحب الأرض (1-0) من ركلة جزاء، نفذها رونالدو، بعد مرور 23 دقيقة.",
        "تعرض آخر جيب لتنظيم داعش في شرق سوريا للقصف.",
    ] {
        check(text);
        let events = full().analyze(text).events;
        assert!(events.is_empty(), "{text}: {events:?}");
    }
}

#[test]
fn what_did_not_happen_is_no_event() {
    // a negated verb and a request for anonymity code no event; the strike does
    let text = "ولم تقدم القوات على شن هجوم شامل على الباغوز. وقال مسؤول دفاعي أمريكي طلب عدم نشر اسمه إن القادة غادروا. وأشارت إلى أن الضربات الجوية دمرت مخازن ومركبات لداعش.";
    check(text);
    let doc = full().analyze(text);
    let triggers: Vec<&str> = doc
        .events
        .iter()
        .map(|e| doc.tokens[e.trigger].text(text))
        .collect();
    assert!(!triggers.contains(&"تقدم"), "{triggers:?}");
    assert!(!triggers.contains(&"طلب"), "{triggers:?}");
    assert!(triggers.contains(&"دمرت"), "{triggers:?}");
}

#[test]
fn a_phrase_code_needs_its_particle_after_the_verb() {
    // `حقق في` (investigated) is a dictionary phrase; `حقق` alone (achieved) has no code,
    // and a `في` later in the clause, after the object, does not make the phrase
    let code = |text: &str| {
        check(text);
        let doc = full().analyze(text);
        doc.events
            .iter()
            .map(|e| (doc.tokens[e.trigger].text(text).to_string(), e.code.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        code("وحققت الشرطة الفرنسية في الهجوم على مقر حزب نداء تونس في باريس."),
        vec![("وحققت".to_string(), "1041".to_string())]
    );
    assert!(code("وحقق الفريق فوزا في المباراة على النادي الإفريقي في تونس.").is_empty());
}

#[test]
fn model_file_round_trip_and_foreign_files() {
    let bytes = default_model::BYTES;
    let (h, m) = NerModel::from_bytes(bytes).unwrap();
    let again = m.to_bytes(&h).unwrap();
    let (_, m2) = NerModel::from_bytes(&again).unwrap();
    let s = ["قال", "جورج", "بوش", "في", "بغداد"];
    assert_eq!(m.recognizer.tag(&s), m2.recognizer.tag(&s));
    let morph = khabar::tag::default_model::BYTES;
    assert!(matches!(
        NerModel::from_bytes(morph),
        Err(khabar::KhabarError::Model(_))
    ));
    assert!(NerModel::from_bytes(&bytes[..bytes.len() / 2]).is_err());
}

fn news_like() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "قال",
        "وقال",
        "وأضاف",
        "مضيفا",
        "إن",
        "أنه",
        "إلى",
        "أشار",
        "وأشارت",
        ":",
        "-",
        "“",
        "”",
        "\"",
        "رويترز",
        "اليوم",
        "الأربعاء",
        "فيما",
        "بين",
        "المتحدث",
        "باسم",
        "الرئيس",
        "محمد",
        "بغداد",
        "لبغداد",
        "للتحالف",
        "داعش",
        "(",
        ")",
        "«",
        "»",
        ".",
        "،",
        "الولايات",
        "المتحدة",
        "2019",
        "CNN",
        "\n",
        " ",
        "ـ",
        "َ",
        "أ",
        "ل",
        "و",
    ]);
    prop::collection::vec(words, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn ner_never_panics_and_offsets_hold_on_news_like_text(s in news_like()) {
        check(&s);
    }

    #[test]
    fn ner_never_panics_on_any_text(s in any::<String>()) {
        check(&s);
    }
}

#[test]
fn statement_owners_relative_clauses_parts_of_people_and_beliefs() {
    // `والتي قال فيها` after an apposition: the owner of the statements speaks
    let s = speakers("انتقدت القاضية كلثوم كنو التصريحات الأخيرة لبرهان بسيس، المكلف بالشؤون السياسية في حزب نداء تونس والتي قال فيها إن قانون المصالحة سيمر بالديمقراطية.");
    assert_eq!(s.first().map(String::as_str), Some("برهان بسيس"), "{s:?}");
    // a participle after a relative clause that agrees with it: the antecedent speaks
    let s = speakers("وقد قام صاحب المنزل بتقديم شكاية وتمكنت الوحدات من إلقاء القبض على المتهمة التي اعترفت بالجريمة مؤكدة أنها قامت بها بتحريض من صديقها.");
    assert_eq!(s, ["المتهمة"]);
    // `عدد منهم` is the speaker, not `عدد`
    let s = speakers("وطالب عدد من الأهالي بالتدخل. وقال عدد منهم إنهم اضطروا إلى ملازمة منازلهم.");
    assert_eq!(s, ["عدد منهم"]);
    // `عن دعمها`: what was expressed is not part of the subject a later verb continues
    let s = speakers("وعبّرت الوزارة عن دعمها ومساندتها المطلقة للفنانين، كما أكدت أنها شرعت في اتخاذ الإجراءات اللازمة.");
    assert_eq!(s, ["الوزارة"]);
    // a report of counted people nested in a statement (`5 أفراد … صرحوا بأنهم`)
    let s = speakers("تمكنت وحدة عسكرية من إيقاف 5 أفراد قاموا بالتسلل. وجاء في بلاغ لوزارة الدفاع الوطني أنه بالتثبت معهم، تبين أنهم لا يحملون وثائق هوية وأنهم صرحوا بأنهم تونسيو الجنسية.");
    assert!(s.iter().any(|x| x == "5 أفراد"), "{s:?}");
    // a belief is reported with its holder written after the verb, not without one
    let s = speakers("وتعتقد الشرطة أن جماعة محلية هي المسؤولة عن التخطيط للهجوم.");
    assert_eq!(s, ["الشرطة"]);
    assert!(speakers("واستولى التنظيم على 3 طائرات حربية، ويعتقد أنها من نوع ميغ 21.").is_empty());
}

#[test]
fn reports_end_before_an_accusing_participle_and_a_while_clause() {
    // `متهمة الصحيفة`: the ة form with a definite object opens a clause of its own
    let end = from_last_content_word(
        "وقالت الحركة في بيانها إن فلانا قد استعفى من مهمّته منذ أشهر متهمة الصحيفة التي نشرت الخبر بالتضليل.",
        0,
    );
    assert!(end.starts_with("أشهر متهمة"), "{end}");
    // `، فيما عبّر عدد من …`: "while" and a verb of saying after a comma
    let end = from_last_content_word(
        "وقال عدد منهم إنهم اضطروا إلى ملازمة منازلهم في ظل غياب وسائل النقل، فيما عبّر عدد من المتساكنين عن تذمّرهم من قطع التيار.",
        0,
    );
    assert!(end.starts_with("النقل،"), "{end}");
}

#[test]
fn names_with_adjectives_partitive_descriptions_source_nouns_and_ranges() {
    // a named organisation and its definite adjective before the verb (after لكن)
    let s = speakers("وقالت الوزارة إن رجلا بعث برسائل. لكن مجلة فورتشن الأميركية كشفت قبل يومين أن الضحيتين هما غوغل وفيسبوك.");
    assert_eq!(
        s.get(1).map(String::as_str),
        Some("مجلة فورتشن الأميركية"),
        "{s:?}"
    );
    // the noun after `احد` is never a verb: the description goes on
    let s =
        speakers(r#"واكد احد مطلقى هذه المبادرة الحرص على "ان ينتهي الاعتصام في اقرب وقت ممكن"."#);
    assert!(
        s.first().is_some_and(|x| x.starts_with("احد مطلقى")),
        "{s:?}"
    );
    // `مصدران` is no person's name: the whole description speaks
    let s = speakers("وقال مصدران بالشرطة والمسؤول القضائي إن سيارة المهاجم كانت بها بندقية.");
    assert_eq!(s, ["مصدران بالشرطة والمسؤول القضائي"]);
    // `وإلى غاية 2 فيفري` inside a sentence is no dateline: the report runs on
    let end = from_last_content_word(
        "وأضاف في تصريح للوكالة أن اللجنة أصدرت منذ بداية السنة الجارية وإلى غاية 2 فيفري الجاري 14 قرار إيقاف نشاط آخر.",
        0,
    );
    assert!(end.starts_with("آخر"), "{end}");
}

#[test]
fn a_five_word_subject_between_the_auxiliary_and_the_verb() {
    let s = speakers("وكانت مفوضية اللاجئين التابعة للأمم المتحدة قالت, الشهر الماضي, إن اكثر من 10 آلاف مهاجر ماتوا غرقا.");
    assert_eq!(s, ["مفوضية اللاجئين التابعة للأمم المتحدة"]);
}

#[test]
fn a_participle_after_a_while_clause_takes_its_subject() {
    let s = speakers("ويشهد الشارع تباينا واضحا في المواقف في حين يرى اخرون انه في غلق الشوارع اضرار بمصالح الناس مؤكدين ان المواطن يبقى الاكثر تضررا.");
    assert_eq!(s, ["اخرون", "اخرون"]);
}

#[test]
fn asyndetic_statement_clauses_verbal_noun_objects_and_verbs_after_marks() {
    // `تصريحات لفلان، …، قال فيها إن`: the owner of the statements speaks
    let s = speakers(
        r#"وجاء البيان بعد تصريحات لوزير الشؤون الدينية عبد الجليل سالم، الخميس خلال جلسة استماع له بالبرلمان، قال فيها إن "المدرسة الوهابية هي سبب الصراع"."#,
    );
    assert_eq!(
        s.first().map(String::as_str),
        Some("عبد الجليل سالم"),
        "{s:?}"
    );
    // `ونفى وجود أي قضية …، متابعا "…"`: the verbal noun is the object; the earlier
    // speaker goes on
    let s = speakers(
        r#"وقال بن غربية إن الاتهامات باطلة. ونفى وجود أي قضية جارية ضده، متابعا "ياسين ابراهيم لم يتعاف بعد من قضية لازار"."#,
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0], s[1]);
    // a bare verb right after a closing mark takes its clause's subject, not the last speaker
    let s = speakers(
        r#"وقال الناطق الرسمي سفيان السليطي إن النيابة تعهدت بالملف. وكان الوزير المقال عبيد البريكي قد كشف الجمعة الماضي عن عدد من "عينات ملفات فساد" قال انها بحوزته لما كان على رأس الوزارة."#,
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_ne!(s[1], s[0]);
}

#[test]
fn a_topic_in_marks_is_no_quotation() {
    // (with the tagger's verbs a bare quotation takes its clause's subject; a topic does not)
    let text = r#"وجاء هذا القرار إثر إجتماع عقدته الهيئة الوطنية للإتصالات حول موضوع "الهواتف الجوالة المقلدة والهواتف المسروقة والسوق الموازية"، وذلك بمشاركة جميع الأطراف المعنية."#;
    assert!(speakers(text).is_empty(), "{:?}", speakers(text));
}

#[test]
fn a_named_subject_after_kama_speaks_in_the_next_reports() {
    let s = speakers("وأوضح المدير الجهوي للصحة محمد الهادي بن سليمان أن المستشفى استقبل 25 جريحا. كما أكّد والي الجهة سامي الغابي إرسال تعزيزات عسكرية وأمنية على عين المكان. وأوضح أن السبب في تجدّد الاشتباكات مردّه تعمّد عدد من الأهالي التحوّل الى مكان الطريق.");
    assert_eq!(s.len(), 2, "{s:?}");
    assert_ne!(s[0], s[1]);
}

#[test]
fn names_of_occasions_lists_saying_talk_and_the_one_questioned() {
    // the quoted name of an occasion is no quotation, launched or formed, nor is a list of
    // names after a colon
    assert!(speakers(r#"أطلق المعهد العربي لرؤساء المؤسسات اليوم الأربعاء بالعاصمة، في بادرة هي الأولى من نوعها "يوم المساواة في الأجور بين الجنسين"."#).is_empty());
    let text = r#"وأعلن حزب المسار عن تشكيل "اللقاء الوطني المدني والسياسي لسحب قانون المصالحة" مع كل من الجبهة الشعبية، ومع مكونات المجتمع المدني: الائتلاف المدني من أجل الحريات، المنتدى الاجتماعي والاقتصادي، الاتحاد الوطني للمرأة، واتحاد أصحاب الشهائد المعطلين عن العمل، وذلك من أجل التنسيق. كما أكد مشاركته في المسيرة السلمية التي ينظمها "اللقاء الوطني المدني والسياسي" يوم السبت."#;
    assert!(speakers(text).is_empty(), "{:?}", speakers(text));
    // `موضحا بالقول …: "…"` ends the report before it and quotes after the colon
    let text = r#"وأكد سليم الرياحي أن المبدأ هو التعايش مع جميع الاطياف السياسية موضحا بالقول خلال انتقاده الخطاب المزدوج لحركة النهضة: "نريد التعامل مع القيادات التي تمثل مرجعيتها الحقيقية"."#;
    let s = speakers(text);
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s.iter().all(|x| x == "سليم الرياحي"), "{s:?}");
    // `وتابع حديثه "…"`: his talk is no speaker
    let s = speakers(
        r#"وقال المستشار التنفيذي للمعهد مجدي حسن إن المبادرة أطلقت في التسعينات. وتابع حديثه "إن على المرأة التونسية الانتظار لمدة شهرين لتصل إلى مستوى أجر الرجل"."#,
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1], s[0]);
    // `وبالتحري مع المعني صرح أنه`: the one questioned speaks
    let s = speakers(
        r#"تمكنت الوحدات من ضبط صاحب ورشة بصدد صنع طائرة "هيليكوبتر" في مرحلة متقدمة. وبالتحري مع المعني صرح انه راودته فكرة صناعة طائرة عمودية."#,
    );
    assert_eq!(s, vec!["المعني"]);
}

#[test]
fn relatives_necessity_context_phrases_subjects_of_cases_and_testimonies() {
    // a relative of someone speaks, not the one named after
    assert_eq!(
        speakers(
            r#"أكدت والدة التلميذ مالك بن حمودة في تصريح ل"الجوهرة أف أم" أن ابنها تحصّل على أحسن معدل وطني."#
        ),
        vec!["والدة التلميذ مالك بن حمودة"]
    );
    // `تؤكد ضرورة أن`: the complementizer is the noun's
    let s = speakers("وأكّد الرئيس في حوار مساء اليوم، أنه لا يمكن حل الأزمة دون الجوار، كما أن تونس تؤكّد ضرورة أن يكون الحل نابعا من الليبيين أنفسهم.");
    assert_eq!(s, vec!["الرئيس"]);
    // `مشيرا في ذات السياق إلى أن` ends the report before it and opens its own
    let s = speakers("وأوضح العليمي أن الاضراب يأتي على خلفية رفض المشغل مراجعة الاتفاقيات مشيرا في ذات السياق إلى أن الادارة تعنتت ورفضت فتح باب التفاوض.");
    assert_eq!(s, vec!["العليمي", "العليمي"]);
    // the subject of a case in marks is no quotation
    assert!(speakers(r#"وقد تم الاحتفاظ بهم ومباشرة قضية عدلية في شأنهم موضوعها "المسك والنّقل والاستهلاك والتّسليم لغاية التّرويج لمادّة مخدّرة"."#).is_empty());
    // a participle after the report of a relative clause goes on with its antecedent
    let s = speakers(
        r#"وكان رئيس الحكومة يوسف الشاهد استقبل بقصر الحكومة الامين العام للإتحاد العام التونسي للشغل نور الدين الطبوبي الذي صرح أيضا عقب اللقاء أن "تونس لا تتحمل أي توترات"، مضيفا أن "تونس هي التي ستبقى منتصرة"، بحسب تعبيره."#,
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[0], s[1]);
    assert!(s[0].contains("الطبوبي"), "{s:?}");
    // the witness of a testimony speaks in the next reports
    let s = speakers("وبحسب شهادة المواطنة التي التقطت صورا عديدة لهم، فقد وصل التلاميذ لمدرستهم أمس متأخرين. وأوضحت أن ما شاهدته حصل بأحد المدارس بمدينة سوسة.");
    assert_eq!(s, vec!["المواطنة"]);
}

#[test]
fn papers_titles_at_the_end_while_clauses_refusals_and_invisible_controls() {
    // what a paper publishes, with its quoted name
    assert_eq!(
        speakers(
            r#"جاء في صحيفة "الشروق الجزائرية" أن السوق الجزائرية للبناء ستفتح أمام اليد العاملة التونسية."#
        ),
        vec![r#"صحيفة "الشروق الجزائرية""#]
    );
    // a quoted law name after its title noun, even at the end of the sentence
    let s = speakers(
        r#"ووصف الكحلاوي مواقف بعض القيادات "باللامسؤولة والمقلقة" من ذلك دفاعها عن قانون "هو يسرق وأنت تخلّص"."#,
    );
    assert!(s.is_empty(), "{s:?}");
    // `في الوقت الذي أكد فيه` ends a report; a speaker's name has no invisible controls
    let text = "وقال الوزير عبد المجيد تبون إن\u{202e} \"\u{202c}الجزائر\u{202e} \u{202c}ترحب\u{202e} \u{202c}ببناء\u{202e} \u{202c}شراكة\u{202e} \u{202c}قوية\u{202e}\" \u{202c}في\u{202e} \u{202c}القطاع\u{202e} \u{202c}في\u{202e} \u{202c}الوقت\u{202e} \u{202c}الذي\u{202e} \u{202c}أكد\u{202e} \u{202c}فيه\u{202e} \u{202c}السفير\u{202e} \u{202c}التونسي\u{202e} \"\u{202c}رغبة\u{202e} \u{202c}بلاده\u{202e} \u{202c}في\u{202e} \u{202c}العمل\u{202e} \u{202c}على\u{202e} \u{202c}تمتين\u{202e} \u{202c}التعاون\u{202e}\".";
    assert!(
        from_last_content_word(text, 0).starts_with("القطاع\u{202e} \u{202c}في"),
        "{:?}",
        from_last_content_word(text, 0)
    );
    assert_eq!(speakers(text)[1], "السفير التونسي");
    // `، لكنه امتنع عن القول` is the writer's
    let text = r#"وقال كادو إن المهاجم اندفع نحو دورية، مشيرا إلى أن الشرطة أوقفت المهاجم وشخصا آخر "اشتبهت بسلوكه"، لكنه امتنع عن القول ما إذا كان هذا الشخص متورطا في الاعتداء."#;
    let rest = from_last_content_word(text, usize::MAX);
    assert!(rest.starts_with("بسلوكه"), "{rest:?}");
}

#[test]
fn expectations_inside_reports_and_a_person_with_a_title_after_kana() {
    // an expectation inside a report is part of what was said
    let s = speakers("قال الناطق باسم حركة النهضة، عماد الحمّامي، إن الحركة تتوقع أن يكون تمثيلها أكبر في حكومة الوحدة الوطنية المقبلة.");
    assert_eq!(s.len(), 1, "{s:?}");
    // `وكان فلان رئيس الجمعية أعلن أن`: the person and their title, not the last speaker
    let s = speakers("وقال الوزير خليل العميري إن التظاهرة الأولى من نوعها. وكان حاتم سليمان رئيس الجمعية أعلن أنّ هذا المهرجان يُنظم لأول مرّة في تونس.");
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1], "حاتم سليمان");
}

#[test]
fn quoted_bodies_modal_complementizers_future_verbs_and_hadha_openers() {
    // the quoted name of a body is no quotation; a quoted statement opening with one is
    assert!(speakers(r#"خلال جلسة عمل جمعتها، مساء أمس الاثنين، بعدد من مكونات المجتمع المدني في مقر "جمعية المواطنة والتنمية ببن قردان"، تأجيل الاضراب العام."#).is_empty());
    // `وأضاف سنحدد موقفنا … ولا يمكن أن نسكت`: no subject, and a modal's أن
    let s = speakers("وقال أردوغان إن هولندا ستدفع ثمن تصرفاتها. وأضاف سنحدد موقفنا من هولندا بعد الانتخابات ولا يمكن أن نسكت على السلوك الخارج عن نطاق الأدب.");
    assert_eq!(s, vec!["أردوغان"]);
    // `هذا وبين أن`: the opener, then the verb
    let s = speakers(
        r#"واعتبر الوزير أن "خطأ تنظيميا" تسبب في وفاة المرأة. هذا وبين أن تحقيقين قد فُتحا في الغرض، أحدهما طبي والآخر إداري."#,
    );
    assert_eq!(s, vec!["الوزير", "الوزير"]);
}

#[test]
fn while_clauses_marks_before_participles_conveyed_nested_reports_rumours_and_brackets() {
    // `وفي ما رجحت …` is "while", and its main clause after `فإن` is not the report
    let text = "وفي ما رجحت مصادر أمنية فرنسية أن الانتحارية كانت على علاقة وثيقة بالمدعو عبد الحميد أباعود فإن الغموض الأكبر يدور حاليا حول مصيره.";
    assert_eq!(speakers(text), vec!["مصادر أمنية فرنسية"]);
    assert!(from_last_content_word(text, 0).starts_with("أباعود فإن"));
    // a participle glued to the closing mark opens its own clause
    let text = r#"قال الرئيس الأمريكي دونالد ترامب إنّ الرئيس الروسي فلاديمير بوتين "يدعم شخصاً شريراً بالفعل"واصفا الرئيس السوري بـ"الشرير"."#;
    assert!(from_last_content_word(text, 0).starts_with("بالفعل\"واصفا"));
    // what someone learned from sources, inside her report, is the sources'
    let s = speakers(
        "واضافت بدرة قعلول أنها علمت من مصادر سورية أن 700 امرأة تونسية موجودات في الأراضي السورية.",
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert_eq!(s[1], "مصادر سورية");
    // a denied news item in marks is no quotation; a person in brackets is whose faction
    let s = speakers(
        r#"نفى مراد دلش الممثل القانوني لحركة نداء تونس اليوم الثلاثاء "خبر طرد حافظ قايد السبسي من حركة نداء تونس"قائلا ان "هذا الخبر عار من الصحة". وأكد الممثل القانوني لحركة نداء تونس (شق حافظ قايد السبسي) أن أعضاء الهيئة تم تجميدهم من الحزب منذ مدة."#,
    );
    assert_eq!(s.len(), 2, "{s:?}");
    assert!(s.iter().all(|x| !x.contains("حافظ")), "{s:?}");
}

#[test]
fn terms_in_marks_listed_names_and_a_turn_inside_a_sentence() {
    // quoted words a relative clause describes, or quoted again, are a term
    let s = speakers(
        r#"أعلنت بعثة الأمم المتحدة لمساعدة العراق "يونامي" عن مقتل 1115 مدنيا جراء أعمال" الإرهاب والعنف والنزاع المسلح" التي وقعت في العراق. وكانت "يونامي" قد أعلنت في شهر فيفري الماضي عن مقتل أكثر من 1000 عراقي في أعمال "الإرهاب والعنف والنزاع المسلح"."#,
    );
    assert!(s.is_empty(), "{s:?}");
    // a list of quoted names, the last never closed
    let s = speakers(
        r#"كما تذكر الداخلية بضرورة الإبلاغ أيضا عن عنصرين اخرين مازالا فارين وهما "حمزة بن البرني بن ضو عمار" و"حمدي بن علي بن رمضان ذويب . وتطلب من المواطنين الإبلاغ عنهم."#,
    );
    assert!(s.is_empty(), "{s:?}");
    // a turn phrase followed by a verb inside a sentence opens the participle's clause
    let s = speakers("ونزح نحو 80 آلف مدني من الأحياء الشرقية منذ منتصف نوفمبر الماضي, حسب المرصد السوري لحقوق الإنسان من جانبها، أعلنت اللجنة الدولية للصليب الأحمر إجلاء أكثر من 150 مدنياً، موضحةً أنه تم «نقل جثث 11 شخصاً قتلوا خلال المعارك».");
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(s[0].starts_with("اللجنة الدولية"), "{s:?}");
}

#[test]
fn to_us_before_the_subject() {
    let s = speakers(
        r#"واكد لنا مصدر امني لمراسل "الجوهرة أف أم"، سامي الهاني اليوم، ان المسروق الذي تم حجزه يتمثل في آلات لرحي التوابل."#,
    );
    assert_eq!(s, vec!["مصدر امني"]);
}

#[test]
fn a_name_like_a_preposition_commenting_and_a_relatives_family() {
    // `علي` opening a person's name is no preposition
    let s = speakers("وقال علي بن صميخ المري رئيس اللجنة الوطنية القطرية لحقوق الإنسان في مؤتمر صحفي عقده أمس السبت، إن لجنته بصدد التعاقد مع مكتب محاماة دولي.");
    assert_eq!(s, vec!["علي بن صميخ المري"]);
    // `في تعليقه على` ends the report without a comma too
    let text = r#"قال الناطق الرسمي للحزب الجمهوري، عصام الشابي، اليوم الاثنين إننا بصدد الاقتراب من دائرة المافيا في تونس في تعليقه على خبر "تهريب" شخص متورط."#;
    assert!(from_last_content_word(text, 0).starts_with("تونس في تعليقه"));
    // the person whose family speaks is not the speaker of the family's report
    let s = speakers(
        r#"تقدمت مساء اليوم عائلة عبد الباسط بن محمد بن جبر الميساوي عبر "الجوهرة اف أم" بنداء لكل من يعثر عليه. وقالت أن ابنها من مواليد 1972 ويشكو من إعاقة ذهنية."#,
    );
    assert!(s.iter().all(|x| !x.starts_with("عبد الباسط")), "{s:?}");
}

#[test]
fn an_attribution_is_no_verb_whatever_the_tagger_says() {
    // `وفق` read as a verb made `المصدر نفسه` its subject and the speaker
    let text = "ووفق المصدر نفسه، أعرب نوري أبو سهمين، خلال هذه المكالمة عن يقينه بأن \"ليبيا ستكمل مسارها الانتقالي رغم بعض الصعوبات\".";
    let got = speakers(text);
    assert!(!got.is_empty(), "no quote in {text}");
    for s in got {
        assert_eq!(s, "نوري أبو سهمين");
    }
}

#[test]
fn a_participle_after_a_relative_clause_of_two_others_is_not_the_antecedents() {
    // `التي كانا عليها`: the relative clause's verb has two others as subject, so `مضيفة`
    // does not belong to `حالة الإرهاق` (the speaker goes on)
    let text = "أكدت علياء أنها كانت على متن رحلة من بانكوك. وأشارت إلى أنها طلبت من زوجها أن يشربا قهوة بسبب حالة الإرهاق التي كانا عليها مضيفة أن تلك القهوة أنقذتها من التفجير.";
    let got = speakers(text);
    assert!(got.len() >= 2, "{got:?}");
    for s in got {
        assert_eq!(s, "علياء");
    }
}

#[test]
fn quoted_words_after_a_definite_subject_are_its_object() {
    // `وفندت المنظمة "الادعاء"`: the quoted word is what was refuted, not part of the
    // organisation's description, which speaks the later quotation
    let text = "هذا وفندت المنظمة \"الادعاء\" بأن هياكل المهنة طلبت مساعدة من الاتحاد العام وهو خبر عار عن الصحة \"لأن الاتحاد لا يعول إلا على أبنائه في الدفاع عن مصالح المنضوين تحت لوائه\".";
    let got = speakers(text);
    assert!(!got.is_empty(), "no quote in {text}");
    for s in got {
        assert_eq!(s, "المنظمة");
    }
}

#[test]
fn surnames_and_short_names_keep_their_first_letters() {
    // `فلين` written whole in `مايكل فلين` is no ف + ل + ين when it names him alone
    let text = "أعلن البيت الأبيض استقالة مايكل فلين. وقال فلين في خطاب استقالته إنه أخطأ.";
    let doc = analyzer().analyze(text);
    let ents = doc.entities.unwrap();
    let alone: Vec<_> = ents
        .mentions
        .iter()
        .filter(|e| e.label == "PER" && e.tokens.len() == 1)
        .collect();
    assert!(!alone.is_empty(), "{:?}", ents.mentions);
    for e in alone {
        assert_eq!(e.core_text, "فلين", "{e:?}");
    }
    assert_eq!(speakers(text), vec!["مايكل فلين"]);
    // a name of two letters takes و only: `وطه حسين` is و + طه حسين
    let doc = analyzer().analyze("وقرأ الطلاب أعمال محمد عبده وطه حسين في الجامعة.");
    let ents = doc.entities.unwrap();
    assert!(
        ents.mentions.iter().any(|e| e.core_text == "طه حسين"),
        "{:?}",
        ents.mentions
    );
}

#[test]
fn a_participle_after_a_clause_of_as_is_its_subjects() {
    // `إذ انتقدتها بعض الأطراف، معتبرة أنها`: the parties speak, not the appointments of the
    // sentence's first clause (the tagger reads انتقدتها as a noun)
    let s = speakers(
        "وقد أثارت التعيينات الاخيرة في سلك المعتمدين جدلا واسعا على الساحة السياسية في تونس، إذ انتقدتها بعض الاطراف السياسية، معتبرة، بالخصوص، أنها خضعت للمحاصصة الحزبية.",
    );
    assert_eq!(s, vec!["بعض الاطراف السياسية"]);
}

#[test]
fn a_clause_of_as_inside_a_report_leaves_the_participle_to_the_reporter() {
    let s = speakers(
        "وأوضحت الشرطة السويدية أن الحادث وقع في منطقة دروتنينغاتان، إذ دهست الشاحنة عددا من المارة، مضيفة أنه لم يتم القبض على أحد حتى الآن.",
    );
    assert_eq!(s, vec!["الشرطة السويدية", "الشرطة السويدية"]);
}
