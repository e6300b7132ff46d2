import type { Request } from 'restify';
import type { Matcher } from '../../../knowledge';
import type { Entry, Lang } from '../../../knowledge/types';
import type { AuditStore } from '../../../storage/audit/audit-store';
import type { KnowledgeEditor } from '../../../storage/knowledge/knowledge-editor';
import type { AdminInsights } from './insights';
import { dashboardBody } from './pages/dashboard-page';
import { inboxBody, type InboxItem } from './pages/inbox-page';
import { pageContext, renderAdminPage, sendAdminPage, type ShellDeps } from './pages/shell';
import { AdminInputError, type AdminRouter } from './router';
import type { CookieSigner } from './auth/session';

export interface ContentDeps {
  insights: AdminInsights;
  /** The matcher of the base being served: the picker shows its closest entries first. */
  matcher: () => Matcher;
  editor: KnowledgeEditor;
  audit: AuditStore;
  shell: ShellDeps;
  signer: CookieSigner;
  now: () => number;
}

function daysOf(req: Request): number {
  const raw = Number(new URL(req.url ?? '/', 'http://local').searchParams.get('days') ?? 30);
  return [7, 30, 90, 365].includes(raw) ? raw : 30;
}

function field(body: unknown, name: string, max = 2000): string {
  const value = (body as Record<string, unknown> | null)?.[name];
  if (typeof value !== 'string' || !value.trim() || value.length > max) {
    throw new AdminInputError(`"${name}" must be a non-empty text of at most ${max} characters`);
  }
  return value.trim();
}

function langField(body: unknown): Lang {
  const lang = field(body, 'lang', 5);
  if (lang !== 'fr' && lang !== 'en') throw new AdminInputError('"lang" must be fr or en');
  return lang;
}

function closestFirst(matcher: Matcher, text: string, lang: Lang): Entry[] {
  const closest = matcher.match({ text, lang }).matches.map((match) => match.id);
  const rank = (entry: Entry) => (closest.includes(entry.id) ? closest.indexOf(entry.id) : closest.length);
  return [...matcher.kb.entries].sort((a, b) => rank(a) - rank(b));
}

async function dismissedKeys(audit: AuditStore): Promise<Set<string>> {
  const rows = await audit.list({ action: 'inbox.dismiss', limit: 10_000 });
  const done = await audit.list({ action: 'inbox.alternate', limit: 10_000 });
  return new Set([...rows, ...done].map((row) => row.target ?? ''));
}

/** The dashboard, the review inbox and their changes (each one in the audit log). */
export function registerContent(router: AdminRouter, deps: ContentDeps): void {
  const since = (days: number) => ({ from: new Date(deps.now() - days * 86_400_000) });
  router.page('/admin', async (req, res, session) => {
    const context = pageContext(req, deps.shell);
    const days = daysOf(req);
    const body = dashboardBody(context, { stats: await deps.insights.figures(since(days)), days });
    const page = { section: 'dashboard' as const, title: context.a('dashboard.title'), path: '/admin', body, session };
    sendAdminPage(res, context, renderAdminPage(context, { ...page, scripts: [context.assets.inbox[0].url], csrf: deps.signer.csrfToken(session) }));
  });
  router.page('/admin/inbox', async (req, res, session) => {
    const context = pageContext(req, deps.shell);
    const groups = await deps.insights.inbox(since(365), await dismissedKeys(deps.audit));
    const matcher = deps.matcher();
    const items: InboxItem[] = groups.map((group) => ({ group, entries: closestFirst(matcher, group.text, group.lang) }));
    const page = { section: 'inbox' as const, title: context.a('inbox.title'), path: '/admin/inbox', body: inboxBody(context, items), session };
    sendAdminPage(res, context, renderAdminPage(context, { ...page, scripts: [context.assets.inbox[0].url], csrf: deps.signer.csrfToken(session) }));
  });
  router.api('GET', '/admin/api/figures', async (req, res) => {
    res.json(200, await deps.insights.figures(since(daysOf(req))));
  });
  router.api('POST', '/admin/api/inbox/alternate', async (req, res, session) => {
    const [entryId, text, lang] = [field(req.body, 'entryId', 200), field(req.body, 'text'), langField(req.body)];
    const outcome = await deps.editor.addAlternate(entryId, text, lang, session.user);
    if (!outcome.ok) throw new AdminInputError(outcome.problems.map((problem) => problem.message).join('; '), 422, 'EditRefused');
    const key = typeof (req.body as Record<string, unknown>).key === 'string' ? String((req.body as Record<string, unknown>).key) : null;
    await deps.audit.record({ actor: session.user, action: 'inbox.alternate', target: key, details: { entryId, text, lang, version: outcome.version } });
    res.json(200, outcome);
  });
  router.api('POST', '/admin/api/inbox/dismiss', async (req, res, session) => {
    const key = field(req.body, 'key', 500);
    await deps.audit.record({ actor: session.user, action: 'inbox.dismiss', target: key, details: null });
    res.json(200, { dismissed: key });
  });
}
