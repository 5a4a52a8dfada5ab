import pino from 'pino';

export type Logger = pino.Logger;

/** Structured logs. Tokens never reach them: known fields are redacted, and URLs are logged without their query. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: ['token', 'editToken', 'viewToken', '*.token', '*.editToken', '*.viewToken', 'headers.authorization'],
      censor: '[redacted]',
    },
  });
}

export function pathOnly(url: string | undefined): string {
  return (url ?? '').split('?')[0] ?? '';
}
