/**
 * Documents that are valid JSON but not scan reports, refused with a message that says what they
 * are and what to run instead.
 */
import { InputError } from '../errors.js';
import { isRec } from './shape.js';

export function refuseNonReports(document: unknown, file: string): void {
  if (!isRec(document)) return;
  if (document.bomFormat === 'CycloneDX' || typeof document.spdxVersion === 'string' || (typeof document.SPDXID === 'string' && 'packages' in document)) {
    const kind = document.bomFormat === 'CycloneDX' ? 'a CycloneDX SBOM' : 'an SPDX SBOM';
    throw new InputError(
      file,
      `this is ${kind}, not a scan report: run trivy sbom on it (trivy sbom --format json ${'<file>'}) and pass that report`,
    );
  }
}
