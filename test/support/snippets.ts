/** Fenced code blocks of a Markdown file, for tests that compile or run documented snippets. */

export interface CodeBlock {
  /** The first word of the fence's info string (` ```ts no-check ` -> `ts`). */
  readonly lang: string;
  /** The other words of the info string (` ```ts no-check ` -> `['no-check']`). */
  readonly flags: readonly string[];
  /** The block's text, without the fences, ending in a newline. */
  readonly text: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
}

/**
 * Every fenced block (``` or ~~~, three or more) at any indentation up to three spaces, in
 * order. A block is closed by a fence of the same character at least as long as the opening one;
 * an unclosed block is an error (it would swallow the rest of the file).
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const out: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*(.*)$/.exec(lines[i]!);
    if (open === null) continue;
    const fence = open[1]!;
    const [lang = '', ...flags] = open[2]!
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '');
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]!);
      if (close !== null && close[1]![0] === fence[0] && close[1]!.length >= fence.length) break;
      body.push(lines[j]!);
    }
    if (j === lines.length) throw new Error(`unclosed code block opened at line ${i + 1}`);
    out.push({ lang, flags, text: body.length === 0 ? '' : `${body.join('\n')}\n`, line: i + 1 });
    i = j;
  }
  return out;
}

/** The block tagged `tag` (e.g. ` ```js partners/ajv-2020 `); throws unless there is exactly one. */
export function taggedBlock(blocks: readonly CodeBlock[], tag: string): CodeBlock {
  const found = blocks.filter((b) => b.flags.includes(tag));
  if (found.length !== 1) throw new Error(`expected one code block tagged ${tag}, found ${found.length}`);
  return found[0]!;
}
