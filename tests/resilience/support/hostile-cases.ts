import { createHmac } from 'node:crypto';
import { BAD_JSON, CONTENT_TYPES, FIELDS, METHODS, ROUTES, TRAVERSALS, UNKNOWN } from './hostile-data';
import type { RawRequest } from './raw-http';

/** A hostile request, named for the report. */
export interface HostileCase {
  category: string;
  label: string;
  request: RawRequest;
}

/** A web chat conversation opened on the server: what requests aimed at the Direct Line need. */
export interface OpenConversation {
  conversationId: string;
  token: string;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const DL = '/v3/directline';

export function activity(changes: Record<string, unknown> = {}, conversationId = `hostile-${Math.random()}`) {
  return {
    type: 'message',
    text: 'aide',
    channelId: 'test',
    serviceUrl: 'http://localhost:9/unused',
    locale: 'fr-FR',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: 'hostile-user' },
    recipient: { id: 'bot' },
    ...changes,
  };
}

/** `activity` with `path` (dot-separated) set to `value`. */
function withField(path: string, value: unknown): Record<string, unknown> {
  const base = activity({ membersAdded: [{ id: 'u' }], entities: [{ type: 'mention', mentioned: { id: 'bot' } }] });
  const keys = path.split('.');
  let target = base as Record<string, unknown>;
  keys.slice(0, -1).forEach((key) => {
    if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
    target = target[key] as Record<string, unknown>;
  });
  target[keys[keys.length - 1] as string] = value;
  return base;
}

function signed(key: string, payload: object): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = createHmac('sha256', key).update(`${header}.${body}`).digest('base64url');
  return `${header}.${body}.${signature}`;
}

function tampered(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload as string, 'base64url').toString('utf8')) as Record<string, unknown>;
  const changed = Buffer.from(JSON.stringify({ ...claims, user: 'someone-else' })).toString('base64url');
  return `${header}.${changed}.${signature}`;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export function hostileCases(open: OpenConversation, other: OpenConversation): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (category: string, label: string, request: RawRequest) => cases.push({ category, label, request });
  const conversationPath = `${DL}/conversations/${open.conversationId}/activities`;
  const posts = ['/api/messages', `${DL}/conversations`, conversationPath, '/api/directline/token', `${DL}/tokens/refresh`, '/'];
  for (const path of posts) {
    for (const [label, headers, body] of CONTENT_TYPES) {
      add('content types', `${label} to ${path}`, { method: 'POST', path, headers: { ...headers, ...bearer(open.token) }, body });
    }
  }
  for (const body of BAD_JSON) {
    add('bad JSON', `/api/messages ${body.slice(0, 20)}`, { method: 'POST', path: '/api/messages', headers: JSON_TYPE, body });
    const headers = { ...JSON_TYPE, ...bearer(open.token) };
    add('bad JSON', `Direct Line ${body.slice(0, 20)}`, { method: 'POST', path: conversationPath, headers, body });
  }
  for (const [field, values] of FIELDS) {
    for (const value of values) {
      const body = JSON.stringify(withField(field, value));
      add('wrong field types', `${field}=${JSON.stringify(value)}`, { method: 'POST', path: '/api/messages', headers: JSON_TYPE, body });
    }
  }
  for (const field of ['type', 'text', 'value', 'attachments', 'channelData', 'entities', 'from', 'locale']) {
    for (const value of [{}, [], 42, true]) {
      const body = JSON.stringify({ type: 'message', text: 'aide', [field]: value });
      const headers = { ...JSON_TYPE, ...bearer(other.token) };
      const path = `${DL}/conversations/${other.conversationId}/activities`;
      add('wrong field types', `Direct Line ${field}=${JSON.stringify(value)}`, { method: 'POST', path, headers, body });
    }
  }
  const huge = (bytes: number) => JSON.stringify(activity({ text: 'x'.repeat(bytes) }));
  add('huge bodies', '300 KB activity', { method: 'POST', path: '/api/messages', headers: JSON_TYPE, body: huge(300_000) });
  add('huge bodies', '5 MB activity', { method: 'POST', path: '/api/messages', headers: JSON_TYPE, body: huge(5_000_000) });
  add('huge bodies', '250 KB text (within the limit)', { method: 'POST', path: '/api/messages', headers: JSON_TYPE, body: huge(250_000) });
  const dlHeaders = { ...JSON_TYPE, ...bearer(open.token) };
  add('huge bodies', 'Direct Line 20 KB activity', { method: 'POST', path: conversationPath, headers: dlHeaders, body: JSON.stringify({ type: 'message', text: 'x'.repeat(20_000) }) });
  add('huge bodies', 'Direct Line 5 MB activity', { method: 'POST', path: conversationPath, headers: dlHeaders, body: JSON.stringify({ type: 'message', text: 'x'.repeat(5_000_000) }) });
  add('huge bodies', '200 KB of keys', { method: 'POST', path: '/api/messages', headers: JSON_TYPE, body: JSON.stringify(Object.fromEntries(Array.from({ length: 15_000 }, (_, i) => [`k${i}`, i]))) });
  add('huge bodies', 'a 20 KB header', { method: 'GET', path: '/healthz', headers: { 'x-big': 'h'.repeat(20_000) } });
  add('huge bodies', '500 headers', { method: 'GET', path: '/healthz', headers: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`x-h${i}`, 'v'])) });
  add('huge bodies', 'a declared length it never sends', { method: 'POST', path: '/api/messages', headers: { ...JSON_TYPE, 'content-length': '100000' }, body: '{}' });

  const forged = signed('not-the-key-of-this-server-0123456789abcdef', { conv: open.conversationId, user: 'x', lang: 'fr', exp: 9999999999 });
  const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(`{"conv":"${open.conversationId}","user":"x","lang":"fr","exp":9999999999}`).toString('base64url')}.`;
  const tokens: Array<[string, Record<string, string>]> = [
    ['no token', {}],
    ['empty bearer', { authorization: 'Bearer ' }],
    ['garbage', bearer('garbage')],
    ['basic auth', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
    ['signed with another key', bearer(forged)],
    ['alg none', bearer(none)],
    ['tampered claims', bearer(tampered(open.token))],
    ['another conversation’s token', bearer(other.token)],
  ];
  for (const [label, headers] of tokens) {
    add('bad tokens', `GET activities, ${label}`, { method: 'GET', path: conversationPath, headers });
    const body = JSON.stringify({ type: 'message', text: 'aide' });
    add('bad tokens', `POST activity, ${label}`, { method: 'POST', path: conversationPath, headers: { ...JSON_TYPE, ...headers }, body });
    add('bad tokens', `refresh, ${label}`, { method: 'POST', path: `${DL}/tokens/refresh`, headers });
  }
  for (const path of TRAVERSALS) add('path traversal', path, { method: 'GET', path });
  for (const method of METHODS) {
    for (const path of ROUTES) add('unknown routes and methods', `${method} ${path}`, { method, path });
  }
  for (const path of UNKNOWN) add('unknown routes and methods', `GET ${path.slice(0, 40)}`, { method: 'GET', path });
  return cases;
}

/** Requests to `/api/messages` of a server with Bot Framework authentication on. */
export function badBearerCases(): HostileCase[] {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { iss: 'https://api.botframework.com', aud: '00000000-0000-0000-0000-000000000001', exp: 9999999999 };
  const rs256 = `${part({ alg: 'RS256', kid: 'forged', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
  const none = `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
  const headers: Array<[string, Record<string, string>]> = [
    ['no token', {}],
    ['garbage', { authorization: 'Bearer garbage' }],
    ['forged RS256', { authorization: `Bearer ${rs256}` }],
    ['alg none', { authorization: `Bearer ${none}` }],
    ['basic auth', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
    ['two tokens', { authorization: `Bearer ${rs256} Bearer ${rs256}` }],
  ];
  return headers.map(([label, extra]) => ({
    category: 'bad tokens',
    label: `authenticated /api/messages, ${label}`,
    request: {
      method: 'POST',
      path: '/api/messages',
      headers: { ...JSON_TYPE, ...extra },
      body: JSON.stringify({ ...activity(), deliveryMode: undefined, serviceUrl: 'https://smba.trafficmanager.net/emea/' }),
    },
  }));
}
