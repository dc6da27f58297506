/**
 * The CLI's human-readable page summary.
 *
 * @module
 */
import type { Article, Page, Person } from '../types.js';

const FIRST_WORDS = 40;

function person(p: Person): string {
  const title = p.titles.length ? p.titles.join('、') : '';
  const roles = p.roles.length ? ` [${p.roles.join(', ')}]` : '';
  return `${title}${title ? ' ' : ''}${p.name}${p.affiliation && !title.startsWith(p.affiliation) ? `（${p.affiliation}）` : ''}${roles}`;
}

function article(a: Article, n: number): string {
  const out: string[] = [];
  out.push(`${n}. ${a.headline ?? '(no headline)'}`);
  for (const s of a.subheadlines) out.push(`   ${s}`);
  const head = [a.dateline && `dateline ${a.dateline}`, a.byline.length && `byline ${a.byline.join('、')}`].filter(Boolean);
  if (head.length) out.push(`   ${head.join(' · ')}`);
  const body = a.body.replace(/\n/g, ' ');
  out.push(`   ${body.slice(0, FIRST_WORDS)}${body.length > FIRST_WORDS ? '…' : ''}`);
  if (a.officials.length) out.push(`   officials: ${a.officials.map(person).join('；')}`);
  if (a.people.length) out.push(`   people: ${a.people.map(person).join('；')}`);
  if (a.companies.length) out.push(`   companies: ${a.companies.map((c) => c.name).join('、')}`);
  if (a.organizations.length) out.push(`   organizations: ${a.organizations.map((o) => `${o.name} (${o.kind})`).join('、')}`);
  if (a.places.length) out.push(`   places: ${a.places.map((p) => (p.code ? `${p.name} ${p.code}` : p.name)).join('、')}`);
  for (const e of a.events) {
    const when = e.date ? ` ${e.date.iso ?? e.date.text}` : '';
    const where = e.location ? ` @${e.location}` : '';
    const who = e.participants.length ? ` — ${e.participants.map((p) => `${p.name}:${p.role}`).join(', ')}` : '';
    out.push(`   event ${e.type}: ${e.name}${when}${where}${who}`);
  }
  for (const w of a.awards) out.push(`   award ${w.name}${w.recipients.length ? ` → ${w.recipients.join('、')}` : ''}`);
  return out.join('\n');
}

/**
 * Renders a page as text: one block per article, then what belongs to no article.
 *
 * @example
 * ```ts
 * process.stdout.write(summarize(parsePage(raw)));
 * ```
 */
export function summarize(page: Page): string {
  const blocks = page.articles.map((a, i) => article(a, i + 1));
  if (page.unassigned.length) blocks.push(`unassigned: ${page.unassigned.map((u) => u.text.replace(/\s+/g, '')).join(' | ')}`);
  return `${page.articles.length} article${page.articles.length === 1 ? '' : 's'}\n\n${blocks.join('\n\n')}\n`;
}
