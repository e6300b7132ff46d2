// A real OpenID Connect provider (oidc-provider) for the admin login's test: node oidc-provider.mjs PORT REDIRECT_URI
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [
    { client_id: 'faq-admin', client_secret: 'faq-admin-secret-for-tests-only', redirect_uris: [redirectUri], grant_types: ['authorization_code'], response_types: ['code'] },
  ],
  cookies: { keys: ['test-only-cookie-key-0123456789abcdef'] },
  findAccount: async (_ctx, sub) => ({ accountId: sub, claims: async () => ({ sub, email: `${sub}@esante.example`, name: sub }) }),
  claims: { openid: ['sub'], email: ['email'], profile: ['name'] },
});
provider.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
