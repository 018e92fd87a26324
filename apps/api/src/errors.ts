import type { ErrorBody } from '@aila/domain';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';

const STATUS = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, ContentfulStatusCode>;
export type ErrorCode = keyof typeof STATUS;

export interface ErrorDetail {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'AppError';
  }
  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }
}

export function errorBody(code: ErrorCode, message: string, details?: ErrorDetail[]): ErrorBody {
  return { error: { code, message, ...(details ? { details } : {}) } };
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
  return c.json(errorBody('validation', `Invalid value for ${fields.join(', ') || 'the request'}.`, details), 400);
}

export function handleError(error: Error, c: Context, log: (message: string, error: unknown) => void): Response {
  if (error instanceof AppError) return c.json(errorBody(error.code, error.message, error.details), error.status);
  if (error instanceof HTTPException) {
    const status = error.status;
    const code: ErrorCode =
      status === 413
        ? 'payload_too_large'
        : status === 401
          ? 'unauthorized'
          : status === 403
            ? 'forbidden'
            : 'validation';
    return c.json(
      errorBody(code, error.message || 'The request could not be processed.'),
      status as ContentfulStatusCode,
    );
  }
  log(`${c.req.method} ${c.req.path} failed`, error);
  return c.json(errorBody('internal', 'Something went wrong on our side. Please try again later.'), 500);
}
