// Argument checks for the staffing maths: figures come from users (API, CLI), so a bad one is a
// validation error naming the field, not a NaN that travels into a plan.
import { DomainError } from '../../core/errors.ts';

export function requireFinite(field: string, value: number, range: { min?: number; max?: number } = {}): void {
  const { min = -Infinity, max = Infinity } = range;
  if (!Number.isFinite(value) || value < min || value > max) {
    const lower = min === Number.MIN_VALUE ? '> 0' : min > -Infinity ? `≥ ${min}` : '';
    const bounds = [lower, max < Infinity ? `≤ ${max}` : '']
      .filter(Boolean).join(' and ');
    throw new DomainError('validation_failed', `${field} must be a finite number${bounds ? ` ${bounds}` : ''}, got ${value}`, { field });
  }
}

export function requireNonNegativeInteger(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new DomainError('validation_failed', `${field} must be a whole number ≥ 0, got ${value}`, { field });
  }
}

/** A share strictly between 0 and 1 (a service-level target of 100% can never be met by a queue). */
export function requireShare(field: string, value: number, options: { allowZero?: boolean } = {}): void {
  const ok = Number.isFinite(value) && value < 1 && (options.allowZero ? value >= 0 : value > 0);
  if (!ok) {
    throw new DomainError('validation_failed', `${field} must be a share ${options.allowZero ? '≥ 0' : '> 0'} and < 1, got ${value}`, { field });
  }
}
