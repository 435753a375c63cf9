/**
 * The release notes: `renderChangelog` is a pure function of the report, lists every change
 * exactly once under its area and method with breaking changes first, and
 * docs/changes/0.64.0-to-0.171.0.md is what it makes of the vendored upstream bundles
 * (`npm run changes` rewrites the file).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderChangelog } from '../codegen/diff/changelog.js';
import { diffProtocols } from '../codegen/diff/diff.js';
import { loadProtocol } from '../codegen/diff/protocol.js';
import { upstreamBundle } from './support/diff-inputs.js';
import { repoRoot } from './support/schemas.js';

const CHANGELOG = `${repoRoot}docs/changes/0.64.0-to-0.171.0.md`;
/** The paths as `npm run changes` passes them (relative to the repository root). */
const OLD = 'upstream/0.64.0/json/codex_app_server_protocol.schemas.json';
const NEW = 'upstream/0.171.0/json/codex_app_server_protocol.schemas.json';

const raw = diffProtocols(loadProtocol(upstreamBundle('0.64.0')), loadProtocol(upstreamBundle('0.171.0')));
const report = { ...raw, old: { ...raw.old, label: OLD }, new: { ...raw.new, label: NEW } };
const text = renderChangelog(report);

describe('renderChangelog on 0.64.0 -> 0.171.0', () => {
  it('is what docs/changes/0.64.0-to-0.171.0.md holds (rewrite it with `npm run changes`)', () => {
    expect(readFileSync(CHANGELOG, 'utf8')).toBe(text.endsWith('\n') ? text : `${text}\n`);
  });

  it('gives the counts at the top', () => {
    const s = report.summary;
    expect(text).toContain(
      `**${s.changes} changes: ${s.breaking} breaking (${s.breakingForClients} for clients, ${s.breakingForServers} for servers), ${s.compatible} compatible.**`,
    );
  });

  it('lists every change exactly once, one line each', () => {
    const bullets = text.split('\n').filter((l) => /^- \*\*(breaks|compatible)/.test(l));
    expect(bullets).toHaveLength(report.changes.length);
    expect(bullets.filter((l) => l.startsWith('- **compatible**'))).toHaveLength(report.summary.compatible);
  });

  it('groups by area, the v1 API last, and puts breaking changes first within each method', () => {
    const areas = text
      .split('\n')
      .filter((l) => l.startsWith('## '))
      .map((l) => l.slice(3));
    expect(areas.slice(-2)).toEqual(['v1 API', 'Rules']);
    expect(areas).toEqual(expect.arrayContaining(['thread', 'turn', 'item', 'account']));
    for (const section of text.split('\n### ').slice(1)) {
      const lines = section
        .split('\n## ')[0]!
        .split('\n')
        .filter((l) => l.startsWith('- **'));
      const firstCompatible = lines.findIndex((l) => l.startsWith('- **compatible'));
      if (firstCompatible >= 0)
        expect(
          lines.slice(firstCompatible).every((l) => l.startsWith('- **compatible')),
          section.split('\n')[0],
        ).toBe(true);
    }
  });

  it("reads as plain words for the partners' key changes", () => {
    expect(text).toContain('- **breaks servers**: `InitializeResponse.codexHome`: new required field (`v2/AbsolutePathBuf`).');
    expect(text).toContain('- **breaks clients**: `newConversation`: Method removed (v1 client request).');
    expect(text).toMatch(/- \*\*breaks clients\*\*: `v2\/Turn<failed>\.error` is now optional: it may be left out\./);
    expect(text).toMatch(/^\| `field-removed-optional` \| optional field removed \|/m);
  });

  it('is a pure function: same report, same text', () => {
    expect(renderChangelog(structuredClone(report))).toBe(text);
  });
});
