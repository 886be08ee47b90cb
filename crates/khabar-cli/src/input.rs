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
