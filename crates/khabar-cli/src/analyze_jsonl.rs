//! `khabar analyze --jsonl`: a collection of articles as JSON Lines, one article per line,
//! each with its own publication date. Every record gives one JSON line (the `analyze
//! --format json` document plus `file`, `line` and the record's id); a line that is not JSON,
//! lacks the text field or has an unreadable date is reported with its line number and
//! skipped, and the rest is still analyzed (exit code 2 at the end).

use crate::input::Status;
use anyhow::Result;
use khabar::Analyzer;
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;

/// Where the records' fields are.
pub struct Fields<'a> {
    /// The text.
    pub text: &'a str,
    /// An id copied to the output.
    pub id: Option<&'a str>,
    /// The publication date: `YYYY-MM-DD`, an ISO timestamp (`2017-01-20T12:58:00+01:00`)
    /// or `DD/MM/YYYY`.
    pub published: Option<&'a str>,
}

/// Reads a publication date in the forms news feeds use.
pub fn parse_date(s: &str) -> Option<(i64, u32, u32)> {
    let s = s.trim();
    let (y, m, d) = if let Some((d, rest)) = s.split_once('/') {
        let (m, y) = rest.split_once('/')?;
        (y.get(..4)?, m, d)
    } else {
        let day = s.get(..10)?;
        let mut p = day.split('-');
        (p.next()?, p.next()?, p.next()?)
    };
    let (y, m, d): (i64, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m, d))
}

/// Analyzes every record of the JSON Lines `files` (standard input for `-` or none).
pub fn run(
    files: &[PathBuf],
    fields: &Fields,
    analyzer: &Analyzer,
    pretty: bool,
) -> Result<Status> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let status = crate::input::jsonl_records(files, fields.text, |file, line, v, body| {
        let published = match fields.published.and_then(|f| v.get(f)) {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if s.trim().is_empty() => None,
            Some(x) => match x.as_str().and_then(parse_date) {
                Some(d) => Some(d),
                None => return Ok(Err(format!("unreadable date {x}"))),
            },
        };
        let az = match published {
            Some(d) => analyzer.clone().with_published(Some(d)),
            None => analyzer.clone(),
        };
        let mut o = serde_json::to_value(az.analyze(body))?;
        if let Value::Object(m) = &mut o {
            m.insert("file".into(), Value::from(file));
            m.insert("line".into(), Value::from(line));
            if let Some(id) = fields.id.and_then(|f| v.get(f)) {
                m.insert("id".into(), id.clone());
            }
        }
        if pretty {
            serde_json::to_writer_pretty(&mut out, &o)?;
        } else {
            serde_json::to_writer(&mut out, &o)?;
        }
        out.write_all(b"\n")?;
        Ok(Ok(()))
    })?;
    out.flush()?;
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_feed_forms() {
        assert_eq!(parse_date("2017-01-20T12:58:00+01:00"), Some((2017, 1, 20)));
        assert_eq!(parse_date("21/11/2016"), Some((2016, 11, 21)));
        assert_eq!(parse_date("2019-03-11"), Some((2019, 3, 11)));
        assert_eq!(parse_date("2019-13-11"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date(""), None);
    }
}
