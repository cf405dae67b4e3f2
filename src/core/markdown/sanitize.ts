/**
 * Raw HTML in a note goes through an allow-list (js-xss): harmless tags and attributes stay,
 * everything else is shown as text (`<script>` and `<style>` elements are dropped). No `on*=`,
 * no `style`, and URLs only with safe schemes.
 */
import { FilterXSS, escapeAttrValue, friendlyAttrValue, type IWhiteList } from 'xss';

const COMMON = ['title', 'class', 'align'];
const TABLE_CELL = [...COMMON, 'colspan', 'rowspan', 'width', 'height'];

const ALLOWED: IWhiteList = {
  div: COMMON, span: COMMON, p: COMMON, br: [], hr: COMMON, center: COMMON,
  img: [...COMMON, 'src', 'alt', 'width', 'height'],
  a: [...COMMON, 'href'],
  sub: COMMON, sup: COMMON, b: COMMON, i: COMMON, strong: COMMON, em: COMMON, u: COMMON, s: COMMON,
  del: COMMON, ins: COMMON, mark: COMMON, small: COMMON, kbd: COMMON, code: COMMON, pre: COMMON,
  blockquote: COMMON, ul: COMMON, ol: [...COMMON, 'start'], li: COMMON,
  table: [...COMMON, 'width'], thead: COMMON, tbody: COMMON, tr: COMMON, th: TABLE_CELL, td: TABLE_CELL,
  details: [...COMMON, 'open'], summary: COMMON,
  h1: COMMON, h2: COMMON, h3: COMMON, h4: COMMON, h5: COMMON, h6: COMMON,
};

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_IMAGE_DATA = /^data:image\/(?:png|jpeg|gif|webp)[;,]/i;
/** Characters browsers ignore inside a URL scheme (`java\tscript:`), and control characters. */
// eslint-disable-next-line no-control-regex
const IGNORED_IN_URL = /[\u0000-\u0020\u007f-\u009f]/g;

/** Whether `href` is relative: no scheme, not `//host`, not a `#fragment`. */
export function isRelativeUrl(href: string): boolean {
  return !SCHEME.test(href) && !href.startsWith('//') && !href.startsWith('#') && href !== '';
}

/**
 * A URL attribute's safe value, or undefined to drop the attribute: http(s), mailto, tel,
 * fragments and relative paths; `data:` only for raster images in `src`.
 */
export function safeUrl(tag: string, name: string, raw: string): string | undefined {
  const value = raw.trim();
  const probe = value.replace(IGNORED_IN_URL, '');
  const scheme = SCHEME.exec(probe);
  if (!scheme) return value;
  const s = scheme[1].toLowerCase();
  if (s === 'http' || s === 'https' || s === 'mailto' || s === 'tel') return value;
  if (s === 'data' && tag === 'img' && name === 'src' && SAFE_IMAGE_DATA.test(probe)) return value;
  return undefined;
}

const DROPPED_ELEMENTS = /<(script|style)\b[^>]*>[^]*?<\/\1\s*>/gi;

export type ResourceResolver = (href: string) => string | undefined;

export function createHtmlSanitizer(resolve: ResourceResolver | undefined): (html: string) => string {
  const filter = new FilterXSS({
    whiteList: ALLOWED,
    allowCommentTag: false,
    css: false,
    onTagAttr(tag, name, value) {
      if (!ALLOWED[tag]?.includes(name)) return '';
      if (name === 'href' || name === 'src') {
        let url = safeUrl(tag, name, friendlyAttrValue(value));
        if (url === undefined) return '';
        if (resolve && isRelativeUrl(url)) url = resolve(url) ?? url;
        return `${name}="${escapeAttrValue(url)}"`;
      }
      return `${name}="${escapeAttrValue(friendlyAttrValue(value))}"`;
    },
  });
  // `<script>` and `<style>` elements disappear with their content; anything else not allowed is shown as text.
  return (html) => filter.process(html.replace(DROPPED_ELEMENTS, ''));
}
