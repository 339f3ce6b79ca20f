// Parsers for CLI option values: a bad value is a UsageError naming the flag.
import { InvalidArgumentError } from 'commander';

export function positiveInteger(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`${flag} expects a positive integer, got "${value}"`);
    return n;
  };
}

export function portNumber(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`expects a port between 0 and 65535, got "${value}"`);
  return n;
}
