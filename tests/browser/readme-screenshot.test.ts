import { join } from 'node:path';
import { projectPath } from '../../config/paths';
import { translator } from '../../locales';
import { browserSuite } from './support/suite';
import { messageCount, screenshot, SCREENSHOT_DIR, sendText, waitForMessage } from './support/webchat';

const fr = translator('fr', 'conversation');
/** `README_SCREENSHOT=1` writes the README's image; otherwise it goes with the other screenshots. */
const TARGET = process.env.README_SCREENSHOT
  ? projectPath('docs', 'screenshot-webchat.png')
  : join(SCREENSHOT_DIR, 'readme-screenshot-webchat.png');

describe('the README’s screenshot of the web chat', () => {
  const suite = browserSuite();

  it('shows the help page with an answer and its feedback question', async () => {
    const { page, bot } = suite;
    await page.goto(`${bot.url}/`);
    await waitForMessage(page, fr('cascade.firstHint'));
    const seen = await messageCount(page);
    await sendText(page, 'Comment obtenir un financement Ségur ?');
    await waitForMessage(page, fr('feedback.ask'), { after: seen });
    await page.locator('.webchat__send-box-text-box__input').blur();
    await screenshot(page, 'readme', TARGET);
  });
});
