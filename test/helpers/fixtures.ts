import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
/** ../shared beside the checkout, where the gold annotations and eval sets live (absent outside the workplace). */
export const SHARED = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');

export const readFixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
export const seedPage = (): string => readFixture('seed-wuxi-2023-06-30.txt');
export const hasShared = (path: string): boolean => existsSync(join(SHARED, path));

/** Removes every whitespace character, as the gold comparisons do. */
export const squash = (s: string | undefined): string => (s ?? '').replace(/\s+/g, '');
