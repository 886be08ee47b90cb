//! The `khabar` command line: the faces layer over the library.

mod analyze_jsonl;
mod bench;
mod clusters;
mod commands;
mod dedup;
mod eval;
mod input;
mod train;
mod train_ner;

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc: the analysis allocates many small strings and vectors per word; glibc's
/// allocator spent about a sixth of the instructions of `khabar analyze` on them.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Arabic news analysis: normalization, transliteration, tokens and sentences with exact
/// offsets.
#[derive(Parser, Debug)]
#[command(name = "khabar", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Where text comes from.
#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Input files (UTF-8); standard input when none is given or for `-`.
    pub files: Vec<PathBuf>,
    /// Replace invalid UTF-8 with U+FFFD instead of stopping with an error (offsets then
    /// refer to the decoded text).
    #[arg(long)]
    pub lossy: bool,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Normalize text (streams input of any size).
    Normalize(NormalizeArgs),
    /// Transliterate Arabic script to Latin (or back with --reverse).
    Translit(TranslitArgs),
    /// Split text into tokens with offsets.
    Tokenize(TokenizeArgs),
    /// Split text into sentences with offsets.
    Sentences(SentencesArgs),
    /// Analyze whole documents (one per file).
    Analyze(AnalyzeArgs),
    /// Named entities of whole documents (one per file), grouped by type.
    Ner(NerArgs),
    /// Learn word clusters from raw text (for NER and tagger training).
    Clusters(clusters::ClustersArgs),
    /// Group near-duplicate documents (syndicated copies) of JSON Lines collections.
    Dedup(dedup::DedupArgs),
    /// Measure throughput of the text layers on a corpus file.
    Bench(bench::BenchArgs),
    /// Train the morphosyntax model (segmentation, tags, lemmas) from CoNLL-U.
    Train(train::TrainArgs),
    /// Score the pipeline on a gold CoNLL-U file (CoNLL 2018 metrics).
    Eval(eval::EvalArgs),
}

/// Normalization options shared by `normalize` and `tokenize --norm`.
#[derive(Args, Debug, Clone)]
pub struct StepArgs {
    /// Turn off presentation-form expansion.
    #[arg(long)]
    pub no_presentation: bool,
    /// Turn off tatweel removal.
    #[arg(long)]
    pub no_tatweel: bool,
    /// Turn off removal of zero-width and bidi controls.
    #[arg(long)]
    pub no_controls: bool,
    /// Turn off Unicode NFC.
    #[arg(long)]
    pub no_nfc: bool,
    /// Turn off diacritic removal (search profile).
    #[arg(long)]
    pub no_diacritics: bool,
    /// Turn off Persian/Urdu letter folding (search profile).
    #[arg(long)]
    pub no_persian: bool,
    /// Turn off alef folding (search profile).
    #[arg(long)]
    pub no_alef: bool,
    /// Turn off alef maksura → yeh (search profile).
    #[arg(long)]
    pub no_yeh: bool,
    /// Turn off digit folding (search profile).
    #[arg(long)]
    pub no_digits: bool,
    /// Turn off white-space normalization.
    #[arg(long)]
    pub no_whitespace: bool,
    /// Also fold teh marbuta to heh (off in every profile).
    #[arg(long)]
    pub teh_marbuta: bool,
}

#[derive(Copy, Clone, Debug, ValueEnum)]
pub enum ProfileArg {
    Display,
    Search,
}

#[derive(Args, Debug)]
pub struct NormalizeArgs {
    /// The named group of steps to start from.
    #[arg(long, value_enum, default_value = "display")]
    pub profile: ProfileArg,
    #[command(flatten)]
    pub steps: StepArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Copy, Clone, Debug, ValueEnum)]
pub enum SchemeArg {
    /// Buckwalter
    Bw,
    /// Safe Buckwalter
    Safebw,
    /// XML Buckwalter
    Xmlbw,
    /// Habash-Soudi-Buckwalter
    Hsb,
    /// ALA-LC-like romanization (one way)
    Roman,
}

#[derive(Args, Debug)]
pub struct TranslitArgs {
    /// Transliteration scheme.
    #[arg(long, value_enum, default_value = "bw")]
    pub scheme: SchemeArg,
    /// Read the scheme back into Arabic script.
    #[arg(long)]
    pub reverse: bool,
    /// Escape literal characters of the scheme's alphabet with `\` so that any text
    /// round-trips exactly (use on both directions).
    #[arg(long)]
    pub escape: bool,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum ListFormat {
    /// Human-readable text.
    Text,
    /// One JSON object per line.
    Jsonl,
}

#[derive(Args, Debug)]
pub struct TokenizeArgs {
    /// Output format: `text` puts the tokens of each input line on one line, separated by
    /// spaces; `jsonl` writes one object per token.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ListFormat,
    /// Add each token's normalized form (`norm`) under this profile.
    #[arg(long, value_enum)]
    pub norm: Option<ProfileArg>,
    #[command(flatten)]
    pub steps: StepArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq, Default)]
pub enum ParagraphArg {
    /// Every line break ends a sentence.
    #[default]
    Line,
    /// Only an empty line ends a sentence.
    Blank,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq, Default)]
pub enum DatelineArg {
    /// A dateline starts the sentence it introduces.
    #[default]
    Attach,
    /// A dateline is a sentence of its own (the PADT convention).
    Separate,
}

/// Sentence-splitting options shared by `sentences` and `analyze`.
#[derive(Args, Debug, Clone, Copy)]
pub struct SplitArgs {
    /// What counts as a paragraph break.
    #[arg(long, value_enum, default_value = "line")]
    pub paragraph: ParagraphArg,
    /// Where a dateline (`طهران 3 مايو (شينخوا)`, `دمشق (وكالات الانباء) -`) goes.
    #[arg(long, value_enum, default_value = "attach")]
    pub dateline: DatelineArg,
}

#[derive(Args, Debug)]
pub struct SentencesArgs {
    /// Output format: `text` writes one sentence per line; `jsonl` one object per sentence.
    #[arg(long, value_enum, default_value = "text")]
    pub format: ListFormat,
    #[command(flatten)]
    pub split: SplitArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum AnalyzeFormat {
    /// Human-readable report.
    Text,
    /// One JSON document per input file (JSON Lines when there are several).
    Json,
    /// CoNLL-U.
    Conllu,
}

/// Which morphosyntax model to use.
#[derive(Args, Debug, Clone)]
pub struct ModelArgs {
    /// Morphosyntax model file (default: the embedded padt-news model).
    #[arg(long)]
    pub model: Option<PathBuf>,
    /// Skip segmentation, tags and lemmas (tokens and sentences only).
    #[arg(long)]
    pub no_morph: bool,
    /// NER model file (default: the embedded anercorp model).
    #[arg(long)]
    pub ner_model: Option<PathBuf>,
    /// Skip named entities.
    #[arg(long)]
    pub no_ner: bool,
    /// Skip the news layer (dates, numbers).
    #[arg(long)]
    pub no_news: bool,
}

#[derive(Args, Debug)]
pub struct AnalyzeArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: AnalyzeFormat,
    /// Publication date (YYYY-MM-DD), to resolve weekdays and relative dates.
    #[arg(long, value_parser = parse_ymd)]
    pub published: Option<(i64, u32, u32)>,
    /// Indent the JSON.
    #[arg(long)]
    pub pretty: bool,
    /// Read JSON Lines: one article per line (`--field`, `--id-field`, `--published-field`);
    /// prints one JSON document per record.
    #[arg(long)]
    pub jsonl: bool,
    /// With --jsonl: the field holding the text.
    #[arg(long, default_value = "text", requires = "jsonl")]
    pub field: String,
    /// With --jsonl: a field copied to the output as `id`.
    #[arg(long, requires = "jsonl")]
    pub id_field: Option<String>,
    /// With --jsonl: the field holding each article's publication date (YYYY-MM-DD, an ISO
    /// timestamp or DD/MM/YYYY); --published is the fallback.
    #[arg(long, requires = "jsonl")]
    pub published_field: Option<String>,
    /// Number of keywords (0 for none).
    #[arg(long, default_value_t = khabar::document::DEFAULT_KEYWORDS)]
    pub keywords: usize,
    /// Number of summary sentences (0 for none).
    #[arg(long, default_value_t = khabar::document::DEFAULT_SUMMARY)]
    pub summary: usize,
    #[command(flatten)]
    pub split: SplitArgs,
    #[command(flatten)]
    pub model: ModelArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

#[derive(Copy, Clone, Debug, ValueEnum, PartialEq, Eq)]
pub enum NerFormat {
    /// Entities grouped by type with counts and the forms of each.
    Text,
    /// One JSON object per mention (`doc` plus the `analyze --format json` entity fields).
    Jsonl,
    /// One `TOKEN TAG` line per token, a blank line after each sentence.
    Bio,
}

#[derive(Args, Debug)]
pub struct NerArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: NerFormat,
    /// NER model file (default: the embedded anercorp model).
    #[arg(long)]
    pub ner_model: Option<PathBuf>,
    #[command(flatten)]
    pub split: SplitArgs,
    #[command(flatten)]
    pub input: InputArgs,
}

fn parse_ymd(s: &str) -> Result<(i64, u32, u32), String> {
    let p: Vec<&str> = s.split('-').collect();
    let bad = || format!("`{s}` is not a date YYYY-MM-DD");
    if p.len() != 3 {
        return Err(bad());
    }
    let y: i64 = p[0].parse().map_err(|_| bad())?;
    let m: u32 = p[1].parse().map_err(|_| bad())?;
    let d: u32 = p[2].parse().map_err(|_| bad())?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return Err(bad());
    }
    Ok((y, m, d))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Normalize(a) => commands::normalize(&a),
        Command::Translit(a) => commands::translit(&a),
        Command::Tokenize(a) => commands::tokenize(&a),
        Command::Sentences(a) => commands::sentences(&a),
        Command::Analyze(a) => commands::analyze(&a),
        Command::Ner(a) => commands::ner(&a),
        Command::Clusters(a) => clusters::run(&a),
        Command::Dedup(a) => dedup::run(&a),
        Command::Bench(a) => bench::run(&a),
        Command::Train(a) => train::run(&a),
        Command::Eval(a) => eval::run(&a),
    };
    match result {
        Ok(status) => status.exit_code(),
        Err(e) => {
            if input::is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("khabar: {e:#}");
            ExitCode::from(1)
        }
    }
}
