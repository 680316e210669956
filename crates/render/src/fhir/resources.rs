//! The handful of FHIR R4 resources and data types Relief writes, as serde types: only the
//! elements Relief fills, in the order the specification lists them, absent ones left out.

use serde::Serialize;

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Bundle {
    pub resource_type: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub entry: Vec<BundleEntry>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BundleEntry {
    pub full_url: String,
    pub resource: Resource,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(tag = "resourceType")]
pub enum Resource {
    Patient(Patient),
    Device(Device),
    Observation(Box<Observation>),
    /// A red flag reported with a check-in: an Observation whose value is its words.
    #[serde(rename = "Observation")]
    Finding(Box<Finding>),
    Procedure(Box<Procedure>),
    Provenance(Provenance),
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Patient {
    pub identifier: Vec<Identifier>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub name: Vec<HumanName>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct HumanName {
    pub text: String,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    pub identifier: Vec<Identifier>,
    pub device_name: Vec<DeviceName>,
    pub version: Vec<DeviceVersion>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct DeviceName {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct DeviceVersion {
    pub value: String,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    pub identifier: Vec<Identifier>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub part_of: Vec<Reference>,
    pub status: &'static str,
    pub category: Vec<CodeableConcept>,
    pub code: CodeableConcept,
    pub subject: Reference,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_date_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_period: Option<Period>,
    pub value_quantity: Quantity,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_site: Option<CodeableConcept>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub has_member: Vec<Reference>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub component: Vec<Component>,
}

/// An Observation of a sign the person reported (a red flag, `docs/safety.md`): coded by
/// Relief's key, its value the sign in words.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub identifier: Vec<Identifier>,
    pub status: &'static str,
    pub category: Vec<CodeableConcept>,
    pub code: CodeableConcept,
    pub subject: Reference,
    pub effective_date_time: String,
    pub value_string: String,
    pub derived_from: Vec<Reference>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Component {
    pub code: CodeableConcept,
    pub value_quantity: Quantity,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Procedure {
    pub identifier: Vec<Identifier>,
    pub status: &'static str,
    pub code: CodeableConcept,
    pub subject: Reference,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub performed_date_time: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub performed_period: Option<Period>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub note: Vec<Annotation>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Provenance {
    pub target: Vec<Reference>,
    pub recorded: String,
    pub agent: Vec<ProvenanceAgent>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct ProvenanceAgent {
    #[serde(rename = "type")]
    pub kind: CodeableConcept,
    pub who: Reference,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Identifier {
    pub system: &'static str,
    pub value: String,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Reference {
    pub reference: String,
}

#[derive(Serialize, Debug, Clone, PartialEq, Default)]
pub struct CodeableConcept {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Coding {
    pub system: &'static str,
    pub code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Quantity {
    #[serde(serialize_with = "decimal")]
    pub value: f64,
    pub unit: &'static str,
    pub system: &'static str,
    pub code: &'static str,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Period {
    pub start: String,
    pub end: String,
}

#[derive(Serialize, Debug, Clone, PartialEq)]
pub struct Annotation {
    pub text: String,
}

/// A decimal as FHIR readers expect it: whole numbers without a fraction (`4`, not `4.0`).
fn decimal<S: serde::Serializer>(value: &f64, s: S) -> Result<S::Ok, S::Error> {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        s.serialize_i64(*value as i64)
    } else {
        s.serialize_f64(*value)
    }
}
