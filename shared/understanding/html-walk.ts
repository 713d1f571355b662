import { Tokenizer } from 'htmlparser2';

/** What the walker reports, in document order. */
export interface HtmlVisitor {
  open(name: string, attribs: Record<string, string>): void;
  /** Every opened non-void element is closed exactly once, implied closes included. */
  close(name: string): void;
  text(text: string): void;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Opening one of these ends an open <p> (HTML's "close a p element" rule, the common cases). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
/** How far down the stack an end tag may reach; deeper strays are ignored, which keeps every step O(1). */
const CLOSE_SEARCH_DEPTH = 64;

/** True for elements that never have content or an end tag. */
export function isVoidElement(name: string): boolean {
  return VOID.has(name);
}

/**
 * Streams an HTML document to a visitor, using htmlparser2's tokenizer (real
 * HTML lexing: entities, comments, CDATA, raw text in <script>/<style>) with
 * an element stack of our own. htmlparser2's Parser keeps its stack with
 * `unshift`/`shift`, which is quadratic in nesting depth (100k nested <div>s
 * take seconds); this stack only pushes and pops.
 */
export function walkHtml(html: string, visitor: HtmlVisitor): void {
  const stack: string[] = [];
  let tagName = '';
  let attribs: Record<string, string> = {};
  let attribName = '';
  let attribValue = '';
  let closing = false;

  const popTo = (index: number): void => {
    while (stack.length > index) visitor.close(stack.pop() ?? '');
  };
  const openTag = (selfClosing: boolean): void => {
    const name = tagName;
    if (name === '') return;
    if (CLOSES_P.has(name) && stack[stack.length - 1] === 'p') popTo(stack.length - 1);
    if ((name === 'li' || name === 'td' || name === 'th' || name === 'tr') && stack[stack.length - 1] === name) {
      popTo(stack.length - 1);
    }
    visitor.open(name, attribs);
    if (VOID.has(name)) return;
    stack.push(name);
    if (selfClosing) popTo(stack.length - 1);
  };
  const closeTag = (name: string): void => {
    if (name === 'br') {
      // "</br>" is read as "<br>" by browsers.
      visitor.open('br', {});
      return;
    }
    const limit = Math.max(0, stack.length - CLOSE_SEARCH_DEPTH);
    for (let k = stack.length - 1; k >= limit; k--) {
      if (stack[k] === name) {
        popTo(k);
        return;
      }
    }
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        attribs = {};
        closing = false;
      },
      onattribname(start, end) {
        attribName = html.slice(start, end).toLowerCase();
        attribValue = '';
      },
      onattribdata(start, end) {
        attribValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        attribValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (!(attribName in attribs)) attribs[attribName] = attribValue;
        attribName = '';
        attribValue = '';
      },
      onopentagend() {
        if (!closing) openTag(false);
        tagName = '';
      },
      onselfclosingtag() {
        openTag(true);
        tagName = '';
      },
      onclosetag(start, end) {
        closing = true;
        closeTag(html.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        visitor.text(html.slice(start, end));
      },
      ontextentity(codepoint) {
        visitor.text(String.fromCodePoint(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  popTo(0);
}
