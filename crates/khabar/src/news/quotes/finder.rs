//! The quote finder: quotation marks, cues and report extents, and the main pass.

use super::lexicon::*;
use super::*;
use crate::ner::forms::introduces_name;

impl<'a, 'b> Finder<'a, 'b> {
    pub(super) fn new(inp: &'b QuoteInput<'a>) -> Self {
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
        // a word with the article is no verb, whatever the tagger says (`الفارط`), nor is
        // an attribution (`ووفق المصدر نفسه، أعرب`: وفق read as a verb); nor is a word of a
        // date (`اليوم الثلاثاء 25 أفريل أن`, أفريل tagged VERB)
        let mut verb_at: Vec<bool> = (0..n)
            .map(|t| {
                let w = inp.folded.get(t).map_or("", String::as_str);
                inp.verbs.get(t).copied().unwrap_or(false) && !has_article(w) && !is_attribution(w)
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
    pub(super) fn turn_at(&self, t: usize) -> Option<Agreement> {
        (self.word(t) == "من")
            .then(|| turn_agreement(self.word(t + 1)))
            .flatten()
    }

    pub(super) fn word(&self, i: usize) -> &str {
        self.inp.folded.get(i).map(String::as_str).unwrap_or("")
    }

    /// The original text of token `i` (empty past the last token, like [`Self::word`]).
    pub(super) fn raw(&self, i: usize) -> &str {
        self.inp.tokens.get(i).map_or("", |t| t.text(self.inp.text))
    }

    pub(super) fn paragraph_break_before(&self, i: usize) -> bool {
        i > 0 && {
            let (a, b) = (&self.inp.tokens[i - 1], &self.inp.tokens[i]);
            self.inp.text[a.byte_end..b.byte_start].contains(['\n', '\r', '\u{2029}'])
        }
    }

    /// Whether token `i` is a dash standing alone between spaces (`فلان - الذي قال … -`).
    fn spaced_dash(&self, i: usize) -> bool {
        let toks = &self.inp.tokens;
        i > 0
            && i + 1 < toks.len()
            && matches!(self.raw(i), "-" | "–" | "—")
            && toks[i - 1].byte_end < toks[i].byte_start
            && toks[i].byte_end < toks[i + 1].byte_start
    }

    /// The closing dash of an aside that the spaced dash at `i` opens in its sentence
    /// (`وأضاف رئيس الوزراء - الذي قال مرارا إن … - أن`), if there is one.
    pub(super) fn dash_aside_end(&self, i: usize) -> Option<usize> {
        let s0 = self.sentence_start(i);
        if !self.spaced_dash(i) || i == s0 {
            return None;
        }
        // (not in brackets: `(4 أبريل - نيسان 2015) إن`)
        let brackets =
            |r: std::ops::Range<usize>| r.filter(|&t| matches!(self.raw(t), "(" | ")")).count();
        if brackets(s0..i) % 2 == 1 {
            return None;
        }
        (i + 2..self.sentence_end(i))
            .find(|&k| self.spaced_dash(k))
            .filter(|&k| brackets(i + 1..k) == 0)
    }

    /// The closing dash of the dash aside token `from` stands in, if it stands in one (the
    /// asides of a sentence taken in order, each from its opening dash to the next).
    fn enclosing_aside(&self, from: usize) -> Option<usize> {
        let mut a = self.sentence_start(from);
        while a < from {
            match self.dash_aside_end(a) {
                Some(e) if e > from => return Some(e),
                Some(e) => a = e + 1,
                None => a += 1,
            }
        }
        None
    }

    /// Pairs quotation marks; an unclosed quote ends at its paragraph's end.
    pub(super) fn pair_marks(&self) -> Vec<(usize, usize)> {
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
    pub(super) fn is_mark(&self, t: usize) -> bool {
        t < self.inp.tokens.len() && quote_char(self.raw(t)).is_some()
    }

    /// Index in `marks` of the quotation opening at token `i` (marks are sorted by opening).
    pub(super) fn mark_index(&self, i: usize) -> Option<usize> {
        self.marks.binary_search_by_key(&i, |m| m.0).ok()
    }

    pub(super) fn mark_opening_at(&self, i: usize) -> Option<(usize, usize)> {
        self.mark_index(i).map(|k| self.marks[k])
    }

    pub(super) fn sentence_end(&self, i: usize) -> usize {
        self.inp
            .sentences
            .get(self.sentence_of[i])
            .map(|s| s.end)
            .unwrap_or(self.inp.tokens.len())
    }

    pub(super) fn sentence_start(&self, i: usize) -> usize {
        self.inp
            .sentences
            .get(self.sentence_of[i])
            .map(|s| s.start)
            .unwrap_or(0)
    }

    /// The reporting verb at `i`, in context: an ambiguous bare form only after a clause
    /// conjunction; `يذكر أن` ("it is mentioned that") is impersonal.
    pub(super) fn cue_at(&self, i: usize) -> Option<Cue> {
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
        // (`يتابع أثرها الملايين`: the present of تابع is "follows", not "went on to say")
        if matches!(
            w.strip_prefix(['و', 'ف']).unwrap_or(w),
            "يتابع" | "تتابع" | "يتابعون"
        ) {
            return None;
        }
        // (`نفى …، نفيا قطعيا، أن`: the verbal noun with its adjective, not a dual verb)
        if w == "نفيا" && self.word(i + 1).ends_with('ا') && !is_complementizer(self.word(i + 1))
        {
            return None;
        }
        // (`ويلاحظ أنه`: "it is noted", the writer's, like `يذكر أن`)
        // (`ويذكر إلى أن`: the same, misspelt)
        if matches!(w, "يذكر" | "ويذكر" | "يلاحظ" | "ويلاحظ")
            && (is_complementizer(self.word(i + 1))
                || (self.word(i + 1) == "الي" && is_complementizer(self.word(i + 2))))
        {
            return None;
        }
        // `ولم توضح الصورة بأن`: not said (but `وفي ما رجحت …`: "while", written apart)
        if i > 0
            && is_negation(self.word(i - 1))
            && !(i > 1 && self.word(i - 1) == "ما" && matches!(self.word(i - 2), "في" | "وفي"))
        {
            return None;
        }
        // `وبين` is "and between" unless it opens a clause (`… . وبين المدير أن`)
        if c.homograph && w.starts_with('و') && !c.ambiguous {
            // (also after the opener `هذا`: `هذا وبين أن تحقيقين قد فتحا`)
            let opens = i == self.sentence_start(i)
                || matches!(self.inp.tokens[i - 1].kind, TokenKind::Punct)
                || (i == self.sentence_start(i) + 1 && self.word(i - 1) == "هذا");
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
    pub(super) fn report_at(&self, i: usize) -> Option<(Cue, usize, QuoteKind, usize)> {
        let r = self.report_at_any(i)?;
        // a text stipulates a clause (`ينص القانون على أن`); what follows `ينص … على :` in
        // marks is left to the bare quotations, like any quoted text
        (r.2 == QuoteKind::Indirect || !is_stipulation(self.word(i))).then_some(r)
    }

    /// [`Finder::report_at`] for every cue and kind.
    pub(super) fn report_at_any(&self, i: usize) -> Option<(Cue, usize, QuoteKind, usize)> {
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
                // (`أعلن الحزب عن تشكيل "اللقاء الوطني …"`: the name of an occasion, wherever
                // it stands)
                // (nor a news item or a rumour: `نفى … "خبر طرد فلان …"`)
                let head = self.word(o + 1);
                if (is_occasion_head(head) || is_news_item_head(head))
                    && !(o > 0 && self.raw(o - 1) == ":")
                {
                    j = c + 1;
                    continue;
                }
                // (after a title noun, also at the end of the sentence: `دفاعها عن قانون "هو
                // يسرق وأنت تخلّص".`)
                let titled = self.titled(o);
                let name_like = titled
                    || self.names_a_thing(o, c)
                    || ((c - o <= 4 || self.word(o + 1).starts_with("لل"))
                        && c + 1 < self.sentence_end(i)
                        && !matches!(self.raw(c + 1), "." | "!" | "?" | "؟" | ":"));
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
                // `وهما "حمزة …" و"حمدي …`: a mark never closed that goes on a list of quoted
                // names quotes no one
                let listed = self.mark_index(o).is_some_and(|k| {
                    k > 0 && {
                        let prev = self.marks[k - 1].1;
                        prev < o
                            && self.is_mark(prev)
                            && (o == prev + 1
                                || (o == prev + 2
                                    && (self.word(prev + 1) == "و"
                                        || is_comma(self.raw(prev + 1)))))
                    }
                });
                if !self.is_mark(c) && listed {
                    return None;
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
            // (the preposition as written: the name علي folds the same; right after the verb
            // or after its named subject: `وأعلن مرزوق عن تشكيل لجنة …`; not قال, which says
            // about something: `قال عن الموضوع إن`)
            let took_object = || {
                (i + 1..(i + 3).min(j)).any(|p| {
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
                })
            };
            if is_complementizer(w)
                // (`على اعتبار أن`)
                && ((j > i + 1
                    && matches!(self.word(j - 1), "باعتبار" | "وباعتبار" | "اعتبارا" | "اعتبار"))
                    || took_object())
            {
                return None;
            }
            // `مؤكدا وعي الحكومة بأن فئة كبيرة …`: a participle has no subject, so a noun
            // in construct right after it is its object, and بأن after that object is the
            // noun's complement, not the participle's
            // (describing takes its object and then بأن: `واصفا عملية الإطلاق بأنها`)
            if cue.participle
                && !self.word(i).starts_with("واصف")
                && j == i + 3
                && matches!(w, "بان" | "بانه" | "بانها")
                && !self.word(i + 1).starts_with("ال")
                && self.is_nominal(i + 1)
                && !self.entity_at.contains_key(&(i + 1))
                && self.word(i + 2).starts_with("ال")
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
            // `تؤكد ضرورة أن يكون الحل …`: the complementizer completes the verb's object, a
            // noun of necessity or possibility
            if is_complementizer(w)
                && j > i + 1
                && matches!(
                    self.word(j - 1),
                    "ضروره" | "وجوب" | "اهميه" | "امكانيه" | "احتمال"
                )
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
                if matches!(self.raw(j + 1), "*" | "•" | "-" | "–" | "—") || self.lists_names(j + 1)
                {
                    return None;
                }
                // `قال فلان: …` without marks: direct speech to the end of the sentence
                if let Some((o, _)) = self.mark_opening_at(j + 1) {
                    return Some((cue, o, QuoteKind::Direct, j));
                }
                // (not after another verb: `وزارة النقل تعلن عن اقتناء باخرة … تقرر طرد … رادس
                // : الأمن يطلق …`, a list of headlines; nor after the verb's object: `وأعلن
                // الحزب عن تشكيل … مع مكونات المجتمع المدني: الائتلاف …`, a list)
                if j + 1 < self.sentence_end(i)
                    && !(i + 1..j).any(|t| self.is_verb_at(t))
                    && !took_object()
                {
                    return Some((cue, j + 1, QuoteKind::Direct, j));
                }
                return None;
            }
            // `وأضاف رئيس الوزراء - الذي قال مرارا إن … - أن`: an aside between dashes is
            // passed over, reports and all
            if let Some(k) = self.dash_aside_end(j).filter(|_| j > i + 1) {
                j = k + 1;
                continue;
            }
            // (`وقالت الكتيبة التي نشرت الفيديو، إنه`: publishing in a relative clause of
            // the subject is no report of its own; the scan goes on to إنّ; so is another
            // verb there with its object before the إنّ of a verb of saying: `وقالت الشرطة
            // التي كشفت صور المنفذين إن`)
            let not_its_own = j > i + 1
                && is_relative_pronoun(self.word(j - 1))
                && (is_publishing_verb(w) || (is_say(self.word(i)) && self.says_inna_after(j)));
            if (self.cue_at(j).is_some() && !not_its_own) || matches!(self.raw(j), "!" | "?" | "؟")
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Whether the verb at `j` takes an object and then the sentence goes on to إنّ, the
    /// complementizer of a verb of saying (written with hamza below), before any other
    /// complementizer, cue or sentence end.
    fn says_inna_after(&self, j: usize) -> bool {
        let object = self.word(j + 1).starts_with("ال") || self.is_nominal(j + 1);
        if is_complementizer(self.word(j + 1)) || !object {
            return false;
        }
        let end = self.sentence_end(j).min(j + 8);
        for k in j + 1..end {
            if is_complementizer(self.word(k)) {
                return self.raw(k).starts_with('إ');
            }
            if self.cue_at(k).is_some() || self.is_verb_at(k) {
                return false;
            }
        }
        false
    }

    /// Whether the quotation mark at `o` opens a title or a name: after a title noun
    /// (`ندوة حول "…"`) or after "known as", "called" (`المعروف بـ "رضيع مستشفى فرحات
    /// حشاد"`, `المدعو "نور الدين"`).
    fn titled(&self, o: usize) -> bool {
        if o == 0 {
            return false;
        }
        let before = self.word(o - 1);
        // (words are folded: `يدعى` reads `يدعي`)
        let called = |w: &str| {
            introduces_name(w)
                || matches!(
                    w.strip_prefix('و').unwrap_or(w),
                    "المعروف"
                        | "المعروفه"
                        | "الملقب"
                        | "الملقبه"
                        | "المكني"
                        | "المسمي"
                        | "المسماه"
                        | "يعرف"
                        | "تعرف"
                        | "يلقب"
                        | "تلقب"
                )
        };
        is_title_noun(before)
            || called(before)
            || (before == "ب" && o > 1 && called(self.word(o - 2)))
    }

    /// Whether the quoted words between the marks `o` and `c` name a thing rather than
    /// quote someone: a noun phrase a relative clause describes (`أعمال" الإرهاب والعنف
    /// والنزاع المسلح" التي وقعت`), words quoted the same way earlier in the text (a term
    /// the article repeats), or a name the entity recogniser covers whole (`وهما "حمزة بن
    /// البرني بن ضو عمار"`).
    pub(super) fn names_a_thing(&self, o: usize, c: usize) -> bool {
        let inside = o + 1..c;
        if inside.is_empty() || !self.is_mark(c) {
            return false;
        }
        let described = is_relative_pronoun(self.word(c + 1));
        // (compared word by word, without collecting: this runs for every quotation a cue
        // reaches)
        let repeated = self.marks.iter().take_while(|m| m.1 < o).any(|&(a, b)| {
            self.is_mark(b)
                && b - a - 1 == inside.len()
                && (a + 1..b)
                    .zip(inside.clone())
                    .all(|(x, y)| self.word(x) == self.word(y))
        });
        let named = self.inp.entities.is_some_and(|es| {
            es.mentions
                .iter()
                .any(|e| e.tokens.start <= inside.start && inside.end <= e.tokens.end)
        });
        described || repeated || named
    }

    /// Whether `في ذات السياق`, `في نفس الإطار`, `في هذا الصدد` … (the same context) stands
    /// at `t`.
    pub(super) fn context_phrase_at(&self, t: usize) -> bool {
        matches!(self.word(t), "في" | "وفي")
            && matches!(self.word(t + 1), "ذات" | "نفس" | "هذا")
            && matches!(self.word(t + 2), "السياق" | "الصدد" | "الاطار")
    }

    /// Whether the words from `from` open a list of names: at least three items between
    /// commas, before any verb, each opening with the article (`… المجتمع المدني: الائتلاف
    /// المدني …، المنتدى الاجتماعي …، الاتحاد الوطني للمرأة، …`).
    pub(super) fn lists_names(&self, from: usize) -> bool {
        if from >= self.inp.tokens.len() {
            return false;
        }
        let end = self.sentence_end(from);
        let mut commas = 0;
        let mut opens = true;
        for t in from..end {
            if self.is_verb_at(t) {
                break;
            }
            if is_comma(self.raw(t)) {
                commas += 1;
                opens = true;
            } else if opens {
                let w = self.word(t);
                if !(w.starts_with("ال") || w.starts_with("وال")) {
                    break;
                }
                opens = false;
            }
        }
        commas >= 2
    }

    /// Where an indirect report starting at `from` ends: the sentence end, or just before a
    /// continuing reporting verb (`، وأشارت إلى أن`, `مضيفة أنها`).
    pub(super) fn indirect_end(&self, from: usize) -> usize {
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
            // (`…، وذلك عقب الاعتداءات`: the writer dates what was said)
            if w == "وذلك" && is_comma(self.raw(k - 1)) && self.word(k + 1) == "عقب" {
                return k;
            }
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
            // (commenting, also without a comma: `… في تونس في تعليقه على خبر …`)
            let commenting = matches!(self.word(k + 1), "تعليقه" | "تعليقها" | "تعليقهم");
            if w == "في"
                && (is_comma(self.raw(k - 1)) || self.is_mark(k - 1) || commenting)
                && (commenting || matches!(self.word(k + 1), "رده" | "ردها" | "ردهم" | "معرض"))
            {
                return k;
            }
            // `من جهته`, `من جانبها`: another speaker's turn
            if self.turn_at(k).is_some() {
                return k;
            }
            // `أنه لم يناقش العقوبات لكن اتضح لاحقا أنه …`: "but it turned out" is the
            // writer's
            if matches!(w, "لكن" | "ولكن") && is_impersonal_verb(self.word(k + 1)) {
                return k;
            }
            // `وأضاف فلان - الذي قال مرارا إن … معترف بها - أن`: a report inside a dash
            // aside ends with it
            if self.spaced_dash(k) && self.enclosing_aside(from) == Some(k) {
                return k;
            }
            // `وفيما رجحت مصادر أن …، فإن الغموض …`: the main clause after a clause of
            // "while"
            if w == "فان" && {
                let s0 = self.sentence_start(from);
                matches!(self.word(s0), "فيما" | "وفيما" | "بينما" | "وبينما")
                    || (matches!(self.word(s0), "في" | "وفي") && self.word(s0 + 1) == "ما")
            } {
                return k;
            }
            // `… وكان تنظيم "داعش" قد أعلن …`: the writer's background, a pluperfect with its
            // own subject
            if matches!(w, "وكان" | "وكانت")
                && (k + 2..(k + 8).min(self.sentence_end(k))).any(|t| is_qad(self.word(t)))
            {
                return k;
            }
            // `…، فيما عبّر عدد من متساكني … عن تذمّرهم`: "while" and a verb of saying or
            // expressing after a comma is the writer's next clause, about someone else; so is
            // "while" and a finite such verb without the comma (`إن الجميع رضي بمنهجية التوافق
            // فيما اعتبر ميزانية الدولة تشغيلية`)
            if matches!(w, "فيما" | "بينما")
                && cue_any(self.word(k + 1))
                    .is_some_and(|c| is_comma(self.raw(k - 1)) || !c.participle)
            {
                return k;
            }
            // `…، ومعلنا عزمه على …`: a participle with و after a comma is the speaker's next
            // clause (the participle reading of a word with و is not a cue of its own)
            if is_comma(self.raw(k - 1))
                && w.strip_prefix('و')
                    .and_then(cue_any)
                    .is_some_and(|c| c.participle)
            {
                return k;
            }
            // (`… في القطاع في الوقت الذي أكد فيه السفير "…"`, `في وقت أكد الوزير`: "while",
            // with or without a comma)
            if w == "في" {
                let while_at = match (self.word(k + 1), self.word(k + 2)) {
                    ("الوقت", "الذي") => Some(k + 3),
                    ("وقت", _) => Some(k + 2),
                    _ => None,
                };
                if while_at.is_some_and(|v| cue_any(self.word(v)).is_some()) {
                    return k;
                }
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
                    // `موضحا بالقول …: "…"`: "saying" announces the quotation
                    || next == "بالقول"
                    // `، وقال فلان إن`, `فيما بين فلان أن`: a new report with its subject
                    || (!c.participle && self.report_at(k).is_some())
                    // `… 500 كيلومتر واصفا عملية الإطلاق بأنها`: a participle with its object
                    // (or with `في ذات السياق` before its preposition: `مشيرا في ذات السياق
                    // إلى أن`)
                    || (c.participle
                        && self.report_at(k).is_some_and(|r| {
                            r.1 <= k + 4 || (r.1 <= k + 7 && self.context_phrase_at(k + 1))
                        }));
                if continues && opens_report {
                    return if conj { k - 1 } else { k };
                }
                // `، مشيرا إلى …` after a comma opens a clause of its own even when what
                // follows is misspelt (`مشيرا إلى أان`); so does a participle with its
                // preposition and a noun (`… المعتدين مشددة على إدانتها`)
                let with_object = c.prep == Some(next)
                    && !is_complementizer(self.word(k + 2))
                    && self.mark_opening_at(k + 2).is_none();
                // (and `نافية بذلك …`: a participle with "thereby" is the speaker's next
                // clause)
                // (or right after the closing mark of quoted words: `… "يدعم شخصاً شريراً
                // بالفعل"واصفا …`)
                if c.participle
                    && (is_comma(self.raw(k - 1))
                        || self.is_mark(k - 1)
                        || with_object
                        || next == "بذلك")
                {
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
            // (`لكنه استدرك أن`: with the subject's pronoun)
            // (`، لكنه امتنع عن القول …`, `لكنها رفضت الكشف`: the speaker's refusal, told by
            // the writer)
            if matches!(w, "لكن" | "ولكن" | "لكنه" | "لكنها" | "ولكنه" | "ولكنها")
                && (self.cue_at(k + 1).is_some()
                    || matches!(
                        self.word(k + 1),
                        "امتنع" | "امتنعت" | "امتنعوا" | "رفض" | "رفضت" | "رفضوا"
                    ))
            {
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
            // (`… منذ أشهر متهمة الصحيفة بالتضليل`: the ة form with a definite object right
            // after it is the participle too)
            let with_definite_object = w.ends_with('ه')
                && self.word(k + 1).starts_with("ال")
                && !self.entity_at.contains_key(&(k + 1));
            let clause_participle = (is_clause_participle(w)
                && (w.ends_with('ا') || after_comma || with_definite_object))
                || (w == "مجدده" && after_comma);
            // (`… وجهة معينة بحسب تعبيره كما …`: an attribution to the speaker's own words
            // ends the report with or without a comma)
            let own_words = is_attribution(w) && is_own_words(self.word(k + 1));
            // (`… 44 طفلا وفق تصريحات للنائبين`: according to someone else's statements)
            let others_words = is_attribution(w) && is_statement_noun(self.word(k + 1));
            if (clause_participle && !after_passive)
                || (after_comma && is_attribution(w))
                || own_words
                || others_words
                || (w == "علي" && self.word(k + 1) == "حد")
            {
                return k;
            }
            k += 1;
        }
        end
    }

    /// `انتهى ببيان أكد أن`: a bare past verb right after an indefinite document noun is a
    /// relative clause on it, and the document speaks (its name without the preposition).
    pub(super) fn document_before(&self, i: usize, cue: Cue) -> Option<Speaker> {
        let w = self.word(i);
        if i == 0
            || cue.participle
            || w.starts_with(['و', 'ف'])
            || present_verb(w).is_some()
            || i <= self.sentence_start(i)
        {
            return None;
        }
        let prev = self.word(i - 1);
        let clitic = prev.strip_prefix(['ب', 'ل']).is_some_and(is_document_noun);
        if !(is_document_noun(prev) || clitic) {
            return None;
        }
        let raw = self.raw(i - 1);
        let name = if clitic {
            raw.char_indices().nth(1).map_or(raw, |(b, _)| &raw[b..])
        } else {
            raw
        };
        Some(Speaker {
            name: name.to_string(),
            tokens: i - 1..i,
            label: None,
            role: None,
        })
    }

    pub(super) fn trim(&self, mut r: Range<usize>) -> Range<usize> {
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
    pub(super) fn in_abbreviation(&self, t: usize) -> bool {
        let toks = self.inp.tokens;
        let joined = |a: usize, b: usize| toks[a].byte_end == toks[b].byte_start;
        let dot = |d: usize| self.raw(d) == ".";
        (t >= 2 && dot(t - 1) && joined(t - 2, t - 1) && joined(t - 1, t))
            || (t + 2 < toks.len() && dot(t + 1) && joined(t, t + 1) && joined(t + 1, t + 2))
    }

    /// Where the subject of the verb of describing at `i` ends, before `end`: before its
    /// ب-phrase (`بأنه`, `بالمؤسف`) and a one-word definite object ([`Self::describes_object`]);
    /// `end` for other verbs.
    pub(super) fn describe_subject_end(&self, i: usize, end: usize) -> usize {
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
    pub(super) fn unclosed_end(&self, o: usize, c: usize) -> usize {
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

    pub(super) fn run(&self) -> Vec<Quote> {
        let n = self.inp.tokens.len();
        let mut out: Vec<Quote> = Vec::new();
        // (speaker, agreement of its verb) of the quotes so far
        let mut speakers: Vec<(Speaker, Option<Agreement>)> = Vec::new();
        let mut claimed = vec![false; self.marks.len()];
        let mut covered = 0..0;
        // the content of a report whose verb's subject has a dash aside: walked for nested
        // reports once the aside's own reports are done
        let mut covered_next: Option<Range<usize>> = None;
        let mut i = 0;
        while i < n {
            if let Some(next) = covered_next.take_if(|c| i >= c.start) {
                covered = next;
            }
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
                    // (also after a leading `كما`, a named subject only: `كما أكّد والي الجهة
                    // فلان إرسال تعزيزات`, not `كما نفى التسريبات`)
                    let after_also =
                        i == self.sentence_start(i) + 1 && matches!(self.word(i - 1), "كما" | "ثم");
                    let opens = i == self.sentence_start(i) || after_also;
                    if (opens || self.attributes_at(i)) && !is_stipulation(self.word(i)) {
                        let end = self.sentence_end(i).min(i + 12);
                        let mut from = i + 1;
                        while from < end
                            && matches!(self.word(from), "به" | "بها" | "بذلك" | "عنه" | "عنها")
                        {
                            from += 1;
                        }
                        // (not an object with a possessive: `ونفى نعتهم الإرهابيين …`)
                        // (nor a verbal noun: `ونفى وجود أي قضية`)
                        // `بحسب ما نقلته الوكالة عن مكتب الناطق الرسمي`: what was passed on
                        // is the words of the source after عن
                        let passed_on = ["ه", "ها"]
                            .iter()
                            .find_map(|p| w.strip_suffix(p))
                            .is_some_and(|v| is_form_of(v, "نقل"))
                            || is_form_of(w, "نقل");
                        if passed_on {
                            if let Some(an) = (from..end).find(|&t| self.word(t) == "عن") {
                                from = an + 1;
                            }
                        }
                        if let Some(s) = self.speaker_in(from..end).filter(|s| {
                            s.label.is_some()
                                || !(after_also
                                    || is_possessed_plural(self.word(s.tokens.start))
                                    || is_content_noun(self.word(s.tokens.start)))
                        }) {
                            // (the verb agrees with the one who passed the words on)
                            speakers.push((s, (!passed_on).then_some(c.agreement)));
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
                    // `وبحسب شهادة المواطنة …. وأوضحت أن`: the witness of a testimony
                    if matches!(
                        self.word(from),
                        "شهاده"
                            | "روايه"
                            | "اقوال"
                            | "افاده"
                            | "افادات"
                            | "تصريح"
                            | "تصريحات"
                    ) && self.word(from + 1).starts_with("ال")
                    {
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
                .then(|| self.conveyed_from(i, region_end))
                .flatten()
            {
                self.speaker_in(k..region_end)
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
            // `تصريحات فلان، المكلف بكذا والتي قال فيها إن`: a relative clause on
            // statements, after an apposition, is said by their owner
            // (and after a comma, an asyndetic relative clause: `تصريحات لفلان، الخميس خلال
            // جلسة …، قال فيها إن`)
            let owner = || {
                (i > 0
                    && (matches!(self.word(i - 1), "والتي" | "والذي") || is_comma(self.raw(i - 1)))
                    && matches!(self.word(i + 1), "فيه" | "فيها"))
                .then(|| self.statement_owner_before(i - 1))
                .flatten()
            };
            // `… الطبوبي الذي صرح أيضا أن "…"، مضيفا أن`: a participle right after the
            // report of a relative clause goes on with its speaker, the antecedent (not after
            // a report nested in another: `… أسعار الفلفل التي توقع أن …`)
            let relative_turn = || {
                let q = out.last().filter(|_| cue.participle && i > 0)?;
                let cue_at = q.cue.as_ref()?.start;
                if out.iter().any(|p| p.content.contains(&cue_at)) {
                    return None;
                }
                // (only a closing mark and a comma between)
                let between = q.content.end..i;
                (between.len() <= 2
                    && between
                        .clone()
                        .all(|t| is_comma(self.raw(t)) || self.is_mark(t))
                    && cue_at > 0
                    && is_relative_pronoun(self.word(cue_at - 1))
                    && self.sentence_of[cue_at] == self.sentence_of[i])
                    .then(|| q.speaker.clone())
                    .flatten()
            };
            let (speaker, attribution) = match explicit {
                Some(s) => (Some(s), Attribution::Explicit),
                None => match owner().or_else(|| self.document_before(i, cue)) {
                    Some(s) => (Some(s), Attribution::BeforeCue),
                    None => match (!relative).then(in_it).flatten() {
                        Some(s) => (Some(s), Attribution::Clause),
                        None => match self.speaker_before(i, 0) {
                            Some(s) => (Some(s), Attribution::BeforeCue),
                            None => match relative_turn() {
                                Some(s) => (Some(s), Attribution::Previous),
                                None => self.implicit(&speakers, cue, i),
                            },
                        },
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
            // `وتعتقد الشرطة أن`: a belief is reported only with its holder written after
            // the verb (`ويعتقد أنها`, `وتعتقد أنهم` are "it is believed", or the writer's)
            if attribution != Attribution::Explicit && is_form_of(w, "اعتقد") {
                i += 1;
                continue;
            }
            // `ويتوقع أن يساهم …`, `ويرجح أن الهالك …`: the present of توقع or رجح with no
            // subject after it is "it is expected", "it is likely"
            if attribution != Attribution::Explicit
                && matches!(w.strip_prefix(['و', 'ف']).unwrap_or(w), "يتوقع" | "يرجح")
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
            // a direct quote is skipped whole; an indirect one is walked for nested reports,
            // after the reports of a dash aside before it (`وأضاف فلان - الذي قال مرارا إن
            // … - أن`)
            let aside = (i + 1..content.start).find(|&k| {
                self.dash_aside_end(k).is_some_and(|e| {
                    e < content.start && (k + 1..e).any(|t| self.report_at(t).is_some())
                })
            });
            i = match (kind, aside) {
                (QuoteKind::Direct, _) => content.end.max(i + 1),
                (QuoteKind::Indirect, Some(a)) => {
                    covered_next = Some(std::mem::replace(&mut covered, 0..0));
                    a + 1
                }
                (QuoteKind::Indirect, None) => (i + 1).max(content.start + 1),
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
            // (nor are the quoted names of occasions and bodies: `أطلق المعهد "يوم المساواة
            // …"`, `في مقر "جمعية المواطنة والتنمية ببن قردان"`)
            let title = self.titled(o)
                || is_complementizer(self.word(c + 1))
                || is_occasion_head(self.word(o + 1))
                || is_news_item_head(self.word(o + 1))
                // (a name is short and has no stop of its own: `"حزب نداء تونس وممثّليه …،
                // … مسؤول"` is a statement)
                || (is_title_noun(self.word(o + 1))
                    && c - o - 1 <= MAX_QUOTED_NAME
                    && !(o + 1..c).any(|t| matches!(self.raw(t), "." | "،" | "," | "..")));

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
