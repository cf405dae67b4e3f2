/**
 * Turning rendered note HTML into DOM inside a webview, shared by the preview and the quiz.
 * The renderer already sanitises and the CSP blocks inline scripts, but a note is untrusted
 * input, so handlers and script URLs are stripped here as well (defence in depth).
 */

const DANGEROUS_ELEMENTS = 'script, iframe, frame, object, embed, base, meta, link, form';

/** Removes dangerous elements, event handler attributes and script URLs from `fragment`. */
export function neutralise(fragment: DocumentFragment): void {
  for (const el of Array.from(fragment.querySelectorAll(DANGEROUS_ELEMENTS))) el.remove();
  for (const el of Array.from(fragment.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) el.removeAttribute(attr.name);
      else if ((name === 'href' || name === 'src' || name === 'xlink:href' || name === 'action' || name === 'formaction')
        && /^(javascript|vbscript|data:text\/html)/i.test(stripControls(attr.value))) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

/** Browsers ignore control characters and spaces inside a URL's scheme (`java\tscript:`). */
function stripControls(value: string): string {
  let out = '';
  for (const ch of value) if (ch.charCodeAt(0) > 0x20) out += ch;
  return out;
}

/**
 * Fills `el` with the sanitised `html`. KaTeX positions glyphs with style attributes, which the
 * CSP (no 'unsafe-inline') refuses when they arrive as markup, with a console violation report
 * for each one (tens of thousands on a long note). They are renamed before parsing and set
 * through the CSSOM, which the CSP allows. The renderer's sanitiser lets no `style` or `data-*`
 * attribute through from a note, so only the renderer's own (KaTeX's) declarations get here;
 * a literal ` style="` cannot occur in text, where markdown-it escapes `"`.
 */
export function fillSafe(el: HTMLElement, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html.replace(STYLE_ATTRIBUTE, ` ${MOVED_STYLE}="`);
  neutralise(template.content);
  const styled: [HTMLElement, string][] = [];
  for (const s of Array.from(template.content.querySelectorAll<HTMLElement>(`[${MOVED_STYLE}]`))) {
    styled.push([s, s.getAttribute(MOVED_STYLE) ?? '']);
    s.removeAttribute(MOVED_STYLE);
  }
  el.replaceChildren(template.content);
  for (const [s, css] of styled) s.style.cssText = css;
}

const STYLE_ATTRIBUTE = / style="/g;
const MOVED_STYLE = 'data-rn-style';
