//! Reading UTF-8 text of any size in chunks, with global offsets.
//!
//! Chunks end after a line feed whenever the buffer holds one, otherwise (for very long
//! lines) before a non-space byte that follows a space, and only as a last resort inside
//! a run of non-space text. No token of the tokenizer and no step of the normalizer
//! spans such a boundary, so processing chunk by chunk gives the same result as
//! processing the whole input at once (sentence splitting carries its unfinished tail).

use crate::error::KhabarError;
use std::io::Read;

/// One piece of the input, decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    /// The decoded text.
    pub text: String,
    /// Byte offset of the chunk in the input (in the decoded text when lossy).
    pub byte_offset: usize,
    /// Unicode scalar offset of the chunk in the input.
    pub char_offset: usize,
}

/// An iterator of [`Chunk`]s over a reader.
pub struct Utf8Chunks<R: Read> {
    reader: R,
    buf: Vec<u8>,
    raw_offset: usize,
    byte_offset: usize,
    char_offset: usize,
    lossy: bool,
    eof: bool,
    failed: bool,
    max_chunk: usize,
}

/// Read size and the size past which a line without a line feed is cut at a space.
const BLOCK: usize = 1 << 16;
const DEFAULT_MAX_CHUNK: usize = 1 << 20;

impl<R: Read> Utf8Chunks<R> {
    /// Strict decoding: invalid UTF-8 ends the iteration with
    /// [`KhabarError::InvalidUtf8`] carrying the byte offset in the input.
    pub fn new(reader: R) -> Self {
        Self::with_options(reader, false, DEFAULT_MAX_CHUNK)
    }

    /// Lossy decoding: invalid sequences become U+FFFD and offsets refer to the decoded text.
    pub fn lossy(reader: R) -> Self {
        Self::with_options(reader, true, DEFAULT_MAX_CHUNK)
    }

    /// Full control; `max_chunk` bounds the memory a line without line feeds may take.
    pub fn with_options(reader: R, lossy: bool, max_chunk: usize) -> Self {
        Self {
            reader,
            buf: Vec::with_capacity(BLOCK * 2),
            raw_offset: 0,
            byte_offset: 0,
            char_offset: 0,
            lossy,
            eof: false,
            failed: false,
            max_chunk: max_chunk.max(8),
        }
    }

    /// Where the next chunk may end, if anywhere yet.
    fn boundary(&self) -> Option<usize> {
        if self.eof {
            return (!self.buf.is_empty()).then_some(self.buf.len());
        }
        if let Some(p) = self.buf.iter().rposition(|&b| b == b'\n') {
            return Some(p + 1);
        }
        if self.buf.len() < self.max_chunk {
            return None;
        }
        let ws = |b: u8| b.is_ascii_whitespace();
        if let Some(p) = (1..self.buf.len())
            .rev()
            .find(|&p| ws(self.buf[p - 1]) && !ws(self.buf[p]))
        {
            return Some(p);
        }
        // no space at all: cut before the last character start (never inside a sequence)
        (1..self.buf.len())
            .rev()
            .find(|&p| (self.buf[p] & 0xC0) != 0x80)
    }

    fn take(&mut self, end: usize) -> Result<Chunk, KhabarError> {
        let bytes: Vec<u8> = self.buf.drain(..end).collect();
        let text = if self.lossy {
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(e) => {
                    self.failed = true;
                    return Err(KhabarError::InvalidUtf8 {
                        byte_offset: self.raw_offset + e.utf8_error().valid_up_to(),
                    });
                }
            }
        };
        let chunk = Chunk {
            byte_offset: self.byte_offset,
            char_offset: self.char_offset,
            text,
        };
        self.raw_offset += end;
        self.byte_offset += chunk.text.len();
        self.char_offset += chunk.text.chars().count();
        Ok(chunk)
    }
}

impl<R: Read> Iterator for Utf8Chunks<R> {
    type Item = Result<Chunk, KhabarError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            if let Some(end) = self.boundary() {
                return Some(self.take(end));
            }
            if self.eof {
                return None;
            }
            let old = self.buf.len();
            self.buf.resize(old + BLOCK, 0);
            match self.reader.read(&mut self.buf[old..]) {
                Ok(0) => {
                    self.buf.truncate(old);
                    self.eof = true;
                }
                Ok(n) => self.buf.truncate(old + n),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => self.buf.truncate(old),
                Err(e) => {
                    self.buf.truncate(old);
                    self.failed = true;
                    return Some(Err(e.into()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect(input: &[u8], max: usize) -> Vec<Chunk> {
        Utf8Chunks::with_options(input, false, max)
            .map(|c| c.unwrap())
            .collect()
    }

    #[test]
    fn chunks_concatenate_to_input_with_offsets() {
        let text = "سطر أول\nسطر ثان طويل جدا جدا\nlast";
        for max in [8, 16, 1000] {
            let chunks = collect(text.as_bytes(), max);
            let joined: String = chunks.iter().map(|c| c.text.as_str()).collect();
            assert_eq!(joined, text);
            for c in &chunks {
                assert_eq!(&text[c.byte_offset..c.byte_offset + c.text.len()], c.text);
                assert_eq!(text[..c.byte_offset].chars().count(), c.char_offset);
            }
        }
    }

    #[test]
    fn invalid_utf8_reports_global_offset() {
        let mut input = "سطر\nab".as_bytes().to_vec();
        input.push(0xFF);
        let mut it = Utf8Chunks::new(&input[..]);
        assert_eq!(it.next().unwrap().unwrap().text, "سطر\n");
        match it.next().unwrap() {
            Err(KhabarError::InvalidUtf8 { byte_offset }) => assert_eq!(byte_offset, 9),
            other => panic!("{other:?}"),
        }
        assert!(it.next().is_none());
        let lossy: String = Utf8Chunks::lossy(&input[..])
            .map(|c| c.unwrap().text)
            .collect();
        assert_eq!(lossy, "سطر\nab\u{FFFD}");
    }
}
