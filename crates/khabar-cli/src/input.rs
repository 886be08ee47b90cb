//! Reading the inputs of a command: files or standard input, streamed in chunks or read
//! whole, with clear errors that name the file and the byte offset. A bad input is
//! reported and skipped; the other inputs are still processed and the exit code is 2.

use crate::InputArgs;
use khabar::text::{Chunk, Utf8Chunks};
use khabar::KhabarError;
use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;
use std::process::ExitCode;

/// How the inputs went.
#[derive(Debug, Default)]
pub struct Status {
    bad_inputs: usize,
}

impl Status {
    /// 0 when every input was read, 2 when one or more could not be.
    pub fn exit_code(&self) -> ExitCode {
        if self.bad_inputs == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(2)
        }
    }

    /// Counts a bad input or record (already reported by the caller).
    pub fn fail(&mut self) {
        self.bad_inputs += 1;
    }

    fn report(&mut self, name: &str, e: &KhabarError) {
        self.bad_inputs += 1;
        match e {
            KhabarError::InvalidUtf8 { byte_offset } => eprintln!(
                "khabar: {name}: invalid UTF-8 at byte offset {byte_offset} (use --lossy to replace invalid bytes)"
            ),
            other => eprintln!("khabar: {name}: {other}"),
        }
    }
}

/// One input: a file or standard input.
#[derive(Debug, Clone)]
pub struct Source {
    path: Option<PathBuf>,
}

impl Source {
    /// The name used in messages and output.
    pub fn name(&self) -> String {
        self.path
            .as_ref()
            .map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string())
    }

    fn open(&self) -> Result<Box<dyn Read>, KhabarError> {
        Ok(match &self.path {
            None => Box::new(io::stdin().lock()),
            Some(p) => Box::new(File::open(p)?),
        })
    }
}

/// The sources named by the arguments.
pub fn sources(args: &InputArgs) -> Vec<Source> {
    if args.files.is_empty() {
        return vec![Source { path: None }];
    }
    args.files
        .iter()
        .map(|p| Source {
            path: (p.as_os_str() != "-").then(|| p.clone()),
        })
        .collect()
}

/// Streams every input in chunks: `each` sees `Some(chunk)` for every chunk of a source and
/// then `None` once at its end (also after an error in it, so pending output is flushed).
pub fn stream(
    args: &InputArgs,
    mut each: impl FnMut(&Source, Option<&Chunk>) -> anyhow::Result<()>,
) -> anyhow::Result<Status> {
    let mut status = Status::default();
    for src in sources(args) {
        let reader = match src.open() {
            Ok(r) => r,
            Err(e) => {
                status.report(&src.name(), &e);
                continue;
            }
        };
        let chunks = if args.lossy {
            Utf8Chunks::lossy(reader)
        } else {
            Utf8Chunks::new(reader)
        };
        for chunk in chunks {
            match chunk {
                Ok(c) => each(&src, Some(&c))?,
                Err(e) => {
                    status.report(&src.name(), &e);
                    break;
                }
            }
        }
        each(&src, None)?;
    }
    Ok(status)
}

/// Reads every input whole (one document per input).
pub fn documents(
    args: &InputArgs,
    mut each: impl FnMut(&Source, String) -> anyhow::Result<()>,
) -> anyhow::Result<Status> {
    let mut status = Status::default();
    for src in sources(args) {
        match read_whole(&src, args.lossy) {
            Ok(text) => each(&src, text)?,
            Err(e) => status.report(&src.name(), &e),
        }
    }
    Ok(status)
}

fn read_whole(src: &Source, lossy: bool) -> Result<String, KhabarError> {
    let mut bytes = Vec::new();
    src.open()?.read_to_end(&mut bytes)?;
    if lossy {
        return Ok(String::from_utf8_lossy(&bytes).into_owned());
    }
    String::from_utf8(bytes).map_err(|e| KhabarError::InvalidUtf8 {
        byte_offset: e.utf8_error().valid_up_to(),
    })
}

/// Whether an error is a closed output pipe (`khabar … | head`), which is not a failure.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

/// What a JSON Lines record handler says about a record: `Err(why)` reports it as bad
/// (`FILE line N: why; record skipped`) and counts it in the status.
pub type RecordOutcome = Result<(), String>;

/// Reads JSON Lines `files` (standard input for `-` or when none is given) and calls `each`
/// with the file's name, the 1-based line number, the record and its text field
/// (`text_field`). Empty lines are skipped; a file that cannot be opened, a line that is not
/// UTF-8 or not JSON, or a record without the string field is reported with its line number
/// and skipped, and reading goes on.
pub fn jsonl_records(
    files: &[PathBuf],
    text_field: &str,
    mut each: impl FnMut(&str, usize, &serde_json::Value, &str) -> anyhow::Result<RecordOutcome>,
) -> anyhow::Result<Status> {
    use anyhow::Context;
    use std::io::{BufRead, BufReader};
    let mut status = Status::default();
    let stdin = [PathBuf::from("-")];
    let files = if files.is_empty() { &stdin[..] } else { files };
    for path in files {
        let name = if path.as_os_str() == "-" {
            "<stdin>".to_string()
        } else {
            path.display().to_string()
        };
        let reader: Box<dyn BufRead> = if path.as_os_str() == "-" {
            Box::new(BufReader::new(io::stdin()))
        } else {
            match File::open(path) {
                Ok(f) => Box::new(BufReader::new(f)),
                Err(e) => {
                    eprintln!("khabar: {name}: {e}");
                    status.fail();
                    continue;
                }
            }
        };
        for (i, line) in reader.split(b'\n').enumerate() {
            let bytes = line.with_context(|| name.clone())?;
            let outcome = match std::str::from_utf8(&bytes) {
                Err(_) => Err("invalid UTF-8".to_string()),
                Ok(text) if text.trim().is_empty() => continue,
                Ok(text) => match serde_json::from_str::<serde_json::Value>(text) {
                    Err(e) => Err(format!("not JSON ({e})")),
                    Ok(v) => match v.get(text_field).and_then(serde_json::Value::as_str) {
                        None => Err(format!("no string field `{text_field}`")),
                        Some(body) => each(&name, i + 1, &v, body)?,
                    },
                },
            };
            if let Err(why) = outcome {
                eprintln!("khabar: {name} line {}: {why}; record skipped", i + 1);
                status.fail();
            }
        }
    }
    Ok(status)
}
