//! What speaking a language costs: reading one language's messages (with English behind it)
//! and saying a verdict sentence. Paid once per CLI command that prints words, and per app
//! command that does.
//!
//! `cargo bench --bench messages`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use relief::i18n::{Lang, Messages, Value};

fn messages_benches(c: &mut Criterion) {
    c.bench_function("read the English messages", |b| {
        b.iter(|| black_box(Messages::new(Lang::En)))
    });
    c.bench_function("read the German messages, English behind them", |b| {
        b.iter(|| black_box(Messages::new(Lang::De)))
    });
    let de = Messages::new(Lang::De);
    c.bench_function("say a verdict sentence in German", |b| {
        b.iter(|| {
            black_box(de.get(
                "session-helped",
                &[
                    ("name", Value::Text("Wärme")),
                    ("points", Value::Text(&de.points(1.53))),
                    ("low", Value::Text(&de.one(1.21))),
                    ("high", Value::Text(&de.one(1.9))),
                ],
            ))
        })
    });
}

criterion_group!(benches, messages_benches);
criterion_main!(benches);
