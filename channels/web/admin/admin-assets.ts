import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { projectPath } from '../../../config/paths';
import type { Asset } from '../static-assets';

const JAVASCRIPT = 'application/javascript; charset=utf-8';

function versioned(url: string, type: string, body: Buffer): Asset {
  return { url: `${url}?v=${createHash('sha256').update(new Uint8Array(body)).digest('base64url').slice(0, 12)}`, type, body };
}

/** `base`: `/admin/assets` (behind the session) or `/admin` (the login page's, served to anyone). */
function own(name: string, type: string, base = '/admin/assets'): Asset {
  return versioned(`${base}/${name}`, type, readFileSync(projectPath('channels', 'web', 'admin', 'assets', name)));
}

/** The admin page's files: its style sheet and login script (served before login), the pages' scripts, Chart.js. */
export interface AdminAssets {
  stylesheet: Asset;
  login: Asset;
  /** Behind the session: the pages' scripts, in load order. */
  dashboard: Asset[];
  inbox: Asset[];
  suggestions: Asset[];
}

export function loadAdminAssets(): AdminAssets {
  const chart = versioned(
    '/admin/assets/chart.umd.min.js',
    JAVASCRIPT,
    readFileSync(projectPath('node_modules', 'chart.js', 'dist', 'chart.umd.min.js')),
  );
  const common = own('admin-api.js', JAVASCRIPT);
  return {
    stylesheet: own('admin.css', 'text/css; charset=utf-8', '/admin'),
    login: own('login.js', JAVASCRIPT, '/admin'),
    dashboard: [common, chart],
    inbox: [common],
    suggestions: [common],
  };
}
