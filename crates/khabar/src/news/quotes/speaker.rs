//! Speaker resolution: subjects, descriptions, antecedents and previous speakers.

use super::lexicon::*;
use super::*;

impl<'a, 'b> Finder<'a, 'b> {
    /// The last people counted before the verb at `cue_at`, in its sentence or the two
    /// before: a number and a noun of persons (`10 أشخاص`, `32 شخص`) or `عدد من`/`بعض`
    /// and a description, or for a dual verb a dual noun of persons (`شخصين`).
    pub(super) fn counted_people(&self, cue_at: usize, dual: bool) -> Option<Speaker> {
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
            "فرد",
            "فردا",
            "افراد",
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
        const DUALS: &[&str] = &[
            "شخصين",
            "شخصان",
            "عنصرين",
            "شابين",
            "رجلين",
            "متهمين",
            "اثنين",
            "اثنان",
        ];
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
            // `وباستجواب أفراد المجموعة صرحوا`: a plural of persons in construct with a
            // definite noun
            if !dual
                && matches!(w, "افراد" | "عناصر" | "اعوان" | "شبان" | "عمال" | "انفار")
                && self.word(t + 1).starts_with("ال")
                && t + 1 < cue_at
                // (not inside `عدد من افراد الجالية`, taken whole below)
                && !(t >= 2
                    && self.word(t - 1) == "من"
                    && matches!(self.word(t - 2), "عدد" | "بعض"))
            {
                return Some(self.described(t..t + 2));
            }
            (t > 0 && PERSONS.contains(&w) && self.inp.tokens[t - 1].kind == TokenKind::Number)
                .then(|| self.described(t - 1..t + 1))
        })
    }

    /// Whether the verb of describing at `i` (`وصف`, bare: no object suffix) has its
    /// subject and then a one-word definite object before the complementizer at
    /// `region_end` (`ووصفت الشرطة الحادث بأنه`): two definite words, the last no relative
    /// adjective of the first, which is the subject.
    pub(super) fn describes_object(&self, i: usize, region_end: usize) -> bool {
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
    pub(super) fn participle_complement(&self, t: usize) -> bool {
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
    pub(super) fn is_prep_at(&self, t: usize) -> bool {
        is_preposition(self.word(t)) || self.inp.preps.get(t).copied().unwrap_or(false)
    }

    /// Whether entity `k` may be a subject: it carries no preposition (`لرويترز` is whom it
    /// was said to) and stands in no quotation marks (`رئيسة تنسيقية "مانيش مسامح"`: a quoted
    /// name names a thing).
    /// Whether a speaker is an inquiry or data (`التحريات`, `المعلومات`): what it shows is a
    /// finding, not a report.
    pub(super) fn is_finding(&self, s: &Speaker) -> bool {
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
    pub(super) fn is_verb_at(&self, t: usize) -> bool {
        self.verb_at.get(t).copied().unwrap_or(false)
    }

    /// Whether entity `k` follows a noun of kinship or mourning (`أرملة الشهيد محمد
    /// البراهمي`) or of an action done to someone (`تعيين خميس الجهيناوي`) in construct: it
    /// names whom the subject is related to or acts on.
    pub(super) fn after_relation(&self, k: usize) -> bool {
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
    pub(super) fn after_addressee(&self, t: usize) -> bool {
        t > 0 && {
            let w = self.word(t - 1);
            w.starts_with('ل') && !w.starts_with("لل") && self.is_prep_at(t - 1)
        }
    }

    pub(super) fn may_be_subject(&self, k: usize) -> bool {
        self.inp.entities.is_some_and(|es| {
            let e = &es.mentions[k];
            e.core_byte_start == e.byte_start
                && !(e.tokens.start > 0 && self.is_mark(e.tokens.start - 1))
        })
    }

    /// Where the source of the conveying verb at `i` starts, before `region_end`: after its
    /// عن (`نقلت الوكالة عن مصدر أمني`), or after من for learning (`علمت … من مصادر`).
    pub(super) fn conveyed_from(&self, i: usize, region_end: usize) -> Option<usize> {
        let w = self.word(i);
        let learned = matches!(w.strip_prefix(['و', 'ف']).unwrap_or(w), "علمت" | "علم");
        (i + 1..region_end)
            .find(|&t| {
                let w = self.word(t);
                w == "عن" || (learned && w == "من")
            })
            .map(|t| t + 1)
    }

    /// Whether a person's name (a PER entity) starts at token `t`.
    pub(super) fn person_at(&self, t: usize) -> bool {
        self.inp.entities.is_some_and(|es| {
            self.entity_at
                .get(&t)
                .is_some_and(|&k| es.mentions[k].label == "PER")
        })
    }

    /// Whether a turn phrase at `t` (`من جانبها`) is followed, after an optional comma, by a
    /// verb: it opens a clause.
    pub(super) fn turn_opens_clause(&self, t: usize) -> bool {
        if self.turn_at(t).is_none() {
            return false;
        }
        let v = t + 2 + usize::from(is_comma(self.raw(t + 2)));
        v < self.inp.tokens.len() && (self.is_verb_at(v) || self.cue_at(v).is_some())
    }

    /// Whether token `t` stands inside brackets opened after `from`: `الممثل القانوني
    /// لحركة نداء تونس (شق حافظ قايد السبسي)` names whose faction, not the speaker.
    pub(super) fn bracketed(&self, from: usize, t: usize) -> bool {
        let mut depth = 0i32;
        for x in from..t {
            match self.raw(x) {
                "(" | "[" => depth += 1,
                ")" | "]" => depth -= 1,
                _ => {}
            }
        }
        depth > 0
    }

    /// A speaker named by the words of `r` (a description, not an entity).
    pub(super) fn described(&self, r: Range<usize>) -> Speaker {
        // (the name is for reading: without invisible controls, one space between words —
        // `السفير\u{202e} \u{202c}التونسي` is `السفير التونسي`; the tokens keep the span)
        let text = self.span_text(r.clone());
        let visible: String = text
            .chars()
            .filter(|&c| !crate::text::chars::is_invisible(c))
            .collect();
        Speaker {
            name: visible.split_whitespace().collect::<Vec<_>>().join(" "),
            tokens: r,
            label: None,
            role: None,
        }
    }

    /// Whether token `t` may be a word of a noun phrase: Arabic, no preposition, no verb.
    pub(super) fn is_nominal(&self, t: usize) -> bool {
        self.inp.tokens[t].kind == TokenKind::Arabic && !self.is_prep_at(t) && !self.is_verb_at(t)
    }

    pub(super) fn entity_speaker(&self, k: usize, role: Option<Range<usize>>) -> Option<Speaker> {
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
    pub(super) fn speaker_in(&self, r: Range<usize>) -> Option<Speaker> {
        // a date, a comma, the object `ذلك` / `هذا` or a circumstantial participle before the subject
        // (`قال اليوم الثلاثاء فلان`, `أوضح ذلك منسق اللجنة`, `وأضاف مستنكرا أن`) is skipped
        let mut start = r.start;
        loop {
            if let Some(d) = self.inp.dates.iter().find(|d| d.start == start) {
                start = d.end;
            } else if start < r.end
                && (is_comma(self.raw(start))
                    || self.word(start) == "ذلك"
                    // (but `هذا العنصر`, a demonstrative before a definite noun, is the
                    // subject)
                    || (self.word(start) == "هذا" && !self.word(start + 1).starts_with("ال"))
                    // `أكد فيه ممثل الشركة أن`: where it was said
                    || matches!(self.word(start), "فيه" | "فيها" | "خلاله" | "خلالها")
                    // `واكد لنا مصدر امني أن`: to us
                    || self.word(start) == "لنا"
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
                // (nor after a subject that is a name itself: `وأضاف طوبال على إثر إجتماع …
                // بالأمين العام للاتحاد، نور الدين الطبوبي : "…"` names whom he met)
                let named = self.entity_at.get(&r.start).is_some_and(|&j| {
                    matches!(es.mentions[j].label.as_str(), "PER" | "ORG")
                        && es.mentions[j].tokens.end < r.end
                });
                if e.label == "PER" && closes && !self.is_prep_at(r.start) && !to_someone && !named
                {
                    return self.entity_speaker(k, Some(r));
                }
            }
        }
        let first = self.word(r.start);
        // نريد، أعتقد; not a sound plural (`ناشطون`, `ابناء` is no verb either way)
        // (`ناجح المثلوثي`: after ن a long ā opens no present verb but those of hamzated
        // roots, `نأمل`, whose hamza folding drops)
        let nun_alef = first.starts_with("نا") && !matches!(first, "نامل" | "ناسف" | "ناخذ");
        // (`سنحدد`: with the future's س)
        let person = first
            .strip_prefix('س')
            .filter(|rest| rest.starts_with(['ن', 'ا']))
            .unwrap_or(first);
        let first_person_verb = person.starts_with(['ا', 'ن'])
            && !person.starts_with("ال")
            && !nun_alef
            && !first.ends_with("ون")
            && !first.ends_with("ين")
            && self.is_verb_at(r.start);
        // `ووصف ما تعرض له`: what, not who
        if is_pronoun(first)
            || is_relative_pronoun(first)
            || matches!(first, "ما" | "مما" | "عما" | "من" | "ممن" | "عدم" | "مره")
            || is_honorific(first)
            || is_complementizer(first)
            || is_own_words(first)
            || first_person_verb
            // (a person's name that opens like a preposition is the name: `علي بن صميخ المري`)
            || (self.is_prep_at(r.start) && !self.person_at(r.start))
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
                        && !self.bracketed(r.start, es.mentions[k].tokens.start)
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
                            && !self.bracketed(r.start, e.tokens.start)
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
    /// محاميي …`, `إحدى`, `بعض`), a noun of kinship or counsel (`والدة التلميذ …`) or an
    /// indefinite noun with a ل-phrase (`مستشار لحملة …`): a name later in it is then whose
    /// people they are, not the speaker.
    pub(super) fn possessive_description(&self, t: usize) -> bool {
        let w = self.word(t);
        matches!(w, "احد" | "احدي" | "بعض")
            // `والدة التلميذ مالك بن حمودة`, `محامي المتهم`: a relative or a lawyer of
            // someone speaks
            || (is_kin_or_counsel(w) && t + 1 < self.inp.tokens.len())
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
    pub(super) fn description_end(&self, r: Range<usize>) -> usize {
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
            // `الرحوي (الجبهة الشعبية)`, `وكالة الأنباء الفلسطينية (وفا)`, `لوتا (17 عاما)`:
            // a bracket after the speaker gives an affiliation, an abbreviation or an age;
            // right after a bare common noun it names it (`شبكة (سي.إن.إن) الإخبارية`)
            if t > r.start && self.raw(t) == "(" {
                let names_head = t == r.start + 1
                    && !has_article(self.word(r.start))
                    && !self.entity_at.contains_key(&r.start)
                    && !self.raw(t + 1).starts_with(|c: char| c.is_ascii_digit());
                if !names_head {
                    break;
                }
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
                // (`وعبّرت الوزارة عن دعمها ومساندتها المطلقة`: عن and a noun with a
                // possessive pronoun is what was expressed, not a post)
                let expressed = w == "عن"
                    && !self.entity_at.contains_key(&(t + 1))
                    && ["ه", "ها", "هم", "هما"]
                        .iter()
                        .any(|p| self.raw(t + 1).ends_with(p));
                // `المصدر ذاته`, `الوزارة نفسها`: the emphatic pronoun stays with its noun
                if is_emphatic_pronoun(w) && self.word(t - 1).starts_with("ال") {
                    t += 1;
                    continue;
                }
                // `عدد منهم`, `بعضهم`: a part of the people named before
                if matches!(w, "منهم" | "منهن")
                    && matches!(
                        self.word(t - 1),
                        "عدد" | "بعض" | "احد" | "احدي" | "معظم" | "اغلب" | "جل" | "كثير"
                    )
                {
                    t += 1;
                    continue;
                }
                if matches!(w, "في" | "عن" | "من")
                    && !adverbial
                    && !expressed
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
                // (`وشدد المتدخلون بالمناسبة على أن`: an adverb ends it too)
                let about = matches!(w, "بخصوص" | "بشان") || is_b_adverb(w);
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
                // `أحد الذين تم إنقاذهم`: a part of the people a relative clause describes
                if t == r.start + 1
                    && matches!(self.word(r.start), "احد" | "احدي" | "بعض")
                    && matches!(w, "الذين" | "اللواتي" | "اللاتي" | "اللائي")
                {
                    return r.end.min(t + MAX_DESCRIPTION);
                }
                // `بيان للشرطة`, `بلاغ لوزارة الداخلية`: a document's owner after ل
                let owner = t == r.start + 1
                    && is_document_noun(self.word(r.start))
                    && w.starts_with('ل')
                    && self.is_prep_at(t)
                    && (w.starts_with("لل")
                        || self.entity_at.contains_key(&t)
                        || names_next(t + 1)
                        || construct(t + 1));
                if owner {
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
                // (`مصدر ثان بالشرطة`: an ordinal is no verb, whatever the tagger says; nor
                // is the noun after a partitive head, `احد مطلقي المبادرة`)
                let partitive = matches!(self.word(t - 1), "احد" | "احدي" | "بعض");
                let verb = (self.is_verb_at(t) && !is_ordinal_adjective(w) && !partitive)
                    || anonymity_verb(w);
                // (quoted words after a definite noun are its object, no part of the
                // description: `وفندت المنظمة "الادعاء"`, while a quoted name follows an
                // indefinite head, `جمعية "أجداد"`; nor is "upon" part of it, `اعترف هذا
                // العنصر عند التحقيق معه`)
                let stop = w == "عند"
                    || (self.is_mark(t)
                        && self.word(t - 1).starts_with("ال")
                        && !self.entity_at.contains_key(&(t - 1)));
                if object
                    || accusative
                    || after_plural
                    || verb
                    || stop
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

    pub(super) fn span_text(&self, r: Range<usize>) -> &str {
        let t = self.inp.tokens;
        if r.start >= r.end || r.end > t.len() {
            return "";
        }
        &self.inp.text[t[r.start].byte_start..t[r.end - 1].byte_end]
    }

    /// A subject written just before the verb in its clause (`لكن عفرين قال إن`, `أن
    /// الرئيس التركي رجب طيب أردوغان صرح بأن`, `وأن المجموعة صرحت أنها`); the clause starts
    /// at the sentence start, a comma or a complementizer, and not before `floor`.
    pub(super) fn speaker_before(&self, cue_at: usize, floor: usize) -> Option<Speaker> {
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
                    // (`مجلة فورتشن الأميركية كشفت`: a definite adjective or two may follow
                    // the name)
                    let adjectives = e.tokens.end < end
                        && end - e.tokens.end <= 2
                        && (e.tokens.end..end).all(|x| {
                            self.word(x).starts_with("ال")
                                && self.is_nominal(x)
                                && !self.is_prep_at(x)
                                && !self.entity_at.contains_key(&x)
                        });
                    if (e.tokens.end != end && !adjectives) || !no_prep {
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
    pub(super) fn nested_report(&self, i: usize, within: Range<usize>) -> Option<Quote> {
        // (`إن الحركة تتوقع أن يكون تمثيلها أكبر`: an expectation inside a report is part of
        // what was said, not a report of its own)
        if is_form_of(self.word(i), "توقع") {
            return None;
        }
        let (cue, content_start, kind, region_end) = self.report_at(i)?;
        // a subject after the verb (`القطع التي رجّح المصدر الأمني أن`), else before it
        // (`أنها علمت من مصادر سورية أن`: a verb that conveys others' words, its source after
        // عن, or من for learning)
        let from = cue
            .conveys
            .then(|| self.conveyed_from(i, region_end))
            .flatten()
            .unwrap_or(i + 1);
        let after = (!cue.participle)
            .then(|| self.speaker_in(from..region_end))
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
    pub(super) fn is_quotation(
        &self,
        kind: QuoteKind,
        content: &Range<usize>,
        cue_at: usize,
    ) -> bool {
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
    /// sentence, at most [`MAX_DESCRIPTION`] tokens back, or twice that with no verb in
    /// between: `عن مدير عام العلاقات العامة في شركة الطيران الوطنية، شاهرخ نوش آبادي،
    /// قوله`) and the verbal noun.
    pub(super) fn quoted_from(&self, cue_at: usize) -> Option<Speaker> {
        let s0 = self.sentence_start(cue_at);
        let from = cue_at.saturating_sub(2 * MAX_DESCRIPTION + 1).max(s0);
        let k = (from..cue_at).rev().find(|&t| self.word(t) == "عن")?;
        // (not past a verb, a cue or a quotation: `معربا عن استنكاره "…" على حد تعبيره،
        // مضيفا قوله`)
        if cue_at - k > MAX_DESCRIPTION + 1
            && (k + 1..cue_at)
                .any(|t| self.is_verb_at(t) || self.cue_at(t).is_some() || self.is_mark(t))
        {
            return None;
        }
        self.speaker_in(k + 1..cue_at)
    }

    /// The noun phrase a relative pronoun at `rel` refers to: a named entity ending right
    /// before it, else the last noun with the construct noun before it (`عائلات البحارة`).
    /// Who speaks in `جاء في البيان أن` (the verb at `cue_at`, its region ending at
    /// `region_end`): an entity right after the document noun owns it (`بلاغ لوزارة
    /// الداخلية`), else the document itself (`البيان`, up to a relative clause).
    pub(super) fn statement_source(&self, cue_at: usize, region_end: usize) -> Option<Speaker> {
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
        // (`جاء في صحيفة "الشروق الجزائرية" أن`: the name in marks after the noun is its)
        if let Some((_, c)) = self
            .mark_opening_at(noun + 1)
            .filter(|&(o, c)| self.is_mark(c) && c - o <= 5 && c < region_end)
        {
            return Some(self.described(noun..c + 1));
        }
        let end = (noun + 1..region_end)
            .find(|&t| {
                let w = self.word(t);
                is_relative_pronoun(w)
                    || is_comma(self.raw(t))
                    || self.mark_opening_at(t).is_some()
                    || self.is_verb_at(t)
                    // (`جاء في بيان لوزارة الدفاع مساء اليوم السبت، أن`)
                    || self.inp.dates.iter().any(|d| d.start == t)
            })
            .unwrap_or(region_end)
            .min(noun + 4);
        Some(self.described(self.trim(noun..end)))
    }

    pub(super) fn antecedent(&self, rel: usize) -> Option<Speaker> {
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
        let noun = if is_emphatic_pronoun(self.word(last)) && last >= 1 {
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
        // (a construct's head before it: `مرتكب العملية`; not the complementizer of the
        // clause it stands in: `إن المتهم الذي أفاد`)
        let start = if noun >= 1
            && self.is_nominal(noun - 1)
            && !self.word(noun - 1).starts_with("ال")
            && !is_complementizer(self.word(noun - 1))
        {
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
    pub(super) fn attributes_at(&self, i: usize) -> bool {
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
    pub(super) fn statement_owner(&self, comma: usize) -> Option<Speaker> {
        let s0 = self.sentence_start(comma);
        let noun = (s0..comma)
            .rev()
            .take(MAX_DESCRIPTION + 1)
            .take_while(|&t| !is_comma(self.raw(t)))
            .find(|&t| is_statement_noun(self.word(t)))?;
        self.speaker_in(noun + 1..comma)
    }

    /// Whose statements a relative pronoun at `rel` refers to when an apposition stands
    /// between them (`التصريحات الأخيرة لفلان، المكلف بكذا والتي`): the noun phrase after the
    /// statement noun, up to the comma before the apposition.
    pub(super) fn statement_owner_before(&self, rel: usize) -> Option<Speaker> {
        let s0 = self.sentence_start(rel);
        let mut commas = 0;
        let noun = (s0..rel)
            .rev()
            .take(MAX_APPOSITION)
            .take_while(|&t| {
                commas += usize::from(is_comma(self.raw(t)));
                commas <= 2
            })
            .find(|&t| is_statement_noun(self.word(t)))?;
        let end = (noun + 1..rel)
            .find(|&t| is_comma(self.raw(t)))
            .unwrap_or(rel);
        // (`التصريحات الأخيرة لفلان`: the definite noun's adjectives are not its owner)
        let mut start = noun + 1;
        if self.word(noun).starts_with("ال") {
            while start < end && self.word(start).starts_with("ال") {
                start += 1;
            }
        }
        // (`لبرهان بسيس`: the ل of possession before a name; `لوزير الشؤون الدينية عبد
        // الجليل سالم`: a title with ل, then the name)
        if let Some(es) = self.inp.entities {
            let named = (start..end)
                .filter_map(|t| self.entity_at.get(&t).copied())
                .find(|&k| {
                    let e = &es.mentions[k];
                    e.tokens.end <= end
                        && matches!(e.label.as_str(), "PER" | "ORG")
                        && (e.tokens.start == start || e.label == "PER")
                });
            if let Some(k) = named {
                return self.entity_speaker(k, None);
            }
        }
        self.speaker_in(start..end)
    }

    pub(super) fn subject_after_auxiliary(&self, cue_at: usize) -> Option<Speaker> {
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
        // (`وكانت مفوضية اللاجئين التابعة للأمم المتحدة قالت`: five words)
        let reach = 6 + quoted.len();
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
            // `وكان حاتم سليمان رئيس الجمعية أعلن`: a person and the title after the name
            let title = e.tokens.end..np.end;
            if e.label == "PER"
                && e.tokens.end < np.end
                && title.len() <= MAX_DESCRIPTION
                && title.clone().all(|t| self.is_nominal(t))
            {
                return self.entity_speaker(k, Some(title));
            }
        }
        self.subject_phrase(np)
    }

    /// A noun phrase between an auxiliary and its verb as the subject: plain nouns, no date,
    /// definite or short.
    pub(super) fn subject_phrase(&self, np: Range<usize>) -> Option<Speaker> {
        // (`لل` + noun after the first word is a genitive: `التابعة للأمم المتحدة`)
        let plain = np.clone().all(|t| {
            self.is_nominal(t)
                || (t > np.start
                    && self.word(t).starts_with("لل")
                    && self.inp.tokens[t].kind == TokenKind::Arabic
                    && !self.is_verb_at(t))
        }) && !self
            .inp
            .dates
            .iter()
            .any(|d| d.start < np.end && np.start < d.end);
        // a definite noun phrase, or a short one (a name the relative clause describes,
        // `وكانت مواقع إعلامية أوردت`)
        // (or a construct whose second noun is definite: `مفوضية اللاجئين …`)
        let named = self.word(np.start).starts_with("ال")
            || np.len() <= 3
            || (np.len() >= 2 && self.word(np.start + 1).starts_with("ال"));
        (plain && named).then(|| self.described(np))
    }

    /// Whether the cue at `i` is a bare present-tense verb (no و/ف) right after a noun in
    /// mid-sentence (`جثة متآكلة يرجح أنها`): a clause describing the noun or an impersonal
    /// passive, not a turn of an earlier speaker.
    pub(super) fn describes_noun_before(&self, i: usize, cue: Cue) -> bool {
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
            || (matches!(prev, "انه" | "فانه" | "وانه") && matches!(w, "يرجح" | "يتوقع"))
            // (`فيما يتوقع ان يرتفع`: "while it is expected")
            || (matches!(prev, "فيما" | "وفيما" | "بينما") && matches!(w, "يرجح" | "يتوقع")))
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

    /// The antecedent of a relative clause that a participle at `cue_at` continues: a
    /// relative pronoun of the participle's gender and number, then a verb, at most six
    /// words before it with no comma between.
    pub(super) fn relative_clause_owner(
        &self,
        cue_at: usize,
        agreement: Agreement,
    ) -> Option<Speaker> {
        let s0 = self.sentence_start(cue_at);
        let rel = (s0 + 1..cue_at)
            .rev()
            .take(6)
            .take_while(|&t| !is_comma(self.raw(t)) && !self.is_mark(t))
            .find(|&t| is_relative_pronoun(self.word(t)))?;
        let gender = match self.word(rel) {
            "التي" => Agreement::Feminine,
            "الذي" => Agreement::Masculine,
            "الذين" => Agreement::Plural,
            _ => return None,
        };
        // (the clause's verb has the antecedent as its subject: not a verb of two or more
        // others after a singular pronoun, `حالة الإرهاق التي كانا عليها مضيفة`)
        let verb = self.word(rel + 1);
        let others = gender != Agreement::Plural
            && (verb.ends_with('ا')
                || (verb.starts_with(['ي', 'ت'])
                    && (verb.ends_with("ون") || verb.ends_with("ان"))));
        (gender == agreement && self.is_verb_at(rel + 1) && !others)
            .then(|| self.antecedent(rel))
            .flatten()
    }

    /// `وبالتحري مع المعني صرح أنه`: a verb without subject right after the phrase of
    /// questioning someone (named there, not by a pronoun: `بالتحري معهم` leaves the verb to
    /// the people counted before) is said by the one questioned.
    pub(super) fn questioned(&self, cue_at: usize) -> Option<Speaker> {
        let s0 = self.sentence_start(cue_at);
        let w = self.word(s0);
        if w.strip_prefix('و').unwrap_or(w) != "بالتحري" || self.word(s0 + 1) != "مع" {
            return None;
        }
        let from = s0 + 2;
        // up to the verb, a comma or the questioners (`من طرف فرقة …`)
        let end = (from..cue_at)
            .find(|&t| {
                is_comma(self.raw(t))
                    || (self.word(t) == "من" && self.word(t + 1) == "طرف")
                    || self.is_verb_at(t)
            })
            .unwrap_or(cue_at);
        // (the verb follows the phrase: after a comma at most)
        let next = if end < cue_at && is_comma(self.raw(end)) {
            end + 1
        } else {
            end
        };
        if end == from || next != cue_at {
            return None;
        }
        self.speaker_in(from..end)
    }

    /// The speaker of a verb without a subject of its own: the most recent speaker whose verb
    /// agrees with it; else, for a singular verb, the person named last before the verb in its
    /// sentence or the one before; else the most recent speaker.
    pub(super) fn implicit(
        &self,
        speakers: &Speakers,
        cue: Cue,
        cue_at: usize,
    ) -> (Option<Speaker>, Attribution) {
        let agreement = cue.agreement;
        // a participle's subject is its clause's (`وجدّد المرصد …، معبرا عن «…»`); so is
        // that of a bare verb after a comma (`واطلق مواطن … نداء استغاثة …، أكد خلالها أن`)
        // (and after a closing quotation mark: `كشف عن "عينات ملفات فساد" قال انها بحوزته`)
        let after_comma = cue_at > 0
            && (is_comma(self.raw(cue_at - 1)) || self.is_mark(cue_at - 1))
            && !self.word(cue_at).starts_with(['و', 'ف']);
        // (and a verb in a sentence opened by `من جانبه،` + a verb and its subject: `من
        // جانبه، أكّد رئيس الجمهورية على … وأوضح أن`)
        let s0 = self.sentence_start(cue_at);
        let turn_clause = self.turn_at(s0) == Some(agreement) && cue_at > s0 + 4;
        // `… القبض على المتهمة التي اعترفت بالجريمة مؤكدة أنها`: a participle right after a
        // relative clause agreeing with it belongs to the relative pronoun's antecedent
        if cue.participle {
            if let Some(s) = self.relative_clause_owner(cue_at, agreement) {
                return (Some(s), Attribution::Clause);
            }
        }
        if cue.participle || after_comma || turn_clause {
            if let Some(s) = self.clause_subject(cue_at, true) {
                return (Some(s), Attribution::Clause);
            }
        }
        if !cue.participle {
            if let Some(s) = self.questioned(cue_at) {
                return (Some(s), Attribution::Clause);
            }
        }
        // (a dual verb, `وصرحا انهما`, is said by two people counted before it rather
        // than by an earlier single speaker)
        let w = self.word(cue_at);
        if !cue.participle && w.ends_with('ا') && !w.ends_with("وا") {
            if let Some(s) = self.counted_people(cue_at, true) {
                return (Some(s), Attribution::Nearest);
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
                    // (not a person whose relative is named: `عائلة عبد الباسط … وقالت`)
                    .filter(|(_, e)| {
                        e.label == "PER"
                            && !(e.tokens.start > 0
                                && is_kin_or_counsel(self.word(e.tokens.start - 1)))
                    })
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
    pub(super) fn previous_subject(&self, cue_at: usize, agreement: Agreement) -> Option<Speaker> {
        let k = self.sentence_of[cue_at];
        // (back over sentences that open with a verb of their own and no subject written:
        // `تحدثت رئيسة المركز، بدرة قعلول عن …. وأشارت … إلى وجود …. وأضافت أنها`)
        let mut back = 1;
        let s = loop {
            let prev = self.inp.sentences.get(k.checked_sub(back)?)?;
            if prev.is_empty() {
                return None;
            }
            if let Some(s) = self.clause_subject(prev.end - 1, true) {
                break s;
            }
            let first = self.word(prev.start);
            let opens_with_verb = first.starts_with(['و', 'ف']) && self.is_verb_at(prev.start);
            if back == 3 || !opens_with_verb {
                return None;
            }
            back += 1;
        };
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
    pub(super) fn clause_subject(&self, at: usize, construct: bool) -> Option<Speaker> {
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
        // (also `في حين`: `… في حين يرى اخرون انه …، مؤكدين ان`; and `إذ`: `أثارت
        // التعيينات جدلا، إذ انتقدتها بعض الأطراف، معتبرة أنها`)
        // (and a turn phrase inside the sentence that a verb follows opens a clause of its
        // own: `… حسب المرصد من جانبها، أعلنت اللجنة الدولية …، موضحةً أنه`; not `واستنكرت
        // جمعية "أقليات" من جهتها، في بيان لها، …`, after its subject)
        // (the sentence's first cue: a complementizer after it opens a report)
        let first_cue = || (s0..at).find(|&c| self.cue_at(c).is_some());
        let s0 = if construct {
            (s0..at)
                .rev()
                .find(|&t| {
                    matches!(self.word(t), "فيما" | "وفيما" | "بينما" | "وبينما")
                        // (`إذ` outside a report only: `وأوضحت الشرطة أن الحادث وقع …، إذ
                        // دهست الشاحنة المارة، مضيفة أنه` — the police add)
                        || (self.word(t) == "اذ"
                            && !first_cue().is_some_and(|c| {
                                (c + 1..t).any(|x| is_complementizer(self.word(x)))
                            }))
                        || (t > s0 && self.word(t) == "حين" && self.word(t - 1) == "في")
                        || (t > s0 && self.turn_opens_clause(t))
                })
                .map_or(s0, |t| if self.turn_at(t).is_some() { t } else { t + 1 })
        } else {
            s0
        };
        // (`وفي سياق متصل، تحدث فلان …، مشيرا`: a leading prepositional phrase closed by a
        // comma comes before the clause, whatever the tagger makes of its words)
        let leading = matches!(
            self.word(s0),
            "في" | "وفي" | "من" | "ومن" | "علي" | "وعلي" | "وبخصوص" | "بخصوص"
        ) && self.turn_at(s0).is_none();
        let s0 = match (s0 + 2..(s0 + 5).min(at)).find(|&t| is_comma(self.raw(t))) {
            Some(c) if leading => c + 1,
            _ => s0,
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
        // (and after `إذ` the clause opens with its verb: `إذ انتقدتها بعض الأطراف`)
        let after_idh = s0 > 0
            && self.word(s0 - 1) == "اذ"
            && s0 + 1 < at
            && self.inp.tokens[s0].kind == TokenKind::Arabic
            && !self.is_prep_at(s0)
            && !has_article(w0);
        // (`عبر فلان … عن استنكاره …، مؤكدا`: the homograph of "through" opening a sentence
        // with its عن after it is the verb "expressed")
        let expressed = w0 == "عبر" && (s0 + 2..at).any(|t| self.word(t) == "عن");
        let opening_verb = after_idh
            || expressed
            || (after_turn
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
        // (a construct chain ends in its definite noun or a place's name: `نائب رئيس
        // الجبهة الوطنية`, `كاتب عام بلدية سوسة`)
        let t0 = s.tokens.start;
        // (the place of an administrative unit or a governor: `بلدية سوسة`, `والي نابل`;
        // not any place, `تراجع حركة مشروع تونس` is no subject)
        let in_place = |t: usize| {
            t >= 1
                && matches!(
                    self.word(t - 1),
                    "بلديه" | "ولايه" | "معتمديه" | "مدينه" | "والي"
                )
                && self.inp.entities.is_some_and(|es| {
                    es.mentions
                        .iter()
                        .any(|e| e.label == "LOC" && e.tokens.start == t)
                })
        };
        let construct_chain = || {
            !self.is_verb_at(t0)
                && (t0 + 1..s.tokens.end.min(t0 + 4))
                    .take_while(|&t| self.is_nominal(t))
                    .any(|t| self.word(t).starts_with("ال") || in_place(t))
        };
        // (`ونفى نعتهم الإرهابيين …`: a noun with a plural possessive pronoun is the object)
        if s.label.is_none() && is_possessed_plural(self.word(t0)) {
            return None;
        }
        // (`ونفى وجود أي قضية`: a verbal noun of what is denied or asserted is the object)
        if s.label.is_none() && is_content_noun(self.word(t0)) {
            return None;
        }
        // (a bare plural of people is a subject too: `يرى اخرون`, `يقول محللون`)
        let people = construct
            && s.tokens.len() == 1
            && (self.word(t0).ends_with("ون") || matches!(self.word(t0), "اخرون" | "اخرين"));
        let definite = self.word(t0).starts_with("ال")
            || (construct && s.tokens.len() >= 2 && construct_chain())
            || (s.tokens.len() >= 3 && quoted_name(t0 + 1))
            || people;
        (s.label.is_some() || definite).then_some(s)
    }
}
