/**
 * Structured JSON logs. Request headers are never logged; the redact list is a second line of defence
 * for anything that might still carry a credential.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

const REDACTED_PATHS = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'apiToken',
  '*.apiToken',
  'databaseUrl',
  '*.databaseUrl',
  'password',
  '*.password',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'srp-service' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
