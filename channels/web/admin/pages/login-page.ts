import { html } from '../../html';
import { layout } from '../../layout';
import type { AdminPageContext } from './shell';

export interface LoginView {
  method: 'password' | 'oidc';
  /** Where to go once logged in (an /admin path). */
  next: string;
  /** A key of `login.*` to show as an error. */
  error?: string;
}

function passwordForm({ a, lang }: AdminPageContext, view: LoginView) {
  return html`<form id="login-form" action="/admin/login?lang=${lang}" method="post" novalidate
      data-next="${view.next}" data-working="${a('login.working')}" data-failed="${a('login.failed')}">
    <div class="form-field">
      <label for="username">${a('login.username')}</label>
      <input id="username" name="username" type="text" autocomplete="username" required />
    </div>
    <div class="form-field">
      <label for="password">${a('login.password')}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required />
    </div>
    <button class="button" type="submit">${a('login.submit')}</button>
  </form>`;
}

function oidcLink({ a, lang }: AdminPageContext, view: LoginView) {
  const href = `/admin/login/oidc?lang=${lang}&next=${encodeURIComponent(view.next)}`;
  return html`<p><a class="button" id="oidc-login" href="${href}">${a('login.oidc')}</a></p>`;
}

/** The login page: the password form, or the link to the agency's identity provider. */
export function loginPage(context: AdminPageContext, view: LoginView): string {
  const { a } = context;
  const main = html`<main id="content" tabindex="-1">
    <div class="container">
      <section class="login-card" aria-labelledby="login-title">
        <h1 id="login-title">${a('login.title')}</h1>
        <p>${a('login.intro')}</p>
        ${view.method === 'password' ? passwordForm(context, view) : oidcLink(context, view)}
        <p id="login-status" class="status ${view.error ? 'status--error' : ''}" role="status" aria-live="polite">${view.error ? a(`login.${view.error}`) : ''}</p>
      </section>
    </div>
  </main>`;
  return layout(context.site, {
    title: a('meta.login'),
    path: '/admin/login',
    main,
    scripts: view.method === 'password' ? [context.assets.login.url] : [],
    stylesheets: [context.assets.stylesheet.url],
    chat: false,
  });
}
