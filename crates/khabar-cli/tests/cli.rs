//! Command-line tests: golden files on the example articles, the offsets invariant on
//! every JSON output, and the error behaviour (bad UTF-8, missing files, bad options).

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

fn khabar() -> Command {
    Command::cargo_bin("khabar").unwrap()
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn examples() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(repo_root().join("data/examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    assert!(!v.is_empty());
    v
}

/// `../shared/examples/*` when the shared folder is beside the repository.
fn shared_examples() -> Vec<PathBuf> {
    let dir = repo_root().join("../shared/examples");
    let Ok(rd) = fs::read_dir(&dir) else {
        eprintln!("note: {} not found; shared examples skipped", dir.display());
        return vec![];
    };
    let mut v: Vec<PathBuf> = rd
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    v.sort();
    v
}

fn run(args: &[&str], file: &Path) -> String {
    let out = khabar()
        .args(args)
        .arg(file.file_name().unwrap())
        .current_dir(file.parent().unwrap())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?} {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

/// One JSON value per line of `text`.
fn json_lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The string field `key` of each element of the JSON array `v`.
fn strs<'a>(v: &'a Value, key: &str) -> Vec<&'a str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x[key].as_str().unwrap())
        .collect()
}

fn char_slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

/// Every object with `text`/`start`/`end`/`byte_start`/`byte_end` slices the input to its text.
fn check_offsets(input: &str, v: &Value) -> usize {
    let mut n = 0;
    match v {
        Value::Object(m) => {
            if let (Some(Value::String(t)), Some(s), Some(e), Some(bs), Some(be)) = (
                m.get("text"),
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
                m.get("byte_start").and_then(Value::as_u64),
                m.get("byte_end").and_then(Value::as_u64),
            ) {
                assert_eq!(&input[bs as usize..be as usize], t, "byte offsets");
                assert_eq!(
                    &char_slice(input, s as usize, e as usize),
                    t,
                    "char offsets"
                );
                n += 1;
            }
            for x in m.values() {
                n += check_offsets(input, x);
            }
        }
        Value::Array(a) => {
            for x in a {
                n += check_offsets(input, x);
            }
        }
        _ => {}
    }
    n
}

fn check_all_json_outputs(file: &Path) {
    let input = fs::read_to_string(file).unwrap();
    let doc: Value = serde_json::from_str(&run(&["analyze", "--format", "json"], file)).unwrap();
    assert_eq!(doc["text"], input.as_str());
    let tokens = check_offsets(&input, &doc);
    assert!(
        tokens > 10,
        "{}: only {tokens} spans checked",
        file.display()
    );
    for args in [
        &["tokenize", "--format", "jsonl"][..],
        &["tokenize", "--format", "jsonl", "--norm", "search"][..],
        &["sentences", "--format", "jsonl"][..],
        &["ner", "--format", "jsonl"][..],
    ] {
        let out = run(args, file);
        let mut n = 0;
        for line in out.lines() {
            n += check_offsets(&input, &serde_json::from_str(line).unwrap());
        }
        assert_eq!(n, out.lines().count(), "{args:?}: every line has offsets");
    }
}

#[test]
fn offsets_invariant_on_every_example() {
    for f in examples().iter().chain(shared_examples().iter()) {
        check_all_json_outputs(f);
    }
}

#[test]
fn golden_outputs() {
    let golden_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("KHABAR_BLESS").is_some();
    let commands: &[(&str, &[&str])] = &[
        ("analyze.json", &["analyze", "--format", "json", "--pretty"]),
        ("analyze.txt", &["analyze"]),
        ("analyze.conllu", &["analyze", "--format", "conllu"]),
        ("tokens.txt", &["tokenize"]),
        ("entities.txt", &["ner"]),
        ("sentences.txt", &["sentences"]),
        ("search.txt", &["normalize", "--profile", "search"]),
        ("bw.txt", &["translit", "--scheme", "bw"]),
        ("roman.txt", &["translit", "--scheme", "roman"]),
    ];
    let mut mismatches = vec![];
    for f in examples() {
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        for (suffix, args) in commands {
            let got = run(args, &f);
            let path = golden_dir.join(format!("{stem}.{suffix}"));
            if bless {
                fs::create_dir_all(&golden_dir).unwrap();
                fs::write(&path, &got).unwrap();
            } else {
                let want = fs::read_to_string(&path).unwrap_or_else(|_| {
                    panic!("missing {}; run with KHABAR_BLESS=1", path.display())
                });
                if want != got {
                    mismatches.push(path.display().to_string());
                }
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "outputs differ from golden files (KHABAR_BLESS=1 to update): {mismatches:#?}"
    );
}

#[test]
fn ner_formats_and_entity_offsets() {
    let f = &examples()[0];
    let input = fs::read_to_string(f).unwrap();
    let jsonl = run(&["ner", "--format", "jsonl"], f);
    assert!(jsonl.lines().count() > 0, "no entities in {}", f.display());
    for line in jsonl.lines() {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(check_offsets(&input, &v), 1);
        let (cs, e) = (
            v["core_start"].as_u64().unwrap(),
            v["end"].as_u64().unwrap(),
        );
        assert!(v["start"].as_u64().unwrap() <= cs && cs < e);
        assert!(["PER", "LOC", "ORG", "MISC"].contains(&v["label"].as_str().unwrap()));
        assert!(v["canonical"].is_string());
    }
    let bio = run(&["ner", "--format", "bio"], f);
    let tokens = run(&["tokenize", "--format", "jsonl"], f).lines().count();
    assert_eq!(bio.lines().filter(|l| !l.is_empty()).count(), tokens);
    let entities = bio.lines().filter(|l| l.contains(" B-")).count();
    assert_eq!(entities, jsonl.lines().count());
    let text = run(&["ner"], f);
    assert!(text.contains("entities: "), "{text}");
    // analyze's text report lists the entities too
    assert!(run(&["analyze", "--no-morph"], f).contains("entities: "));
    assert!(!run(&["analyze", "--no-morph", "--no-ner"], f).contains("entities: "));
}

#[test]
fn eval_ner_scores_a_gold_file_and_rejects_bad_ones() {
    let dir = tempdir();
    let gold = dir.join("gold.bio");
    fs::write(
        &gold,
        "قال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n\nزار O\nبغداد B-LOC\n",
    )
    .unwrap();
    let pred = dir.join("pred.bio");
    let out = khabar()
        .args(["eval", "--task", "ner", "--gold"])
        .arg(&gold)
        .arg("--out")
        .arg(&pred)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.contains("overall") && table.contains("gold entities 3"),
        "{table}"
    );
    assert_eq!(fs::read_to_string(&pred).unwrap().lines().count(), 10);
    let bad = dir.join("bad.bio");
    fs::write(&bad, "lonely\n").unwrap();
    let out = khabar()
        .args(["eval", "--task", "ner", "--gold"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("expected `TOKEN TAG`"));
    // a morphosyntax model is not a NER model
    let morph = repo_root().join("models/padt-news/khabar-padt-news.model");
    let out = khabar()
        .args(["ner", "--ner-model"])
        .arg(&morph)
        .arg(&gold)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a ner model"));
}

#[test]
fn dates_and_numbers_in_analyze_json() {
    let text = "قال مسؤول يوم الإثنين إن أربع هجمات وقعت في 3 مايو 2019 وقتل 25 شخصا.";
    let out = khabar()
        .args([
            "analyze",
            "--no-morph",
            "--no-ner",
            "--format",
            "json",
            "--published",
            "2019-03-12",
        ])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let dates = v["dates"].as_array().unwrap();
    assert_eq!(dates[0]["text"], "يوم الإثنين");
    assert_eq!(dates[0]["kind"], "weekday");
    assert_eq!(dates[0]["value"], "2019-03-11");
    assert_eq!(dates[1]["value"], "2019-05-03");
    let nums = v["numbers"].as_array().unwrap();
    assert_eq!(nums[0]["text"], "أربع");
    assert_eq!(nums[0]["value"], 4.0);
    assert_eq!(nums[0]["unit"]["text"], "هجمات");
    assert_eq!(nums[1]["value"], 25.0);
    assert_eq!(
        nums.len(),
        2,
        "the date's day and year are not numbers: {nums:?}"
    );
    assert!(check_offsets(text, &v) >= 6);
}

#[test]
fn analyze_jsonl_uses_each_records_date_and_reports_bad_records() {
    let dir = tempdir();
    let lines = [
        serde_json::json!({"id": "a1", "date": "2019-03-12T10:00:00+01:00",
            "text": "قال مسؤول أمس إن القصف توقف يوم الإثنين."})
        .to_string(),
        "{broken".to_string(),
        serde_json::json!({"id": "a2", "date": "21/11/2016", "text": "وقالت الوزارة اليوم إن 3 أشخاص قتلوا."})
            .to_string(),
        serde_json::json!({"id": "a3", "date": "soon", "text": "x"}).to_string(),
        serde_json::json!({"id": "a4", "body": "x"}).to_string(),
    ];
    let path = dir.join("articles.jsonl");
    fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = khabar()
        .args([
            "analyze",
            "--jsonl",
            "--id-field",
            "id",
            "--published-field",
            "date",
        ])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "bad records give exit code 2");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2: not JSON")
            && err.contains("line 4: unreadable date")
            && err.contains("line 5: no string field `text`"),
        "{err}"
    );
    let docs = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "a1");
    assert_eq!(docs[0]["line"], 1);
    assert_eq!(
        strs(&docs[0]["dates"], "value"),
        ["2019-03-11", "2019-03-11"]
    );
    assert_eq!(docs[0]["quotes"][0]["speaker"]["name"], "مسؤول");
    assert_eq!(docs[1]["id"], "a2");
    assert_eq!(docs[1]["dates"][0]["value"], "2016-11-21");
    assert_eq!(docs[1]["quotes"][0]["speaker"]["name"], "الوزارة");
}

#[test]
fn dedup_groups_copies_and_reports_bad_records() {
    let dir = tempdir();
    let story = fs::read_to_string(&examples()[0]).unwrap();
    let other = fs::read_to_string(&examples()[1]).unwrap();
    let copy = format!("الرياض (واس) - {}", story.replace('،', " "));
    let mut lines: Vec<String> = [("a", &story), ("b", &other), ("c", &copy)]
        .iter()
        .map(|(id, t)| serde_json::json!({"id": id, "text": t}).to_string())
        .collect();
    lines.insert(1, "{broken".into());
    lines.insert(2, serde_json::json!({"id": "d", "body": "x"}).to_string());
    let path = dir.join("c.jsonl");
    fs::write(&path, lines.join("\n") + "\n").unwrap();
    let out = khabar()
        .args(["dedup", "--id-field", "id"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "bad records give exit code 2");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2: not JSON") && err.contains("line 3: no string field `text`"),
        "{err}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let groups = json_lines(&stdout);
    assert_eq!(groups.len(), 1, "{stdout}");
    assert_eq!(strs(&groups[0]["members"], "id"), ["a", "c"]);
    assert_eq!(groups[0]["members"][1]["line"], 5);
}

#[test]
fn invalid_utf8_is_a_clear_error_with_exit_code_2() {
    let dir = tempdir();
    let bad = dir.join("bad.txt");
    let mut bytes = "سطر سليم\nثم ".as_bytes().to_vec();
    let offset = bytes.len();
    bytes.extend_from_slice(&[0xC3, 0x28, b'x', b'\n']);
    fs::write(&bad, &bytes).unwrap();
    for cmd in [
        &["normalize"][..],
        &["tokenize"],
        &["sentences"],
        &["translit"],
        &["analyze"],
    ] {
        khabar()
            .args(cmd)
            .arg(&bad)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "bad.txt: invalid UTF-8 at byte offset {offset}"
            )));
    }
    // --lossy replaces and succeeds
    khabar()
        .args(["normalize", "--lossy"])
        .arg(&bad)
        .assert()
        .success()
        .stdout(predicate::str::contains("\u{FFFD}"));
    // on standard input too
    khabar()
        .arg("tokenize")
        .write_stdin(bytes.clone())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "<stdin>: invalid UTF-8 at byte offset {offset}"
        )));
}

#[test]
fn a_bad_input_does_not_stop_the_others() {
    let dir = tempdir();
    let good = dir.join("good.txt");
    fs::write(&good, "نص سليم.").unwrap();
    khabar()
        .arg("sentences")
        .arg(dir.join("missing.txt"))
        .arg(&good)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.txt"))
        .stdout("نص سليم.\n");
}

#[test]
fn option_errors() {
    khabar()
        .args(["translit", "--scheme", "roman", "--reverse"])
        .write_stdin("x")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("one-way"));
    khabar()
        .args(["normalize", "--profile", "nope"])
        .assert()
        .code(2);
    khabar().arg("frobnicate").assert().code(2);
    khabar()
        .args(["analyze", "--published", "2019-13-01"])
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not a date YYYY-MM-DD"));
}

#[test]
fn stdin_and_empty_input() {
    khabar()
        .arg("tokenize")
        .write_stdin("")
        .assert()
        .success()
        .stdout("");
    khabar()
        .args(["analyze", "--format", "json"])
        .write_stdin("")
        .assert()
        .success()
        .stdout("{\"text\":\"\",\"sentences\":[],\"entities\":[],\"entity_groups\":[],\"dates\":[],\"numbers\":[],\"quotes\":[],\"dateline\":null,\"events\":[],\"keywords\":[],\"summary\":[]}\n");
    khabar()
        .args([
            "normalize",
            "--profile",
            "search",
            "--teh-marbuta",
            "--no-digits",
        ])
        .write_stdin("مدرسةٌ ٣")
        .assert()
        .success()
        .stdout("مدرسه ٣");
    khabar()
        .args(["translit", "--scheme", "hsb", "--escape"])
        .write_stdin("قالْ.")
        .assert()
        .success()
        .stdout("qAl.\\.");
}

#[test]
fn streams_long_input_without_newlines() {
    // 3 MB in one line: read in chunks, offsets stay global
    let unit = "قالت الوكالة إن الوضع هادئ، ";
    let n = 3_000_000 / unit.len();
    let text = unit.repeat(n);
    let out = khabar()
        .args(["tokenize", "--format", "jsonl"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let last: Value = serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
    assert_eq!(
        last["byte_end"].as_u64().unwrap() as usize,
        text.trim_end().len()
    );
    assert_eq!(stdout.lines().count(), n * 6);
    let norm = khabar()
        .arg("normalize")
        .write_stdin(text.clone())
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(norm.stdout).unwrap(), text);
}

#[test]
fn sentences_stream_across_chunks_like_whole_text() {
    // the same text as one document and as a stream must give the same sentences
    let text = "دمشق (وكالات الانباء) -\nقال مسؤول إن «الوضع هادئ. والقوات منتشرة». وأضاف أن 3.5 مليون شخص نزحوا.\n".repeat(2000);
    let out = khabar()
        .args(["sentences", "--format", "jsonl"])
        .write_stdin(text.clone())
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines = json_lines(&stdout);
    assert_eq!(lines.len(), 4000);
    for v in &lines {
        check_offsets(&text, v);
    }
    assert_eq!(
        lines[0]["text"],
        "دمشق (وكالات الانباء) -\nقال مسؤول إن «الوضع هادئ. والقوات منتشرة»."
    );
}

fn tempdir() -> PathBuf {
    let d = std::env::temp_dir().join(format!(
        "khabar-cli-test-{}-{}",
        std::process::id(),
        rand_suffix()
    ));
    fs::create_dir_all(&d).unwrap();
    d
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
}

#[test]
fn a_ner_model_trained_with_word_classes_gets_them_everywhere() {
    let dir = tempdir();
    let train = dir.join("train.bio");
    let mut bio = String::new();
    for _ in 0..8 {
        bio.push_str("قال O\nالرئيس O\nجورج B-PERS\nبوش I-PERS\nفي O\nواشنطن B-LOC\n\n");
        bio.push_str("زار O\nالوزير O\nبغداد B-LOC\nأمس O\n\n");
    }
    fs::write(&train, &bio).unwrap();
    let model = dir.join("ner.model");
    let out = khabar()
        .args(["train", "--task", "ner", "--word-classes", "--epochs", "3"])
        .args(["--stack-folds", "0", "--licence", "test", "--train"])
        .arg(&train)
        .arg("--out")
        .arg(&model)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = "قال الرئيس جورج بوش في واشنطن";
    // `khabar ner` and `analyze --no-morph` run the morphosyntax model for the classes
    // (and `analyze` does not print its words)
    let ner = khabar()
        .args(["ner", "--format", "jsonl", "--ner-model"])
        .arg(&model)
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(ner.status.success());
    let lines = String::from_utf8(ner.stdout).unwrap();
    assert!(lines.contains("\"text\":\"جورج بوش\""), "{lines}");
    let json = khabar()
        .args(["analyze", "--no-morph", "--format", "json", "--ner-model"])
        .arg(&model)
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(json.status.success());
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["entities"][0]["text"], "جورج بوش");
    assert!(v["sentences"][0]["tokens"][0].get("words").is_none());
    let eval = khabar()
        .args(["eval", "--task", "ner", "--gold"])
        .arg(&train)
        .arg("--ner-model")
        .arg(&model)
        .output()
        .unwrap();
    assert!(eval.status.success());
    let table = String::from_utf8(eval.stdout).unwrap();
    assert!(table.contains("overall"), "{table}");
}
