//! `khabar bench`: placeholder until written below.
use clap::Args;
#[derive(Args, Debug)]
pub struct BenchArgs {}
pub fn run(_a: &BenchArgs) -> anyhow::Result<crate::input::Status> {
    Ok(Default::default())
}
