//! A range of the journal as one FHIR R4 `Bundle` (type `collection`) for clinic systems:
//! the Patient, Relief as the Device that assembled it, an Observation per rating (and per
//! region rated), a Procedure per remedy session with the rating after it, the weekly PEG, and
//! a Provenance. Every `fullUrl` and `identifier` comes from the journal's id and the check-ins'
//! ids, so the same range gives the same file and a clinic can import it again without
//! duplicates. What each element holds, and what is not carried: `docs/fhir.md`.

pub mod resources;

use std::io::Write;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use uuid::Uuid;

use crate::analysis::peg_weekly;
use crate::error::{Error, Result};
use crate::model::{label_of, Entry, Label, Region, RegionRating, RemedyUse, Snapshot};
use resources::*;

/// Relief's own identifier and code systems: URNs, stable across versions (`docs/fhir.md`).
pub mod system {
    /// A journal (the Patient's identifier): its id.
    pub const JOURNAL: &str = "urn:relief:journal";
    /// A check-in (its rating's Observation): the entry's id.
    pub const ENTRY: &str = "urn:relief:entry";
    /// A region's rating in a check-in: `<entry id>/<region key>`.
    pub const ENTRY_REGION: &str = "urn:relief:entry-region";
    /// A remedy session (Procedure): `<entry id>/<remedy key>`.
    pub const REMEDY_USE: &str = "urn:relief:remedy-use";
    /// The rating after a remedy session: `<entry id>/<remedy key>`.
    pub const RATING_AFTER: &str = "urn:relief:rating-after";
    /// A week's PEG: `<journal id>/<week's Monday>`.
    pub const PEG_WEEK: &str = "urn:relief:peg-week";
    /// Code system: remedies by their key.
    pub const REMEDY: &str = "urn:relief:remedy";
    /// A red flag reported with a check-in: `<entry id>/<flag key>`.
    pub const RED_FLAG_REPORT: &str = "urn:relief:red-flag-report";
    /// Code system: red flags by their key (`docs/safety.md`).
    pub const RED_FLAG: &str = "urn:relief:red-flag";
    /// Code system: body regions by their key.
    pub const REGION: &str = "urn:relief:region";
    /// Code system: Relief's measures (`peg-week`, `enjoyment-interference`,
    /// `activity-interference`).
    pub const MEASURE: &str = "urn:relief:measure";
    /// Relief installs (the Device's identifier).
    pub const APP: &str = "urn:relief:app";
}

const LOINC: &str = "http://loinc.org";
const SNOMED: &str = "http://snomed.info/sct";
const UCUM: &str = "http://unitsofmeasure.org";
const OBSERVATION_CATEGORY: &str = "http://terminology.hl7.org/CodeSystem/observation-category";
const PARTICIPANT_TYPE: &str = "http://terminology.hl7.org/CodeSystem/provenance-participant-type";

/// LOINC 72514-3, the 0–10 numeric rating scale as the patient reports it.
const PAIN_SEVERITY: &str = "72514-3";
const PAIN_SEVERITY_DISPLAY: &str = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

/// Who and what the bundle is about, beside the snapshot.
pub struct Subject<'a> {
    /// The journal's own id, the root of every id in the bundle.
    pub journal: Uuid,
    /// The Patient's name, when the person gives one.
    pub name: Option<&'a Label>,
}

/// SNOMED CT body structures for the regions that have a code Relief has confirmed; the others
/// are carried as text and Relief's own region code.
fn snomed(region: Region) -> Option<&'static str> {
    match region {
        Region::BetweenShoulderBlades => Some("3865001"),
        Region::Neck => Some("45048000"),
        Region::LowerBack => Some("37822005"),
        _ => None,
    }
}

/// Writes the bundle as pretty JSON with a final newline.
pub fn export(snapshot: &Snapshot, subject: &Subject<'_>, out: &mut dyn Write) -> Result<()> {
    let bundle = bundle(snapshot, subject);
    serde_json::to_writer_pretty(&mut *out, &bundle).map_err(|e| Error::Internal {
        what: "writing the FHIR bundle",
        detail: e.to_string(),
    })?;
    out.write_all(b"\n")
        .map_err(|e| Error::io(std::path::Path::new("the FHIR bundle"), e))
}

/// The snapshot's check-ins as a bundle: same snapshot and subject, same bundle.
pub fn bundle(snapshot: &Snapshot, subject: &Subject<'_>) -> Bundle {
    let ids = Ids {
        journal: subject.journal,
    };
    let patient_url = ids.url("patient");
    let device_url = ids.url("device");
    let mut entries = who(subject, &patient_url, &device_url).to_vec();
    let patient = || Reference {
        reference: patient_url.clone(),
    };
    let mut targets = Vec::new();
    let mut push = |entries: &mut Vec<BundleEntry>, full_url: String, resource: Resource| {
        targets.push(Reference {
            reference: full_url.clone(),
        });
        entries.push(BundleEntry { full_url, resource });
    };

    for e in &snapshot.entries {
        let id = e.id.to_string();
        let (observation, regions) = rating(snapshot, e, &ids, patient());
        push(&mut entries, ids.url(&format!("entry|{id}")), observation);
        for (url, region) in regions {
            push(&mut entries, url, region);
        }
        for flag in &e.red_flags {
            let resource = red_flag(e, *flag, &ids.url(&format!("entry|{id}")), patient());
            push(
                &mut entries,
                ids.url(&format!("red-flag|{id}|{flag}")),
                resource,
            );
        }
        for u in &e.remedies {
            let name = label_of(&snapshot.remedies, u.key.as_str());
            let procedure_url = ids.url(&format!("remedy-use|{id}|{}", u.key));
            push(
                &mut entries,
                procedure_url.clone(),
                session(e, u, &name, patient()),
            );
            if let Some(after) = rating_after(e, u, &name, &procedure_url, patient()) {
                push(
                    &mut entries,
                    ids.url(&format!("rating-after|{id}|{}", u.key)),
                    after,
                );
            }
        }
    }
    for week in peg_weekly(&snapshot.entries) {
        let monday = week.week_start;
        push(
            &mut entries,
            ids.url(&format!("peg-week|{monday}")),
            peg(subject.journal, monday, week.peg, patient()),
        );
    }

    let newest = snapshot
        .entries
        .iter()
        .map(|e| e.recorded_at.datetime())
        .max();
    if let Some(newest) = newest {
        let resource = provenance(targets, newest, patient(), device_url);
        entries.push(BundleEntry {
            full_url: ids.url("provenance"),
            resource,
        });
    }
    Bundle {
        resource_type: "Bundle",
        kind: "collection",
        entry: entries,
    }
}

/// The person the check-ins are of, and Relief as the device that assembled them.
fn who(subject: &Subject<'_>, patient_url: &str, device_url: &str) -> [BundleEntry; 2] {
    let patient = Resource::Patient(Patient {
        identifier: vec![Identifier {
            system: system::JOURNAL,
            value: subject.journal.to_string(),
        }],
        name: subject
            .name
            .map(|n| HumanName {
                text: n.as_str().to_owned(),
            })
            .into_iter()
            .collect(),
    });
    let device = Resource::Device(Device {
        identifier: vec![Identifier {
            system: system::APP,
            value: subject.journal.to_string(),
        }],
        device_name: vec![DeviceName {
            name: "Relief".into(),
            kind: "user-friendly-name",
        }],
        version: vec![DeviceVersion {
            value: env!("CARGO_PKG_VERSION").into(),
        }],
    });
    [
        BundleEntry {
            full_url: patient_url.to_owned(),
            resource: patient,
        },
        BundleEntry {
            full_url: device_url.to_owned(),
            resource: device,
        },
    ]
}

/// Who wrote the resources (the person) and who put them together (Relief), as of the newest.
fn provenance(
    target: Vec<Reference>,
    newest: chrono::DateTime<chrono::FixedOffset>,
    patient: Reference,
    device_url: String,
) -> Resource {
    Resource::Provenance(Provenance {
        target,
        recorded: instant(newest),
        agent: vec![
            agent("author", patient),
            agent(
                "assembler",
                Reference {
                    reference: device_url,
                },
            ),
        ],
    })
}

/// Every `fullUrl` is a name-based UUID under the journal's id: unique to the journal, the same
/// on every export.
struct Ids {
    journal: Uuid,
}

impl Ids {
    fn url(&self, name: &str) -> String {
        format!("urn:uuid:{}", Uuid::new_v5(&self.journal, name.as_bytes()))
    }
}

fn agent(code: &str, who: Reference) -> ProvenanceAgent {
    ProvenanceAgent {
        kind: CodeableConcept {
            coding: vec![Coding {
                system: PARTICIPANT_TYPE,
                code: code.into(),
                display: None,
            }],
            text: None,
        },
        who,
    }
}

fn score(value: f64) -> Quantity {
    Quantity {
        value,
        unit: "{score}",
        system: UCUM,
        code: "{score}",
    }
}

fn pain_severity() -> CodeableConcept {
    CodeableConcept {
        coding: vec![Coding {
            system: LOINC,
            code: PAIN_SEVERITY.into(),
            display: Some(PAIN_SEVERITY_DISPLAY.into()),
        }],
        text: Some("Soreness, 0–10".into()),
    }
}

fn survey() -> Vec<CodeableConcept> {
    vec![CodeableConcept {
        coding: vec![Coding {
            system: OBSERVATION_CATEGORY,
            code: "survey".into(),
            display: Some("Survey".into()),
        }],
        text: None,
    }]
}

fn measure(code: &str, text: &str) -> CodeableConcept {
    CodeableConcept {
        coding: vec![Coding {
            system: system::MEASURE,
            code: code.into(),
            display: Some(text.into()),
        }],
        text: Some(text.into()),
    }
}

fn body_site(region: Region) -> CodeableConcept {
    let mut coding: Vec<Coding> = snomed(region)
        .map(|code| Coding {
            system: SNOMED,
            code: code.into(),
            display: None,
        })
        .into_iter()
        .collect();
    coding.push(Coding {
        system: system::REGION,
        code: region.key().into(),
        display: Some(region.label().into()),
    });
    CodeableConcept {
        coding,
        text: Some(region.label().into()),
    }
}

/// An instant as FHIR writes it: seconds and the UTC offset it was recorded with.
fn instant(at: DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

fn minutes(m: Option<crate::model::Minutes>) -> Duration {
    Duration::minutes(i64::from(m.map_or(0, |m| m.get())))
}

/// The check-in's rating, and one Observation per region when its regions need their own: a
/// check-in naming one region without a rating of its own carries that region as its body
/// site; otherwise each region gets an Observation (its own rating, or the check-in's when it
/// has none — as Relief's analysis reads it) that the check-in's Observation lists as members.
fn rating(
    snapshot: &Snapshot,
    e: &Entry,
    ids: &Ids,
    patient: Reference,
) -> (Resource, Vec<(String, Resource)>) {
    let id = e.id.to_string();
    let single = match e.regions.as_slice() {
        [only] if only.rating.is_none() => Some(only.region),
        _ => None,
    };
    let regions: Vec<(String, Resource)> = if single.is_some() {
        Vec::new()
    } else {
        e.regions
            .iter()
            .map(|r| region_rating(e, r, ids, patient.clone()))
            .collect()
    };
    let mut note = Vec::new();
    if let Some(text) = &e.note {
        note.push(Annotation {
            text: text.as_str().to_owned(),
        });
    }
    if !e.causes.is_empty() {
        let causes: Vec<String> = e
            .causes
            .iter()
            .map(|c| label_of(&snapshot.causes, c.as_str()))
            .collect();
        note.push(Annotation {
            text: format!("Suspected causes: {}", causes.join(", ")),
        });
    }
    let component = interference(e);
    let observation = Observation {
        identifier: vec![Identifier {
            system: system::ENTRY,
            value: id,
        }],
        part_of: Vec::new(),
        status: "final",
        category: survey(),
        code: pain_severity(),
        subject: patient,
        effective_date_time: Some(e.recorded_at.to_rfc3339()),
        effective_period: None,
        value_quantity: score(f64::from(e.rating.get())),
        note,
        body_site: single.map(body_site),
        has_member: regions
            .iter()
            .map(|(url, _)| Reference {
                reference: url.clone(),
            })
            .collect(),
        component,
    };
    (Resource::Observation(Box::new(observation)), regions)
}

/// One region's rating: its own, or the check-in's when it has none.
fn region_rating(e: &Entry, r: &RegionRating, ids: &Ids, patient: Reference) -> (String, Resource) {
    let id = e.id.to_string();
    let url = ids.url(&format!("entry-region|{id}|{}", r.region.key()));
    let observation = Observation {
        identifier: vec![Identifier {
            system: system::ENTRY_REGION,
            value: format!("{id}/{}", r.region.key()),
        }],
        part_of: Vec::new(),
        status: "final",
        category: survey(),
        code: pain_severity(),
        subject: patient,
        effective_date_time: Some(e.recorded_at.to_rfc3339()),
        effective_period: None,
        value_quantity: score(f64::from(r.rating.unwrap_or(e.rating).get())),
        note: Vec::new(),
        body_site: Some(body_site(r.region)),
        has_member: Vec::new(),
        component: Vec::new(),
    };
    (url, Resource::Observation(Box::new(observation)))
}

/// The PEG's two interference scores, when the check-in has them.
fn interference(e: &Entry) -> Vec<Component> {
    let mut component = Vec::new();
    if let Some(enjoyment) = e.enjoyment {
        component.push(Component {
            code: measure(
                "enjoyment-interference",
                "Interference with enjoyment of life, 0–10",
            ),
            value_quantity: score(f64::from(enjoyment.get())),
        });
    }
    if let Some(activity) = e.activity {
        component.push(Component {
            code: measure(
                "activity-interference",
                "Interference with general activity, 0–10",
            ),
            value_quantity: score(f64::from(activity.get())),
        });
    }
    component
}

/// A remedy session: performed at the check-in's time, over its minutes when they were given.
fn session(e: &Entry, u: &RemedyUse, name: &str, patient: Reference) -> Resource {
    let start = e.recorded_at.datetime();
    let (performed_date_time, performed_period) = match u.minutes {
        Some(m) => (
            None,
            Some(Period {
                start: instant(start),
                end: instant(start + minutes(Some(m))),
            }),
        ),
        None => (Some(instant(start)), None),
    };
    Resource::Procedure(Box::new(Procedure {
        identifier: vec![Identifier {
            system: system::REMEDY_USE,
            value: format!("{}/{}", e.id, u.key),
        }],
        status: "completed",
        code: CodeableConcept {
            coding: vec![Coding {
                system: system::REMEDY,
                code: u.key.to_string(),
                display: Some(name.to_owned()),
            }],
            text: Some(name.to_owned()),
        },
        subject: patient,
        performed_date_time,
        performed_period,
        note: u
            .detail
            .as_ref()
            .map(|d| Annotation {
                text: d.as_str().to_owned(),
            })
            .into_iter()
            .collect(),
    }))
}

/// The rating after a session, part of it; timed when Relief knows how long after it was given.
fn rating_after(
    e: &Entry,
    u: &RemedyUse,
    name: &str,
    procedure_url: &str,
    patient: Reference,
) -> Option<Resource> {
    let after = u.rating_after?;
    let effective = u
        .after_minutes
        .map(|later| instant(e.recorded_at.datetime() + minutes(u.minutes) + minutes(Some(later))));
    Some(Resource::Observation(Box::new(Observation {
        identifier: vec![Identifier {
            system: system::RATING_AFTER,
            value: format!("{}/{}", e.id, u.key),
        }],
        part_of: vec![Reference {
            reference: procedure_url.to_owned(),
        }],
        status: "final",
        category: survey(),
        code: pain_severity(),
        subject: patient,
        effective_date_time: effective,
        effective_period: None,
        value_quantity: score(f64::from(after.get())),
        note: vec![Annotation {
            text: format!("Soreness after {name}"),
        }],
        body_site: None,
        has_member: Vec::new(),
        component: Vec::new(),
    })))
}

/// A red flag reported with a check-in, derived from the check-in's rating Observation.
fn red_flag(
    e: &Entry,
    flag: crate::model::RedFlag,
    entry_url: &str,
    patient: Reference,
) -> Resource {
    Resource::Finding(Box::new(Finding {
        identifier: vec![Identifier {
            system: system::RED_FLAG_REPORT,
            value: format!("{}/{flag}", e.id),
        }],
        status: "final",
        category: survey(),
        code: CodeableConcept {
            coding: vec![Coding {
                system: system::RED_FLAG,
                code: flag.key().to_owned(),
                display: Some(flag.label().to_owned()),
            }],
            text: Some(format!(
                "Red flag reported with the soreness: {}",
                flag.label()
            )),
        },
        subject: patient,
        effective_date_time: instant(e.recorded_at.datetime()),
        value_string: flag.label().to_owned(),
        derived_from: vec![Reference {
            reference: entry_url.to_owned(),
        }],
    }))
}

/// A week's PEG (the mean over its check-ins that rated both interferences of pain, enjoyment
/// interference and activity interference), Monday to Sunday.
fn peg(journal: Uuid, monday: NaiveDate, value: f64, patient: Reference) -> Resource {
    Resource::Observation(Box::new(Observation {
        identifier: vec![Identifier {
            system: system::PEG_WEEK,
            value: format!("{journal}/{monday}"),
        }],
        part_of: Vec::new(),
        status: "final",
        category: survey(),
        code: measure(
            "peg-week",
            "PEG (pain, enjoyment, general activity), mean of the week, 0–10",
        ),
        subject: patient,
        effective_date_time: None,
        effective_period: Some(Period {
            start: monday.to_string(),
            end: (monday + Duration::days(6)).to_string(),
        }),
        value_quantity: score(value),
        note: Vec::new(),
        body_site: None,
        has_member: Vec::new(),
        component: Vec::new(),
    }))
}
