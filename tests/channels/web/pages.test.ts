import { MAX_MESSAGE_LENGTH } from '../../../channels/web/chat-host';
import { startTestServer, type TestServer } from '../directline/helpers';

const PARTNER = 'https://partenaire.example.fr';

function cspOf(response: Response): Map<string, string> {
  const header = response.headers.get('content-security-policy') ?? '';
  return new Map(
    header.split(';').map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

describe('web pages and assets', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ allowedOrigins: [PARTNER] });
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves a French help page by default, with the chat container and no inline script', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const page = await response.text();
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('id="webchat"');
    expect(page).toContain('data-locale="fr-FR"');
    expect(page).toContain('href="/?lang=en"');
    expect(page).toContain('href="/accessibilite?lang=fr"');
    expect(page).toContain('Ne saisissez aucune donnée personnelle');
    expect(page).toMatch(/<a href="#chat">/);
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/\son[a-z]+=/i);
  });

  it('gives chat.js the send box limit and the words of the connection-lost notice, in the page language', async () => {
    const french = await (await fetch(`${server.url}/`)).text();
    expect(french).toContain(`data-max-length="${MAX_MESSAGE_LENGTH}"`);
    const lost = 'La connexion avec l’assistant a été interrompue\u00a0: vos messages ne lui parviennent plus.';
    expect(french).toContain(`data-msg-connection-lost="${lost}"`);
    expect(french).toContain('data-msg-restart="Recommencer la conversation"');
    const english = await (await fetch(`${server.url}/chat?lang=en&embed=1`)).text();
    expect(english).toContain(`data-max-length="${MAX_MESSAGE_LENGTH}"`);
    expect(english).toContain('data-msg-restart="Start a new conversation"');
  });

  it('serves the English page with ?lang=en and falls back to French for unknown languages', async () => {
    const english = await (await fetch(`${server.url}/?lang=en`)).text();
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('data-locale="en-US"');
    expect(english).toContain('href="/?lang=fr"');
    const odd = await (await fetch(`${server.url}/?lang=%3Cscript%3Ealert(1)%3C/script%3E`)).text();
    expect(odd).toContain('<html lang="fr">');
    expect(odd).not.toContain('<script>alert');
  });

  it('sends a Content-Security-Policy allowing only its own scripts, with a fresh style nonce', async () => {
    const first = await fetch(`${server.url}/`);
    const csp = cspOf(first);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'self'");
    const nonce = /'nonce-([^']+)'/.exec(csp.get('style-src') ?? '')?.[1];
    expect(nonce).toBeTruthy();
    expect(await first.text()).toContain(`data-nonce="${nonce}"`);
    const second = cspOf(await fetch(`${server.url}/`));
    expect(second.get('style-src')).not.toBe(csp.get('style-src'));
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets allowlisted sites frame the chat page only', async () => {
    const chat = await fetch(`${server.url}/chat?lang=fr&embed=1`);
    expect(chat.status).toBe(200);
    expect(cspOf(chat).get('frame-ancestors')).toBe(`'self' ${PARTNER}`);
    const page = await chat.text();
    expect(page).toContain('id="webchat"');
    expect(page).not.toContain('site-header');
  });

  it.each([
    [
      'fr',
      'non conforme',
      [
        'État de conformité',
        'Résultats des tests',
        'Contenus non accessibles',
        'Non-conformités',
        'Dérogations pour charge disproportionnée',
        'Contenus non soumis à l’obligation d’accessibilité',
        'Établissement de cette déclaration',
        'Technologies utilisées pour la réalisation du site',
        'Environnement de test',
        'Outils pour évaluer l’accessibilité',
        'Pages du site ayant fait l’objet de la vérification',
        'Retour d’information et contact',
        'Voies de recours',
      ],
    ],
    [
      'en',
      'non-compliant',
      [
        'Compliance status',
        'Test results',
        'Non-accessible content',
        'Non-compliance',
        'Exemptions for disproportionate burden',
        'Content not subject to the accessibility obligation',
        'Preparation of this statement',
        'Technologies used to build the site',
        'Test environment',
        'Tools used to evaluate accessibility',
        'Pages checked',
        'Feedback and contact',
        'Remedies',
      ],
    ],
  ])('serves an accessibility statement in %s, %s until an audit, with RGAA’s sections', async (lang, status, headings) => {
    const page = await (await fetch(`${server.url}/accessibilite?lang=${lang}`)).text();
    const found = [...page.matchAll(/<h[23]>([^<]+)<\/h[23]>/g)].map((match) => match[1]);
    expect(found).toEqual(headings);
    expect(page).toContain(status);
    expect(page).not.toMatch(/partiellement conforme|partially compliant/);
    expect(page).toContain('Libre réponse 71120');
    for (const path of ['/', '/chat', '/accessibilite']) expect(page).toContain(`href="${path}?lang=${lang}"`);
    const home = await (await fetch(`${server.url}/?lang=${lang}`)).text();
    const footer = lang === 'fr' ? 'Accessibilité\u00a0: non conforme' : 'Accessibility: non-compliant';
    expect(home).toContain(`${footer}</a>`);
  });

  it('says in the privacy line that the conversation is kept in the tab, without cookies', async () => {
    for (const [path, text] of [
      ['/', 'La conversation est gardée dans cet onglet, sans cookie, jusqu’à sa fermeture.'],
      ['/chat?lang=en&embed=1', 'The conversation is kept in this tab, without cookies, until you close it.'],
    ]) {
      const page = await (await fetch(`${server.url}${path}`)).text();
      expect(page).toContain(`<span class="privacy__storage">${text}</span>`);
    }
  });

  it('offers « Recommencer », named by its label, on both chat pages', async () => {
    for (const path of ['/', '/chat?embed=1']) {
      const page = await (await fetch(`${server.url}${path}`)).text();
      const button = /<button type="button" class="chat-restart" data-chat-restart aria-label="([^"]+)">[\s\S]*?<\/button>/;
      const [markup, name] = button.exec(page) ?? [];
      expect(name).toBe('Recommencer la conversation');
      expect(markup).toContain('<span class="chat-restart__label">Recommencer</span>');
    }
  });

  it('marks the texts the page swaps when it changes language, and gives Web Chat its strings in each', async () => {
    const french = await (await fetch(`${server.url}/`)).text();
    const regions = [...french.matchAll(/data-swap="([\w-]+)"/g)].map((match) => match[1]);
    expect(regions).toEqual(['skip-links', 'header', 'intro', 'chat-header', 'chat-privacy', 'aside', 'footer']);
    const english = await (await fetch(`${server.url}/chat?lang=en`)).text();
    expect([...english.matchAll(/data-swap="([\w-]+)"/g)].map((match) => match[1])).toEqual(['chat-bar']);
    expect(french).toContain('data-language-command="Français"');
    expect(english).toContain('data-language-command="English"');
    expect(french).toMatch(/data-webchat-texts="\{&quot;strings&quot;:\{/);
  });

  it('serves the official Web Chat bundle from the installed package, cacheable for a year and gzipped', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const src = /src="(\/assets\/webchat-4\.18\.1\.js)"/.exec(page)?.[1];
    expect(src).toBeDefined();
    const bundle = await fetch(`${server.url}${src}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-encoding')).toBe('gzip');
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
    expect((await bundle.text()).length).toBeGreaterThan(3_000_000);
  });

  it('versions its own assets by content and answers 404 for unknown ones', async () => {
    const page = await (await fetch(`${server.url}/`)).text();
    const css = /href="(\/assets\/site\.css\?v=[\w-]+)"/.exec(page)?.[1];
    const script = /src="(\/assets\/chat\.js\?v=[\w-]+)"/.exec(page)?.[1];
    expect(css && script).toBeTruthy();
    expect((await fetch(`${server.url}${css}`)).headers.get('content-type')).toMatch(/text\/css/);
    expect((await fetch(`${server.url}${script}`)).status).toBe(200);
    expect((await fetch(`${server.url}/assets/..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/assets/nothing.js`)).status).toBe(404);
  });

  it('serves embed.js with both languages of its labels filled in', async () => {
    const response = await fetch(`${server.url}/embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const script = await response.text();
    expect(script).not.toContain('/*@STRINGS@*/');
    // The button's name starts with its visible label (WCAG 2.5.3).
    const french = '"open":"Une question\u00a0?","openLabel":"Une question\u00a0? Ouvrir l’assistant FAQ Santé"';
    expect(script).toContain(french);
    expect(script).toContain('"open":"Any questions?","openLabel":"Any questions? Open the FAQ Santé assistant"');
  });

  it('gives the page a local Direct Line session on POST /api/directline/token', async () => {
    const response = await fetch(`${server.url}/api/directline/token?lang=en`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const session = (await response.json()) as Record<string, unknown>;
    expect(session).toMatchObject({ domain: '/v3/directline', webSocket: false, expires_in: 1800 });
    expect(session.userId).toMatch(/^dl_/);
  });
});
