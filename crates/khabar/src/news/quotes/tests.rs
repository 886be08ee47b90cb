use super::lexicon::*;
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
    let span =
        |r: &Range<usize>| text[tokens[r.start].byte_start..tokens[r.end - 1].byte_end].to_string();
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
    let q = quotes("وأكدت النائبة ذلك بحسب شهادات عائلات البحارة الذين نقلوا أن السلطات لم تتدخل.");
    assert_eq!(q.last().unwrap().2, "عائلات البحارة");
    // `يذكر أن X أعلن …، مشيرا إلى أن`: X speaks
    let q = quotes("يذكر أن وزير الداخلية التركي أعلن عن مقتل 39 شخصا، مشيرا إلى أن البحث جار.");
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
        (
            "وكان الوزير السابق، الذي حل ضيفا على القناة الثانية، صرح بأن الحجاب مفروض على النساء.",
            "الوزير السابق",
        ),
        (
            "وكان مانوال فالس، الذي حل ضيفا على القناة الثانية، صرح بأن الحجاب مفروض على النساء.",
            "مانوال فالس",
        ),
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
    let q = quotes("وذكرت صحيفة «الخبر» أن الوزير استقال. وقال مصدر لـ «الرياض» إن القرار نهائي.");
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
    let q = quotes("وأشارت الشركة إلى أنها ستعلن النتائج في الاختصاصات التالية : * متصرف * مهندس");
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
    let q = quotes(
        "ويواجه المهاجرون الاعتقال، بحسب المنظمة الحقوقية التي اضافت أنه ليس لدى تونس إطار قانوني.",
    );
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
    let q = quotes(
        "أكد العشي أن التعددية النقابية مغشوشة في تونس، في تعليقه على قيام أكثر من منظمة نقابية.",
    );
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
    let q = quotes("وقد تتراجع المشاركة في هذه الانتخابات التي يتوقع أن تمنح الرئيس غالبية ساحقة.");
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
    let q = quotes("وقال المتحدث إن هذه الحادثة الأليمة تؤكد مرة أخرى أن الإرهاب يضرب في كل مكان.");
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
    assert!(
        quotes("ووردت معلومات تفيد بحيازة أحد الأشخاص قطعة أثرية، علما ان احدهم أمني مباشر.")
            .is_empty()
    );
    // `ورد في تقرير أنه`, like `جاء في`
    let q = quotes("وورد في تقرير أنه تم إعدام الأكراد بعد محاكمة طويلة.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "تقرير");
}

#[test]
fn the_writers_aside_ends_a_report_without_a_full_stop() {
    let q = quotes(
        "وأكد السكان ان بعض المرضى يموتون في طريقهم إلى سوسة ويذكر أن المنطقة يوجد بها مستوصفان.",
    );
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
    let q = quotes("وقالت الوزيرة إنه تم ادراج 8 مواقع. ويلاحظ أنه لم يتم إدراج أي موقع منذ 1997.");
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
        quotes("وأجراها مكتب \"وان تو وان (واحد لواحد) للبحوث والاستطلاعات\" في تونس.").is_empty()
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
    let q =
        quotes("قال النائب إنه يتعرّض إلى حملة تشويه وذلك في تعليقه على ما أثاره خبر تنفيذ الحكم.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.ends_with("حملة تشويه"), "{q:?}");
    // `ودون أن` is "and without": no complementizer of a verb
    let q = quotes("قرر أن الطائرة ستكون قادرة على كشف الألغام عن بعد ودون أن يلحقها أي إصابات.");
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
    assert!(quotes("أعلنت الوزارة عن تمديد الآجال باعتبار أن يوم 5 مارس يوافق يوم أحد.").is_empty());
    // a verb with على + a noun has its object; a later complementizer is not its
    let q = quotes(
        "وقال الغنوشي إن الطرفين أكدا على التأكيد على منهج التشاور وكانا يودان ان وقع التشاور.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    // the name علي after a verb is its subject, not the preposition
    let q = quotes("لاحظ علي العريض أن هناك تهديدات تستهدفه.");
    assert_eq!(q.len(), 1, "{q:?}");
    // a masculine participle does not take a feminine object as its subject
    let q = quotes(
        "وأكد المدير أنه لم يتلق أي قرار. وطالب الوزارة برد الاعتبار له، قائلا إن هناك قوانين تتبع.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_ne!(q[1].2, "الوزارة", "{q:?}");
}

#[test]
fn impersonal_and_passive_present_verbs() {
    // `يتوقع أن` after a comma: "it is expected"
    let q = quotes("يتوجه الناخبون غدا إلى صناديق الاقتراع في انتخابات تشريعية، يتوقع أن يحافظ فيها الحزب على الأغلبية.");
    assert!(q.is_empty(), "{q:?}");
    // `تعتبر "…"`: "is considered", no speech of the subject
    let q = quotes("قال المسؤول إن هذه الاستقالة تعتبر \"زلزالا أصاب البلاد\"، كما أنها أمر مزعج.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "المسؤول", "{q:?}");
    // `من جهته بيّن الوالي أن`: the homograph after a turn phrase is the verb
    let q = quotes("وقال الناشط إن الوضع صعب. من جهته بيّن الوالي أن الجهة ستشهد ملتقى دوليا.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].2, "الوالي", "{q:?}");
    // `ملوحا بالتصعيد` ends a report without a comma
    let q = quotes("وأوضح رئيس النقابة أن الأهالي سئموا الوعود ملوحا بالتصعيد في صورة عدم التفاعل.");
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
    let q = quotes("وقال الوزير إن الوضع مستقر. ووضعت علامة أسفل الشاشة تفيد بأن البرنامج ممنوع.");
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

#[test]
fn statements_dated_dual_and_plural_people_and_impersonal_openers() {
    // the statement's owner ends before the date that follows it
    let q = quotes(
        "جاء في بيان لوزارة الدفاع مساء اليوم السبت، أن سيارة رباعية الدفع دخلت التراب التونسي.",
    );
    assert_eq!(q[0].2, "بيان لوزارة الدفاع");
    // a dual verb: the two people counted before it, not the earlier speaker
    let q = quotes("وأفادت الوزارة أنه لم يتم الامتثال للإشارة. وتبين أن اثنين منهم دون وثائق، وصرحا انهما جزائريان.");
    assert_eq!(q.last().map(|x| x.2.as_str()), Some("اثنين"), "{q:?}");
    // a plural of persons in construct with a definite noun
    let q = quotes("وأفادت الوزارة أنه لم يتم الامتثال للإشارة. وباستجواب أفراد المجموعة صرحوا بأنهم كانوا ينوون المرور الى ليبيا.");
    assert_eq!(
        q.last().map(|x| x.2.as_str()),
        Some("أفراد المجموعة"),
        "{q:?}"
    );
    // `على اعتبار أن` is "given that"; `ويذكر إلى أن` is the writer's aside
    assert!(quotes(
        "وستصدر الوزارة أمرا يفسر كيفية الانتفاع بالامتيازات على اعتبار أنها ستقوم بتطبيق الآلية."
    )
    .is_empty());
    assert!(quotes("ويذكر إلى أن ولاية قبلي شهدت يوم أمس عددا من التحركات الاحتجاجية.").is_empty());
    // `لكنه استدرك أن`: a second report of the same speaker
    let q = quotes("أكد رئيس الهيئة أن هناك تطورا ملحوظا في الأداء لكنه استدرك أن الوصول إلى الدرجة المنشودة لم يتحقق بعد.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(q[0].1.ends_with("الأداء"), "{q:?}");
    assert_eq!(q[1].2, "رئيس الهيئة");
}

#[test]
fn follows_a_cognate_accusative_and_while_it_is_expected() {
    // the present of تابع is "follows"
    assert!(quotes(
        "وينتظر كثر ما تكتبه الكاتبة ويتابع أثرها الملايين حول العالم وصحفي يفترض أنه ملم بما يحدث."
    )
    .iter()
    .all(|x| x.2 != "أثرها الملايين"));
    // `نفيا قطعيا` is the verbal noun: the subject is the name before it
    let q = quotes("ونفى المكلف بالإعلام في وزارة الداخلية، ياسر مصباح، نفيا قطعيا، أن يكون الحادث على علاقة بالإرهاب.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_ne!(q[0].2, "قطعيا");
    // `فيما يتوقع أن`: "while it is expected", nobody's report
    assert!(
        quotes("أصبحت الحركة الحزب الأول في البرلمان فيما يتوقع ان يرتفع عدد المستقيلين.")
            .is_empty()
    );
}

#[test]
fn a_document_noun_before_a_bare_past_verb_speaks() {
    let q = quotes(
        r#"واحتضنت العاصمة اجتماعا للوزراء انتهى ببيان أكد أن "الحل السياسي هو الخيار الوحيد للأزمة"."#,
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "بيان");
    // `، وذلك عقب …`: the writer dates what was said, after the report
    let q = quotes(
        r#"وحذر الرئيس طهران من أن من يدعمون الإرهاب قد يكونون من "ضحاياه"، وذلك عقب الاعتداءات الدامية."#,
    );
    assert!(
        q[0].1.ends_with("ضحاياه") && !q[0].1.contains("وذلك"),
        "{q:?}"
    );
    // not with و, and not a present verb (`بيان يؤكد أن` is left to the other rules)
    let q = quotes("وقال المصدر إن الاتفاق تم. ونشرت الوزارة بيانا وأكد أن العمل متواصل.");
    assert!(q.iter().all(|x| x.2 != "بيانا"), "{q:?}");
}

#[test]
fn according_to_someone_elses_statements_ends_a_report() {
    let q = quotes(
        "ونفى المدير علمه أن يكون عدد الأطفال قد وصل إلى 44 طفلا وفق تصريحات للنائبين في البرلمان.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.ends_with("طفلا"), "{q:?}");
}

#[test]
fn thereby_and_a_pluperfect_background_end_a_report() {
    let q = quotes(
        r#"وأكدت السلطات أن الهجوم ليس إرهابيا نافية بذلك ماتردد من أخبار حول تبني التنظيم للاعتداء."#,
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.ends_with("إرهابيا"), "{q:?}");
    let q = quotes(
        r#"وقالت الشرطة إن الهجوم ليس إرهابيا وكان تنظيم "داعش" الإرهابي قد أعلن مباشرة بعد الهجوم تنفيذ عناصره للعملية."#,
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.ends_with("إرهابيا"), "{q:?}");
}

#[test]
fn an_emphatic_pronoun_stays_with_the_source() {
    let q = quotes(
        "وذكر المصدر ذاته لوكالة تونس افريقيا للأنباء أن هذه السيارات ستساعد في دعم الخط الأمامي.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "المصدر ذاته");
}

#[test]
fn a_colon_after_the_verbs_object_opens_no_quotation() {
    // `وأعلن عن تشكيل لجنة تضم: …`: what follows is the committee, not words of the subject
    // (the verb took its object with عن; `وقال: …` still quotes)
    let q = quotes("وأعلن عن تشكيل لجنة وطنية تضم: ممثلين عن الأحزاب والمنظمات الوطنية.");
    assert!(q.is_empty(), "{q:?}");
    let q = quotes("وقال: سنواصل العمل مع الأحزاب والمنظمات الوطنية.");
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn while_and_a_finite_reporting_verb_ends_a_report_without_a_comma() {
    let q = quotes(
        "قال رئيس البرلمان سليم الجبوري إن الجميع رضي بمنهجية التوافق في العراق فيما اعتبر ميزانية الدولة تشغيلية بالأساس.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.ends_with("في العراق"), "{q:?}");
    // `فيما` before another verb stays inside the report
    let q = quotes("وقال الوزير إن المشروع تعطل فيما مضى من الأشهر.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.ends_with("فيما مضى من الأشهر"), "{q:?}");
}

#[test]
fn quoted_words_after_known_as_name_a_thing() {
    let q = quotes(
        r#"أكد عم الرضيع المعروف بـ "رضيع مستشفى فرحات حشاد" وفاته. ويدعى "محمد علي الأمين" في الحي."#,
    );
    assert!(q.is_empty(), "{q:?}");
}

#[test]
fn a_demonstrative_subject_stops_at_upon() {
    let q = quotes("وقد اعترف هذا العنصر عند التّحقيق معه بأنّه يتحوّز على كتب ممنوعة.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "هذا العنصر");
}

#[test]
fn a_participle_with_wa_after_a_comma_ends_a_report() {
    let q = quotes(
        r#"وكان ترامب أثنى على خروج بريطانيا، معتبرا أن بريكست "أمر عظيم"، ومعلنا عزمه على إبرام اتفاق تجاري مع بريطانيا "سريعا"."#,
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.ends_with("أمر عظيم"), "{q:?}");
    let q = quotes("وقال الوزير إن الوضع هادئ، ومعلنا عزمه على زيارة المدينة.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "إن الوضع هادئ");
}

#[test]
fn the_source_of_an_attribution_with_its_preposition_speaks_next() {
    // `وفق ما أعلن عنه البيت الأبيض مضيفا أن`: the White House, not the nearest name
    let q = quotes(
        "ستكون تيريزا ماي أول زعيمة تزور دونالد ترامب، وفق ما أعلن عنه البيت الأبيض مضيفا أن الجمعة القادم موعد الاجتماع.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "البيت الأبيض");
}

#[test]
fn a_report_in_a_dash_aside_and_the_report_after_it() {
    // the aside's own report ends with it; the outer verb's complementizer follows it
    let q = quotes(
        "وأضاف رئيس الوزراء الإيطالي - الذي قال مرارا إن إيطاليا لن تشارك في أي ضربات - أن التفويض سيمنح لكل حالة على حدة.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].1, "إن إيطاليا لن تشارك في أي ضربات");
    assert_eq!(q[1].1, "أن التفويض سيمنح لكل حالة على حدة");
    assert_eq!(q[1].2, "رئيس الوزراء الإيطالي");
    // a dash between numbers opens no aside
    let q = quotes("وقال الوزير إن الموسم 2016 - 2017 كان صعبا.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "إن الموسم 2016 - 2017 كان صعبا");
}

#[test]
fn a_verb_with_its_object_in_the_subjects_relative_clause_does_not_report() {
    // the police speak, not the pictures they revealed
    let q = quotes("وقالت الشرطة التي كشفت صور المنفذين إن خورام بوت هو أحد المهاجمين.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "الشرطة");
}

#[test]
fn but_it_turned_out_is_the_writers() {
    let q = quotes(
        "كان فلين قد أكد لبنس أنه لم يناقش العقوبات مع الروس لكن اتضح لاحقا أنه جرت مناقشة الموضوع.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].1, "أنه لم يناقش العقوبات مع الروس");
}

#[test]
fn an_adverb_after_the_subject_ends_its_description() {
    // `بالمناسبة` is no part of the speakers' description
    let q = quotes("وشدد المتدخلون بالمناسبة على ان الرفع من الانتاجية يبقى من ابرز المسارات.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "المتدخلون");
}

#[test]
fn a_long_source_before_his_words_and_expressed_opening_a_sentence() {
    // the source of `قوله` after عن, past a title and a name between commas
    let q = quotes(
        r#"ونقلت وكالة "فارس" الإيرانية عن مدير عام العلاقات العامة في شركة الطيران الوطنية، شاهرخ نوش آبادي، قوله، "حتى الآن أرسلت خمس طائرات إلى قطر.""#,
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].2.starts_with("مدير عام العلاقات العامة"), "{q:?}");
    // `عبر … عن استنكاره …، مؤكدا أن`: the participle's subject follows `عبر`, a verb here
    let q = quotes(
        "عبر كاتب عام نقابة التعليم الأساسي في تصريح لمراسلتنا عن استنكاره للتصريحات الصادرة عن الوزارة مؤكدا أن هذا الإجراء لن يكون دائما.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "كاتب عام نقابة التعليم الأساسي");
}

#[test]
fn asides_in_brackets_and_sources_past_a_quotation() {
    // a dash between brackets opens no aside: the report after them is found whole
    let q = quotes(
        "وتقول فرانسيس ويلسون في مقالة لها (4 أبريل - نيسان 2015) إن الحياة الفكرية كانت مشغولة بالكتاب - وهو ما تغير لاحقا.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].1.starts_with("إن الحياة الفكرية"), "{q:?}");
    // `قوله` takes no source after an عن that stands before a quotation and a cue
    let q = quotes(
        r#"وأضاف ذات المصدر انه "وقع اعتقال عدد من البحارة المعتصمين"، معربا عن استنكاره "لمثل هذه الممارسات" على حد تعبيره، مضيفا قوله "لقد حسبنا أنها ولت مع زمن الدكتاتورية""#,
    );
    assert!(q.iter().all(|x| x.2 != "استنكاره"), "{q:?}");
}

#[test]
fn a_bracket_after_the_speaker_is_no_part_of_the_name() {
    let q = quotes(
        "وأكد الرحوي (الجبهة الشعبية) في تصريحات صحفية أن البرلمان أصبح ساحة لخدمة المصالح.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2, "الرحوي");
    let q = quotes("وقالت وكالة الأنباء الفلسطينية (وفا) إن قوات الاحتلال اقتحمت المسجد.");
    assert_eq!(q[0].2, "وكالة الأنباء الفلسطينية");
    // right after a bare common noun the bracket names it
    let q = quotes("وقالت شبكة (سي.إن.إن) الإخبارية الأميركية إنها أنهت عقدا مع الممثلة.");
    assert!(q[0].2.starts_with("شبكة (سي.إن.إن)"), "{q:?}");
}
