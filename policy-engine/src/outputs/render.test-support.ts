/**
 * Writers produce their output in pieces through a callback (outputs of tens of MB are never one
 * string). Tests compare whole texts: these collect the pieces.
 */
import type { Evaluation, Verdict } from '../policy/verdict.js';
import type { NormalizedRun } from '../sarif/model.js';
import { writeHtmlReport } from './html.js';
import { writeJUnit } from './junit.js';
import { writeVerdictJson } from './verdict-json.js';

/** Everything a piece-wise writer writes, as one string. */
export function collectPieces(produce: (write: (piece: string) => void) => void): string {
  const pieces: string[] = [];
  produce((piece) => pieces.push(piece));
  return pieces.join('');
}

export const renderJUnit = (runs: readonly NormalizedRun[], evaluation: Evaluation): string =>
  collectPieces((write) => writeJUnit(runs, evaluation, write));

export const renderHtmlReport = (verdict: Verdict): string => collectPieces((write) => writeHtmlReport(verdict, write));

export const renderVerdictJson = (verdict: Verdict): string => collectPieces((write) => writeVerdictJson(verdict, write));
