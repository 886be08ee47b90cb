//! The subcommands that read text: each streams its inputs (or reads whole documents for
//! `analyze`) and writes UTF-8 to standard output.

use crate::input::{self, Source, Status};
use crate::{
    AnalyzeArgs, AnalyzeFormat, DatelineArg, ListFormat, ModelArgs, NerArgs, NerFormat,
    NormalizeArgs, ParagraphArg, ProfileArg, SchemeArg, SentencesArgs, SplitArgs, StepArgs,
    TokenizeArgs, TranslitArgs,
};
use anyhow::Result;
use khabar::ner::NerModel;
use khabar::tag::Morphosyntax;
use khabar::text::{Chunk, Normalizer, Profile, Scheme, Step};
use khabar::token::{
    split_sentences, tokenize_into, DatelineMode, ParagraphBreak, SentenceOptions, Token,
};
use khabar::Analyzer;
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};

fn stdout() -> BufWriter<io::StdoutLock<'static>> {
    BufWriter::with_capacity(1 << 16, io::stdout().lock())
}

/// The normalizer that a profile plus `--no-<step>` flags describe.
pub fn normalizer(profile: ProfileArg, s: &StepArgs) -> Normalizer {
    let p = match profile {
        ProfileArg::Display => Profile::Display,
        ProfileArg::Search => Profile::Search,
    };
    let mut n = Normalizer::new(p);
    for (off, step) in [
        (s.no_presentation, Step::Presentation),
        (s.no_tatweel, Step::Tatweel),
        (s.no_controls, Step::Controls),
        (s.no_nfc, Step::Nfc),
        (s.no_diacritics, Step::Diacritics),
        (s.no_persian, Step::Persian),
        (s.no_alef, Step::Alef),
        (s.no_yeh, Step::Yeh),
        (s.no_digits, Step::Digits),
        (s.no_whitespace, Step::Whitespace),
    ] {
        if off {
            n = n.with(step, false);
        }
    }
    if s.teh_marbuta {
        n = n.with(Step::TehMarbuta, true);
    }
    n
}

pub fn split_options(a: SplitArgs) -> SentenceOptions {
    SentenceOptions {
        paragraph: match a.paragraph {
            ParagraphArg::Line => ParagraphBreak::Line,
            ParagraphArg::Blank => ParagraphBreak::Blank,
        },
        dateline: match a.dateline {
            DatelineArg::Attach => DatelineMode::Attach,
            DatelineArg::Separate => DatelineMode::Separate,
        },
    }
}

/// `khabar normalize`
pub fn normalize(a: &NormalizeArgs) -> Result<Status> {
    let n = normalizer(a.profile, &a.steps);
    let mut out = stdout();
    let status = input::stream(&a.input, |_, c| match c {
        Some(c) => Ok(out.write_all(n.normalize(&c.text).as_bytes())?),
        None => Ok(()),
    })?;
    out.flush()?;
    Ok(status)
}

/// `khabar translit`
pub fn translit(a: &TranslitArgs) -> Result<Status> {
    let scheme = match a.scheme {
        SchemeArg::Bw => Scheme::Buckwalter,
        SchemeArg::Safebw => Scheme::SafeBuckwalter,
        SchemeArg::Xmlbw => Scheme::XmlBuckwalter,
        SchemeArg::Hsb => Scheme::Hsb,
        SchemeArg::Roman => Scheme::Roman,
    };
    if a.reverse && !scheme.is_reversible() {
        anyhow::bail!("the roman scheme is one-way; --reverse needs bw, safebw, xmlbw or hsb");
    }
    let mut out = stdout();
    let status = input::stream(&a.input, |_, c| {
        let Some(c) = c else { return Ok(()) };
        let s = match (a.reverse, a.escape) {
            (false, false) => scheme.from_arabic(&c.text),
            (false, true) => scheme.from_arabic_escaped(&c.text),
            (true, false) => scheme.to_arabic(&c.text)?,
            (true, true) => scheme.to_arabic_escaped(&c.text)?,
        };
        Ok(out.write_all(s.as_bytes())?)
    })?;
    out.flush()?;
    Ok(status)
}

#[derive(Serialize)]
struct TokenOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    norm: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
}

/// `khabar tokenize`
pub fn tokenize(a: &TokenizeArgs) -> Result<Status> {
    let norm = a.norm.map(|p| normalizer(p, &a.steps));
    let many = a.input.files.len() > 1;
    let mut out = stdout();
    let mut toks: Vec<Token> = Vec::new();
    let mut at_line_start = true;
    let status = input::stream(&a.input, |src: &Source, c: Option<&Chunk>| {
        let Some(c) = c else {
            if a.format == ListFormat::Text && !at_line_start {
                out.write_all(b"\n")?;
                at_line_start = true;
            }
            return Ok(());
        };
        toks.clear();
        tokenize_into(&c.text, &mut toks);
        let name = many.then(|| src.name());
        let mut last = 0;
        for t in &toks {
            let text = t.text(&c.text);
            let normed = norm.map(|n| n.normalize(text));
            match a.format {
                ListFormat::Text => {
                    let breaks = newlines(&c.text[last..t.byte_start]);
                    for _ in 0..breaks {
                        out.write_all(b"\n")?;
                    }
                    if breaks > 0 {
                        at_line_start = true;
                    }
                    if !at_line_start {
                        out.write_all(b" ")?;
                    }
                    out.write_all(normed.as_deref().unwrap_or(text).as_bytes())?;
                    at_line_start = false;
                }
                ListFormat::Jsonl => {
                    let s = t.shifted(c.byte_offset, c.char_offset);
                    let o = TokenOut {
                        text,
                        start: s.start,
                        end: s.end,
                        byte_start: s.byte_start,
                        byte_end: s.byte_end,
                        kind: t.kind.name(),
                        norm: normed,
                        file: name.as_deref(),
                    };
                    serde_json::to_writer(&mut out, &o)?;
                    out.write_all(b"\n")?;
                }
            }
            last = t.byte_end;
        }
        if a.format == ListFormat::Text {
            let breaks = newlines(&c.text[last..]);
            for _ in 0..breaks {
                out.write_all(b"\n")?;
            }
            if breaks > 0 {
                at_line_start = true;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(status)
}

fn newlines(gap: &str) -> usize {
    gap.bytes().filter(|&b| b == b'\n').count()
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    byte_start: usize,
    byte_end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    file: Option<&'a str>,
}

/// Sentence splitting over a stream: the text after the last complete sentence waits for
/// the next chunk (a sentence or a dateline may continue there).
struct SentenceStream {
    pending: String,
    byte_offset: usize,
    char_offset: usize,
    opts: SentenceOptions,
    toks: Vec<Token>,
}

/// How much unfinished text may wait for the rest of its sentence.
const MAX_PENDING: usize = 4 << 20;

impl SentenceStream {
    fn push(
        &mut self,
        c: &Chunk,
        emit: &mut impl FnMut(&str, Token, Token) -> Result<()>,
    ) -> Result<()> {
        if self.pending.is_empty() {
            self.byte_offset = c.byte_offset;
            self.char_offset = c.char_offset;
        }
        self.pending.push_str(&c.text);
        self.drain(false, emit)
    }

    /// Emits complete sentences (all of them when `all`), keeps the rest.
    fn drain(
        &mut self,
        all: bool,
        emit: &mut impl FnMut(&str, Token, Token) -> Result<()>,
    ) -> Result<()> {
        self.toks.clear();
        tokenize_into(&self.pending, &mut self.toks);
        let ranges = split_sentences(&self.pending, &self.toks, self.opts);
        let keep = if all || self.pending.len() > MAX_PENDING {
            0
        } else {
            usize::from(!ranges.is_empty())
        };
        let done = ranges.len() - keep;
        for r in &ranges[..done] {
            let first = self.toks[r.start].shifted(self.byte_offset, self.char_offset);
            let last = self.toks[r.end - 1].shifted(self.byte_offset, self.char_offset);
            let text = &self.pending[self.toks[r.start].byte_start..self.toks[r.end - 1].byte_end];
            emit(text, first, last)?;
        }
        let cut = if keep == 1 {
            self.toks[ranges[done].start].byte_start
        } else {
            self.pending.len()
        };
        self.char_offset += self.pending[..cut].chars().count();
        self.byte_offset += cut;
        self.pending.drain(..cut);
        Ok(())
    }
}

/// `khabar sentences`
pub fn sentences(a: &SentencesArgs) -> Result<Status> {
    let many = a.input.files.len() > 1;
    let mut out = stdout();
    let mut stream = SentenceStream {
        pending: String::new(),
        byte_offset: 0,
        char_offset: 0,
        opts: split_options(a.split),
        toks: Vec::new(),
    };
    let write = |out: &mut BufWriter<_>,
                 name: Option<&str>,
                 text: &str,
                 first: Token,
                 last: Token|
     -> Result<()> {
        match a.format {
            ListFormat::Text => {
                let flat = text.replace(['\n', '\r'], " ");
                writeln!(out, "{flat}")?;
            }
            ListFormat::Jsonl => {
                let o = SentenceOut {
                    text,
                    start: first.start,
                    end: last.end,
                    byte_start: first.byte_start,
                    byte_end: last.byte_end,
                    file: name,
                };
                serde_json::to_writer(&mut *out, &o)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    };
    let status = input::stream(&a.input, |src, c| {
        let name = many.then(|| src.name());
        let mut emit = |t: &str, f: Token, l: Token| write(&mut out, name.as_deref(), t, f, l);
        match c {
            Some(c) => stream.push(c, &mut emit),
            None => stream.drain(true, &mut emit),
        }
    })?;
    out.flush()?;
    Ok(status)
}

#[cfg(feature = "default-model")]
fn default_model() -> Result<std::sync::Arc<Morphosyntax>> {
    Ok(khabar::tag::default_model::load()?.1)
}

#[cfg(not(feature = "default-model"))]
fn default_model() -> Result<std::sync::Arc<Morphosyntax>> {
    anyhow::bail!(
        "this khabar was built without the embedded model: pass --model FILE or --no-morph"
    )
}

#[cfg(feature = "default-model")]
fn default_ner_model() -> Result<std::sync::Arc<NerModel>> {
    Ok(khabar::ner::default_model::load()?.1)
}

#[cfg(not(feature = "default-model"))]
fn default_ner_model() -> Result<std::sync::Arc<NerModel>> {
    anyhow::bail!(
        "this khabar was built without the embedded models: pass --ner-model FILE or --no-ner"
    )
}

/// The NER model the options describe (`None` with `--no-ner`).
pub fn ner_model(m: &ModelArgs) -> Result<Option<std::sync::Arc<NerModel>>> {
    if m.no_ner {
        return Ok(None);
    }
    Ok(Some(match &m.ner_model {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
            std::sync::Arc::new(
                NerModel::from_bytes(&bytes)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?
                    .1,
            )
        }
        None => default_ner_model()?,
    }))
}

/// The morphosyntax model in `path`, or the embedded one.
pub fn morph_model(path: Option<&std::path::Path>) -> Result<std::sync::Arc<Morphosyntax>> {
    match path {
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?;
            Ok(std::sync::Arc::new(
                Morphosyntax::from_bytes(&bytes)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?
                    .1,
            ))
        }
        None => default_model(),
    }
}

/// The analyzer the model options describe. A NER model that reads word classes gets them
/// from the morphosyntax model even with `--no-morph` (whose words are then not output).
pub fn analyzer(split: SentenceOptions, m: &ModelArgs) -> Result<Analyzer> {
    let mut analyzer = Analyzer::with_sentence_options(split).with_news(!m.no_news);
    let mut classes = false;
    if let Some(ner) = ner_model(m)? {
        classes = ner.uses_word_classes();
        analyzer = analyzer.with_ner(ner);
    }
    if m.no_morph {
        if classes {
            analyzer = analyzer.with_entity_classes(morph_model(m.model.as_deref())?);
        }
        return Ok(analyzer);
    }
    Ok(analyzer.with_morphosyntax(morph_model(m.model.as_deref())?))
}

/// `khabar analyze`
pub fn analyze(a: &AnalyzeArgs) -> Result<Status> {
    let analyzer = analyzer(split_options(a.split), &a.model)?
        .with_published(a.published)
        .with_keywords(a.keywords)
        .with_summary(a.summary);
    if a.jsonl {
        return crate::analyze_jsonl::run(
            &a.input.files,
            &crate::analyze_jsonl::Fields {
                text: &a.field,
                id: a.id_field.as_deref(),
                published: a.published_field.as_deref(),
            },
            &analyzer,
            a.pretty,
        );
    }
    let mut out = stdout();
    let mut conllu = String::new();
    let status = input::documents(&a.input, |src, text| {
        let doc = analyzer.analyze(&text);
        match a.format {
            AnalyzeFormat::Json => {
                if a.pretty {
                    serde_json::to_writer_pretty(&mut out, &doc)?;
                } else {
                    serde_json::to_writer(&mut out, &doc)?;
                }
                out.write_all(b"\n")?;
            }
            AnalyzeFormat::Conllu => {
                conllu.clear();
                doc.write_conllu(Some(&src.name()), &mut conllu);
                out.write_all(conllu.as_bytes())?;
            }
            AnalyzeFormat::Text => {
                let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
                for t in &doc.tokens {
                    *kinds.entry(t.kind.name()).or_default() += 1;
                }
                let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
                writeln!(out, "# {}", src.name())?;
                writeln!(
                    out,
                    "{} characters, {} sentences, {} tokens ({})",
                    doc.text.chars().count(),
                    doc.sentences.len(),
                    doc.tokens.len(),
                    kinds.join(", ")
                )?;
                writeln!(out)?;
                write_dateline(&mut out, &doc)?;
                write_entities(&mut out, &doc)?;
                write_dates_numbers(&mut out, &doc)?;
                write_quotes(&mut out, &doc)?;
                write_events(&mut out, &doc)?;
                write_keywords_summary(&mut out, &doc)?;
                for (i, s) in doc.sentences.iter().enumerate() {
                    writeln!(
                        out,
                        "[{}] {}–{} ({} tokens)",
                        i + 1,
                        s.start,
                        s.end,
                        s.tokens.len()
                    )?;
                    writeln!(
                        out,
                        "    {}",
                        doc.sentence_text(s).replace(['\n', '\r'], " ")
                    )?;
                    if let Some(words) = doc.words.get(s.tokens.clone()).filter(|w| !w.is_empty()) {
                        let tagged: Vec<String> = words
                            .iter()
                            .map(|ws| {
                                ws.iter()
                                    .map(|w| format!("{}/{}", w.form, w.upos))
                                    .collect::<Vec<_>>()
                                    .join("+")
                            })
                            .collect();
                        writeln!(out, "    {}", tagged.join(" "))?;
                    }
                }
                writeln!(out)?;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(status)
}

/// Entities grouped by type: `PER (3): عدنان عفرين ×2, …` (groups by first mention).
fn write_entities(out: &mut impl Write, doc: &khabar::Document) -> Result<()> {
    let Some(ents) = &doc.entities else {
        return Ok(());
    };
    let mut by_type: BTreeMap<&str, Vec<&khabar::ner::EntityGroup>> = BTreeMap::new();
    for g in &ents.groups {
        by_type.entry(g.label.as_str()).or_default().push(g);
    }
    writeln!(
        out,
        "entities: {} mentions of {} entities",
        ents.mentions.len(),
        ents.groups.len()
    )?;
    for (label, groups) in by_type {
        let items: Vec<String> = groups
            .iter()
            .map(|g| {
                let mut forms: Vec<&str> = g
                    .mentions
                    .iter()
                    .map(|&m| ents.mentions[m].core_text.as_str())
                    .filter(|f| *f != g.canonical)
                    .collect();
                forms.sort_unstable();
                forms.dedup();
                let aka = if forms.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", forms.join(", "))
                };
                format!("{} ×{}{aka}", g.canonical, g.count)
            })
            .collect();
        writeln!(out, "  {label} ({}): {}", groups.len(), items.join("; "))?;
    }
    writeln!(out)?;
    Ok(())
}

/// Dates (with resolved values) and numbers (with values and counted nouns), one line each.
fn write_dates_numbers(out: &mut impl Write, doc: &khabar::Document) -> Result<()> {
    if !doc.dates.is_empty() {
        let items: Vec<String> = doc
            .dates
            .iter()
            .map(|d| {
                let t = doc.span_text(d.tokens.clone());
                match &d.value {
                    Some(v) => format!("{t} = {v}"),
                    None => t.to_string(),
                }
            })
            .collect();
        writeln!(out, "dates: {}", items.join("; "))?;
    }
    if !doc.numbers.is_empty() {
        let items: Vec<String> = doc
            .numbers
            .iter()
            .map(|n| {
                let t = doc.span_text(n.tokens.clone());
                let unit = n
                    .unit
                    .filter(|u| !n.tokens.contains(u))
                    .map(|u| format!(" ({})", doc.tokens[u].text(&doc.text)))
                    .unwrap_or_default();
                format!("{t} = {} {}{unit}", n.value, n.kind.name())
            })
            .collect();
        writeln!(out, "numbers: {}", items.join("; "))?;
    }
    if !doc.dates.is_empty() || !doc.numbers.is_empty() {
        writeln!(out)?;
    }
    Ok(())
}

/// The dateline and its parts.
fn write_dateline(out: &mut impl Write, doc: &khabar::Document) -> Result<()> {
    let Some(d) = &doc.dateline else {
        return Ok(());
    };
    let parts: Vec<String> = [
        ("place", &d.place),
        ("agency", &d.agency),
        ("reporter", &d.reporter),
        ("date", &d.date),
    ]
    .iter()
    .filter_map(|(k, r)| {
        r.as_ref()
            .map(|r| format!("{k} {}", doc.span_text(r.clone())))
    })
    .collect();
    writeln!(
        out,
        "dateline: {} [{}]\n",
        doc.span_text(d.tokens.clone()),
        parts.join(", ")
    )?;
    Ok(())
}

/// Quotes with their speakers, one per line: `speaker (role) [kind, how]: «content»`.
fn write_quotes(out: &mut impl Write, doc: &khabar::Document) -> Result<()> {
    if doc.quotes.is_empty() {
        return Ok(());
    }
    writeln!(out, "quotes: {}", doc.quotes.len())?;
    for q in &doc.quotes {
        let who = match &q.speaker {
            Some(sp) => {
                let role = sp
                    .role
                    .clone()
                    .map(|r| format!(", {}", doc.span_text(r)))
                    .unwrap_or_default();
                let label = sp.label.as_deref().unwrap_or("description");
                format!("{} ({label}{role})", sp.name)
            }
            None => "?".to_string(),
        };
        let cue = q
            .cue
            .clone()
            .map(|c| format!(" {}", doc.span_text(c)))
            .unwrap_or_default();
        writeln!(
            out,
            "  {who} [{}, {}{cue}]: «{}»",
            q.kind.name(),
            q.attribution.name(),
            doc.span_text(q.content.clone()).replace(['\n', '\r'], " ")
        )?;
    }
    writeln!(out)?;
    Ok(())
}

/// Events, one per line: `195 fight: trigger — source → target @ place, date (confidence)`.
fn write_events(out: &mut impl Write, doc: &khabar::Document) -> Result<()> {
    if doc.events.is_empty() {
        return Ok(());
    }
    writeln!(out, "events: {}", doc.events.len())?;
    for e in &doc.events {
        let who = |p: &Option<khabar::news::events::Participant>| match p {
            Some(p) => match &p.code {
                Some(c) => format!("{} [{c}]", p.name),
                None => p.name.clone(),
            },
            None => "?".to_string(),
        };
        let place = e
            .place
            .as_ref()
            .map(|p| format!(" @ {}", p.name))
            .unwrap_or_default();
        let date = e
            .date
            .and_then(|k| doc.dates.get(k))
            .map(|d| format!(", {}", doc.span_text(d.tokens.clone())))
            .unwrap_or_default();
        writeln!(
            out,
            "  {} {}: {} — {} → {}{place}{date} ({:.1})",
            e.code,
            khabar::news::events::cameo_root_name(&e.code),
            doc.tokens[e.trigger].text(&doc.text),
            who(&e.source),
            who(&e.target),
            e.confidence
        )?;
    }
    writeln!(out)?;
    Ok(())
}

/// Keywords on one line, then the summary sentences.
fn write_keywords_summary(out: &mut impl Write, doc: &khabar::Document) -> Result<()> {
    if !doc.keywords.is_empty() {
        let items: Vec<String> = doc
            .keywords
            .iter()
            .map(|k| format!("{} ×{}", doc.span_text(k.first.clone()), k.count))
            .collect();
        writeln!(out, "keywords: {}\n", items.join("; "))?;
    }
    if !doc.summary.is_empty() {
        writeln!(out, "summary:")?;
        for &i in &doc.summary {
            let s = &doc.sentences[i];
            writeln!(
                out,
                "  [{}] {}",
                i + 1,
                doc.sentence_text(s).replace(['\n', '\r'], " ")
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// `khabar ner`
pub fn ner(a: &NerArgs) -> Result<Status> {
    let models = ModelArgs {
        model: None,
        no_morph: true,
        ner_model: a.ner_model.clone(),
        no_ner: false,
        no_news: true,
    };
    let analyzer = analyzer(split_options(a.split), &models)?;
    let mut out = stdout();
    let status = input::documents(&a.input, |src, text| {
        let doc = analyzer.analyze(&text);
        let ents = doc.entities.as_ref().expect("the analyzer has a NER model");
        match a.format {
            NerFormat::Text => {
                writeln!(out, "# {}", src.name())?;
                write_entities(&mut out, &doc)?;
            }
            NerFormat::Jsonl => {
                let name = src.name();
                for e in &ents.mentions {
                    #[derive(Serialize)]
                    struct Line<'a, E: Serialize> {
                        doc: &'a str,
                        #[serde(flatten)]
                        entity: E,
                    }
                    serde_json::to_writer(
                        &mut out,
                        &Line {
                            doc: &name,
                            entity: doc.entity_json(e),
                        },
                    )?;
                    out.write_all(b"\n")?;
                }
            }
            NerFormat::Bio => {
                let mut tags = vec!["O".to_string(); doc.tokens.len()];
                for e in &ents.mentions {
                    for (k, t) in e.tokens.clone().enumerate() {
                        tags[t] = format!("{}-{}", if k == 0 { "B" } else { "I" }, e.label);
                    }
                }
                for s in &doc.sentences {
                    for t in s.tokens.clone() {
                        writeln!(out, "{} {}", doc.tokens[t].text(&doc.text), tags[t])?;
                    }
                    writeln!(out)?;
                }
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(status)
}
