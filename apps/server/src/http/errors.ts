import { ERROR_STATUS, type ErrorBody, type ErrorCode, type FieldIssue } from '@keten/shared';

/** The one error type services throw. The error handler turns it into the error shape. */
export class AppError extends Error {
  constructor(
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what = 'Not found'): AppError => new AppError('not_found', what);
export const forbidden = (why = 'Forbidden'): AppError => new AppError('forbidden', why);
export const conflict = (why: string, details?: unknown): AppError => new AppError('conflict', why, details);
export const domainRule = (why: string, details?: unknown): AppError => new AppError('domain_rule', why, details);
export const validationFailed = (issues: FieldIssue[]): AppError =>
  new AppError('validation_failed', 'The request is not valid', { issues });

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}
