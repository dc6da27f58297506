/**
 * The roles people take in an article, in the order the text gives them, each once.
 *
 * @module
 */
import type { Event, Role } from '../../types.js';

/**
 * Person name → roles, in order, without repeats.
 *
 * @example
 * ```ts
 * const book = new RoleBook();
 * book.add('王某', 'chair');
 * book.add('王某', 'chair');
 * book.roles.get('王某'); // ['chair']
 * ```
 */
export class RoleBook {
  readonly roles = new Map<string, Role[]>();

  /** Records that `name` took `role`. */
  add(name: string, role: Role): void {
    const rs = this.roles.get(name) ?? this.roles.set(name, []).get(name)!;
    if (!rs.includes(role)) rs.push(role);
  }

  /** True when `name` has a role already. */
  has(name: string): boolean {
    return this.roles.has(name);
  }
}

/**
 * Adds a participant to an event (when there is one), once for each role.
 *
 * @example
 * ```ts
 * takePart(event, '王某', 'attendee'); // a second call with the same name and role changes nothing
 * ```
 */
export function takePart(e: Event | undefined, name: string, role: Role): void {
  if (e && !e.participants.some((x) => x.name === name && x.role === role)) e.participants.push({ name, role });
}
