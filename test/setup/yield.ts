// Runs before every test file. A worker that does long synchronous work (the hostile-input and property tests run
// for tens of seconds) never reaches the poll phase of its event loop between tests, because vitest moves from test
// to test on promises alone. vitest's messages to the worker then go unanswered, and after 60 seconds it fails the
// whole run with "Timeout calling onTaskUpdate" though every test passed. One macrotask turn after each test lets
// the worker read them.
import { afterEach } from 'vitest';

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
