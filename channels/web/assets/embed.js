/*
 * The chat widget for other sites: <script src="https://HOST/embed.js" data-lang="fr"></script>
 * Adds a button that opens a panel holding an iframe of HOST/chat. Styles are set through the CSSOM (element.style)
 * so a strict Content-Security-Policy on the host page does not block them. The server fills STRINGS.
 */
(function () {
  'use strict';

  var STRINGS = /*@STRINGS@*/ {};
  var script = document.currentScript;
  if (!script || window.__faqSanteWidget) return;
  window.__faqSanteWidget = true;

  var origin = new URL(script.src, window.location.href).origin;
  var lang = script.getAttribute('data-lang') === 'en' ? 'en' : 'fr';
  var text = STRINGS[lang] || STRINGS.fr;
  var relabels = [];
  var ACCENT = '#000091';
  var Z = '2147483000';

  function styled(tag, style) {
    var element = document.createElement(tag);
    Object.keys(style).forEach(function (name) {
      element.style[name] = style[name];
    });
    return element;
  }

  var button = styled('button', {
    position: 'fixed', right: '20px', bottom: '20px', zIndex: Z, padding: '12px 20px', border: '2px solid #ffffff',
    borderRadius: '24px', background: ACCENT, color: '#ffffff', font: '600 16px/1.2 system-ui, sans-serif',
    boxShadow: '0 4px 12px rgba(0,0,0,.3)', cursor: 'pointer'
  });
  button.type = 'button';
  relabels.push(function () {
    button.textContent = text.open;
    // Its name starts with its visible label (WCAG 2.5.3), then says what it opens.
    button.setAttribute('aria-label', text.openLabel);
  });
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'faq-sante-panel');
  button.setAttribute('data-faq-sante', 'open');

  var panel = styled('div', {
    position: 'fixed', right: '20px', bottom: '20px', zIndex: Z, width: '400px', maxWidth: 'calc(100vw - 24px)',
    height: '640px', maxHeight: 'calc(100vh - 40px)', display: 'none', flexDirection: 'column', background: '#ffffff',
    border: '1px solid #929292', borderRadius: '8px', boxShadow: '0 8px 24px rgba(0,0,0,.3)', overflow: 'hidden'
  });
  panel.id = 'faq-sante-panel';
  panel.setAttribute('role', 'dialog');
  relabels.push(function () {
    panel.setAttribute('aria-label', text.title);
    panel.lang = lang;
    button.lang = lang;
  });

  var header = styled('div', {
    display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '8px 8px 8px 16px',
    background: ACCENT, color: '#ffffff', font: '600 16px/1.2 system-ui, sans-serif'
  });
  var title = document.createElement('span');
  var close = styled('button', {
    border: '1px solid #ffffff', borderRadius: '4px', background: 'transparent', color: '#ffffff',
    font: '14px system-ui, sans-serif', padding: '6px 10px', cursor: 'pointer'
  });
  close.type = 'button';
  relabels.push(function () {
    title.textContent = text.title;
    close.textContent = text.close;
    close.setAttribute('aria-label', text.closeLabel);
    if (frame) frame.title = text.frameTitle;
  });
  close.setAttribute('data-faq-sante', 'close');
  header.appendChild(title);
  header.appendChild(close);
  panel.appendChild(header);

  var frame;
  var frameLoaded = false;
  function ensureFrame() {
    if (frame) return;
    frame = styled('iframe', { flex: '1', width: '100%', border: '0' });
    frame.title = text.frameTitle;
    frame.src = origin + '/chat?lang=' + lang + '&embed=1';
    frame.addEventListener('load', function () {
      frameLoaded = true;
      focusChat();
    });
    panel.appendChild(frame);
  }

  function focusChat() {
    if (panel.style.display === 'none' || !frame) return;
    frame.focus();
    // Before its first load the frame is still an empty page of this site: nothing to tell it yet.
    if (frameLoaded) frame.contentWindow.postMessage({ type: 'faq-sante:focus' }, origin);
  }

  function open() {
    ensureFrame();
    panel.style.display = 'flex';
    button.style.display = 'none';
    button.setAttribute('aria-expanded', 'true');
    focusChat();
  }

  function hide() {
    panel.style.display = 'none';
    button.style.display = '';
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }

  button.addEventListener('click', open);
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') hide();
  });

  /**
   * Short windows (400 % zoom, a phone with its keyboard open): the panel takes the whole window without its header,
   * so the chat keeps its room; the chat shows its own close button then (and Escape still closes).
   */
  var short = window.matchMedia ? window.matchMedia('(max-height: 560px)') : null;
  var FLOATING = {
    top: '', left: '', right: '20px', bottom: '20px', width: '400px', height: '640px', borderRadius: '8px',
    border: '1px solid #929292'
  };
  var FULL = {
    top: '0', left: '0', right: '0', bottom: '0', width: 'auto', height: 'auto', borderRadius: '0', border: '0'
  };
  function fitWindow() {
    var compact = Boolean(short && short.matches);
    Object.keys(FULL).forEach(function (name) {
      panel.style[name] = (compact ? FULL : FLOATING)[name];
    });
    panel.style.maxWidth = compact ? 'none' : 'calc(100vw - 24px)';
    panel.style.maxHeight = compact ? 'none' : 'calc(100vh - 40px)';
    header.style.display = compact ? 'none' : 'flex';
  }
  if (short && short.addEventListener) short.addEventListener('change', fitWindow);
  fitWindow();

  /** The panel in the chat's language, when the user switches it there. */
  function relabel(next) {
    lang = next;
    text = STRINGS[lang] || STRINGS.fr;
    relabels.forEach(function (apply) {
      apply();
    });
  }
  relabel(lang);

  // Keys pressed inside the chat stay in its frame: the chat page says when Escape should close the panel, and when
  // it changes language.
  window.addEventListener('message', function (event) {
    var fromChat = frame && event.source === frame.contentWindow && event.origin === origin;
    var data = fromChat && event.data;
    if (!data) return;
    if (data.type === 'faq-sante:close' && panel.style.display !== 'none') hide();
    if (data.type === 'faq-sante:language' && STRINGS[data.lang]) relabel(data.lang);
  });

  function mount() {
    document.body.appendChild(button);
    document.body.appendChild(panel);
  }
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
