/** What the hostile-requests test sends: content types, broken JSON, wrong field types, paths, methods. */

const DL = '/v3/directline';

const MULTIPART = [
  '--XyZ',
  'Content-Disposition: form-data; name="file"; filename="big.bin"',
  'Content-Type: application/octet-stream',
  '',
  'A'.repeat(100_000),
  '--XyZ--',
  '',
].join('\r\n');

export const CONTENT_TYPES: Array<[string, Record<string, string>, string]> = [
  ['multipart/form-data', { 'content-type': 'multipart/form-data; boundary=XyZ' }, MULTIPART],
  ['multipart/mixed', { 'content-type': 'multipart/mixed; boundary=XyZ' }, MULTIPART],
  ['form-urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }, 'type=message&text=aide'],
  ['text/plain', { 'content-type': 'text/plain' }, '{"type":"message"}'],
  ['octet-stream', { 'content-type': 'application/octet-stream' }, '\u0000\u0001\u0002'],
  ['xml', { 'content-type': 'application/xml' }, '<a><b/></a>'],
  ['no content type', {}, '{"type":"message"}'],
  ['image/png', { 'content-type': 'image/png' }, '\u0089PNG'],
  ['gzip-encoded JSON', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'not gzip'],
  ['json in UTF-16', { 'content-type': 'application/json; charset=utf-16' }, '{}'],
  ['a lookalike type', { 'content-type': 'application/jsonx' }, '{}'],
  ['a wildcard type', { 'content-type': '*/*' }, '{}'],
];

export const BAD_JSON = [
  '{',
  '{"type": "message", ',
  '[]',
  'null',
  '"a string"',
  '42',
  'true',
  '{"a":1}}',
  '\uFEFF{"type":"message"}',
  '{"type": NaN}',
  '{"type": undefined}',
  "{'type': 'message'}",
  '{"text": "\\ud800"}',
  '{"type":"message","type":"invoke"}',
  `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
  `{"n": 1${'0'.repeat(400)}}`,
  '{"__proto__": {"polluted": true}, "type": "message"}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  ' ',
  '{"text": "\u0000"}',
];

/** Every field the bot reads, with values of the wrong type for it. */
export const FIELDS: Array<[string, unknown[]]> = [
  ['type', [{}, [], 42, true]],
  ['id', [{}, [], 42]],
  ['channelId', [{}, [], 42, true]],
  ['conversation', ['c', 42, [], true]],
  ['conversation.id', [{}, [], 42, true]],
  ['conversation.isGroup', ['yes', {}, 1]],
  ['conversation.conversationType', [{}, 42]],
  ['conversation.tenantId', [{}, 42]],
  ['from', ['u', 42, [], true]],
  ['from.id', [{}, [], 42]],
  ['from.name', [{}, 42]],
  ['from.role', [{}, 42]],
  ['from.aadObjectId', [{}, 42]],
  ['recipient', ['b', 42, []]],
  ['recipient.id', [{}, 42]],
  ['serviceUrl', [{}, 42, 'javascript:alert(1)']],
  ['deliveryMode', [{}, 42, 'sideways']],
  ['locale', [{}, [], 42, true]],
  ['text', [{}, [], 42, true]],
  ['timestamp', [{}, 42, 'yesterday']],
  ['localTimestamp', [{}, 42]],
  ['membersAdded', [{}, 'u', [null], [42], [{ id: 42 }]]],
  ['membersRemoved', [{}, [null], [{ id: {} }]]],
  ['reactionsAdded', [{}, [null], [42]]],
  ['entities', [{}, 'e', [null], [{ type: 'mention' }], [{ type: 'mention', mentioned: 'bot' }]]],
  ['attachments', [{}, 'a', [null], [42]]],
  ['channelData', ['d', 42, []]],
  ['channelData.tenant', ['t', 42]],
  ['channelData.clientActivityID', [{}, 42]],
  ['value', ['v', 42]],
  ['value.msteams', ['m', 42]],
  ['replyToId', [{}, 42]],
  ['name', [{}, 42]],
  ['suggestedActions', ['s', 42]],
];

export const TRAVERSALS = [
  '/assets/../package.json',
  '/assets/..%2f..%2fpackage.json',
  '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/etc/passwd',
  '/assets/....//....//etc/passwd',
  '/assets/..\\..\\package.json',
  '/assets/%c0%ae%c0%ae/%c0%ae%c0%ae/package.json',
  '/assets/chat.js%00.png',
  '/assets/%00',
  '/assets/',
  '/assets/.%2e/.%2e/config/config.ts',
  '/../../etc/passwd',
  '//etc/passwd',
  '/embed.js/../../package.json',
  '/chat/..%2f..%2fpackage.json',
  '/assets/%252e%252e%252fpackage.json',
];

export const METHODS = ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'HEAD', 'PROPFIND', 'GET'];
export const ROUTES = ['/', '/api/messages', '/healthz', '/readyz', `${DL}/conversations`, '/chat', '/api/directline/token'];
export const UNKNOWN = ['/admin', '/.env', '/.git/config', '/api', '/api/messages/1', '/v3', `${DL}`, '/server-status',
  '/%ff', '/?q=<script>alert(1)</script>', `/${'a'.repeat(6000)}`, '/wp-login.php'];
