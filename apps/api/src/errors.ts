import { ERROR_STATUS, type ErrorBody, type ErrorCode, ErrorSchema } from '@aila/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

export type { ErrorCode };

export interface ErrorDetail {
  path: string;
  message: string;
  messages?: { en: string; vi: string };
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    readonly changes?: ErrorBody['error']['changes'],
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): ContentfulStatusCode {
    return ERROR_STATUS[this.code];
  }
}

export function errorBody(
  c: Context,
  code: ErrorCode,
  message: string,
  details?: ErrorDetail[],
  changes?: ErrorBody['error']['changes'],
): ErrorBody {
  const requestId = (c.get('requestId') as string | undefined) ?? '-';
  return { error: { code, message, ...(details ? { details } : {}), ...(changes ? { changes } : {}), requestId } };
}

/** Answers an error in the shared envelope with its status. */
export function errorResponse(
  c: Context,
  code: ErrorCode,
  message: string,
  details?: ErrorDetail[],
  changes?: ErrorBody['error']['changes'],
): Response {
  return c.json(errorBody(c, code, message, details, changes), ERROR_STATUS[code]);
}

const DESCRIPTIONS: Record<ErrorCode, string> = {
  validation: 'A parameter or field is unknown or invalid; `details` names each one',
  unauthorized: 'Sign-in or a token is required',
  forbidden: 'The signed-in user may not do this',
  not_found: 'Nothing has this id',
  method_not_allowed: 'The method is not allowed here',
  conflict: 'The record changed since the revision given',
  payload_too_large: 'The request body is too large',
  rate_limited: 'Too many requests; retry after the time in Retry-After',
  internal: 'Something failed on our side; the request id helps us find it',
};

/** The documented error responses of a route: the codes given, and always 500. */
/** What a save of a draft or of answers can meet: bad input, no session or right, a stale base, limits. */
export const SAVE_ERRORS: ErrorCode[] = [
  'validation',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'payload_too_large',
];

export function errorResponses(...codes: ErrorCode[]) {
  return Object.fromEntries(
    [...new Set<ErrorCode>([...codes, 'internal'])].map((code) => [
      ERROR_STATUS[code],
      { description: DESCRIPTIONS[code], content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  );
}

export function zodDetails(error: ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.join('.') : String((issue as { keys?: string[] }).keys ?? ''),
    message: issue.message,
  }));
}

/** Turns a failed validation into a 400 naming each field. */
export function validationHook(
  result: { success: true } | { success: false; error: ZodError },
  c: Context,
): Response | undefined {
  if (result.success) return undefined;
  const details = zodDetails(result.error);
  const fields = [...new Set(details.map((d) => d.path).filter(Boolean))];
  return errorResponse(c, 'validation', `Invalid value for ${fields.join(', ') || 'the request'}.`, details);
}

const HTTP_CODES: Partial<Record<number, ErrorCode>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  429: 'rate_limited',
};

/** One place for every failure: known errors keep their code, anything else is logged and answered safely. */
export function handleError(error: Error, c: Context, log: (message: string, error: unknown) => void): Response {
  if (error instanceof AppError) return errorResponse(c, error.code, error.message, error.details, error.changes);
  if (error instanceof HTTPException && error.status < 500) {
    const code = HTTP_CODES[error.status] ?? 'validation';
    return c.json(
      errorBody(c, code, error.message || 'The request could not be processed.'),
      error.status as ContentfulStatusCode,
    );
  }
  log(`${c.req.method} ${c.req.path} failed (request ${c.get('requestId') ?? '-'})`, error);
  return errorResponse(c, 'internal', 'Something went wrong on our side. Please try again later.');
}
