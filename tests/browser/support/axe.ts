import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

interface AxeResults {
  violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe-core in the page (WCAG 2.x A/AA rules and best practices) and returns the violations. Injected through
 * `evaluate`, which the page's CSP does not restrict (a <script> tag would be refused, as it should).
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return (results as AxeResults).violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

export function seriousOrCritical(findings: AxeFinding[]): AxeFinding[] {
  return findings.filter((finding) => finding.impact === 'serious' || finding.impact === 'critical');
}
