/**
 * Lesson Markdown to terminal text, with marked + marked-terminal. Loaded only by commands that
 * render (show, start): these modules are the heaviest part of start-up.
 */
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { wrap } from './terminal-text.js';

export interface RenderOptions {
  width: number;
}

export function createMarkdownRenderer(options: RenderOptions): (markdown: string) => string {
  // marked-terminal reflows list items to `width` and then indents them: keep room for the indent,
  // or the terminal would break words at its edge.
  const width = Math.max(40, Math.min(options.width, 100) - 8);
  const marked = new Marked();
  marked.use(
    markedTerminal({ width, reflowText: true, tab: 2, emoji: false, showSectionPrefix: false }) as Parameters<
      Marked['use']
    >[0],
  );
  marked.use({
    renderer: {
      // marked-terminal prints inline Markdown inside list items raw (**bold**) with marked >= 13
      // (marked-terminal issues 304 and 371): render the inline tokens ourselves.
      text(token: Tokens.Text | Tokens.Escape) {
        // Those texts also escape marked-terminal's reflow: wrap them here, leaving room for the bullet.
        if ('tokens' in token && token.tokens) return wrap(this.parser.parseInline(token.tokens), width - 4);
        return false;
      },
      // Links are shown as text and address, never as terminal hyperlinks: lessons are third-party content.
      link(token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        return token.href && token.href !== text ? `${text} (${token.href})` : text;
      },
    },
  });
  return (markdown: string) =>
    (marked.parse(markdown, { async: false }) as string).replace(/\n{3,}/g, '\n\n').trimEnd();
}
