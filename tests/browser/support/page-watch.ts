import type { Page } from 'playwright-core';

/** What a page did that it should not: script errors, dialogs (alert…), Content-Security-Policy violations. */
export interface PageWatch {
  errors: string[];
  dialogs: string[];
  cspViolations(): Promise<string[]>;
}

/**
 * Records problems from the page's first script on. The CSP listener is installed through the DevTools protocol,
 * which the page's own policy does not restrict.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return {
    errors,
    dialogs,
    cspViolations: () =>
      page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])]),
  };
}
