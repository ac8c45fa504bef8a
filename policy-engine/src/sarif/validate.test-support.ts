/**
 * Validates a SARIF log against the official SARIF 2.1.0 JSON schema (draft-04, hence ajv-draft-04).
 * The schema is loaded from a path the caller passes (tests use ../shared/fixtures), never copied
 * into the repository.
 */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

// ajv-draft-04 is CommonJS with `exports.default`; under NodeNext the default import is the module.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ?? AjvModule) as unknown as typeof AjvModule.default;

const compiled = new Map<string, ValidateFunction>();

/** Compiles a validator from an already-loaded schema document. */
export function compileSarifValidator(schema: object): (log: unknown) => string[] {
  const validate = newAjv().compile(schema);
  return (log) => check(validate, log);
}

/** Errors as `instancePath message` lines; empty when the log is valid. */
export function validateSarifLog(log: unknown, schemaPath: string): string[] {
  let validate = compiled.get(schemaPath);
  if (validate === undefined) {
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    validate = newAjv().compile(schema);
    compiled.set(schemaPath, validate);
  }
  return check(validate, log);
}

function newAjv() {
  // strict: false — the OASIS schema uses keywords ajv's strict mode rejects; formats are not checked
  // (uri-reference etc. would need ajv-formats, and the SARIF Multitool check covers them).
  return new Ajv({ allErrors: true, strict: false, validateFormats: false });
}

function check(validate: ValidateFunction, log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}
