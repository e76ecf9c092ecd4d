import { neutraliseCell } from '@opcc/core';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { AFTER_ACTION_COLUMNS, afterActionCsv, afterActionMarkdown, csvCell, draftFileName, plain, type AfterActionScenario } from './after-action.js';
import { emptyNotes, type FacilitatorNotes } from './facilitator-notes.js';

const HOSTILE = '<script>window.__pwned=1</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://evil.example/x.png) **bold** `code`';

const scenario: AfterActionScenario = {
  id: 'complaint',
  title: 'A serious complaint',
  version: '1.0',
  marking: 'OFFICIAL-SENSITIVE',
  objectives: [
    { id: 'appropriate-authority', text: 'Explain who the appropriate authority is.' },
    { id: 'refer-to-iopc', text: 'Refer to the IOPC in time.' },
  ],
  modules: [
    { id: 'the-email', title: 'The email arrives' },
    { id: 'refer-or-not', title: 'Assessing and referring' },
  ],
  roles: [{ id: 'commissioner', title: 'Police and Crime Commissioner' }],
};

const notes: FacilitatorNotes = {
  modules: { 'the-email': 'PSD offered to take it.\nDeclined at once.' },
  objectives: { 'appropriate-authority': { rating: 'S', note: 'Needed a prompt.' } },
  decisions: [{ at: '10:05', role: 'commissioner', text: 'Refer to the IOPC today.' }],
  strengths: 'Quick recording\n\nClear roles',
  improvements: 'Press line late',
  actions: [{ objective: 'refer-to-iopc', action: 'Write a referral checklist', owner: 'Chief executive', due: '2026-12-31' }],
};

/** A strict reading of CSV: quoted cells with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('the after-action draft in Markdown', () => {
  const text = afterActionMarkdown(scenario, notes, '29 November 2026');

  it('holds the ratings, notes, decisions, strengths, areas for improvement and corrective actions', () => {
    expect(text.startsWith('**OFFICIAL\\-SENSITIVE**')).toBe(false);
    expect(text.split('\n')[0]).toBe('**OFFICIAL-SENSITIVE**');
    expect(text.trimEnd().endsWith('**OFFICIAL-SENSITIVE**')).toBe(true);
    expect(text).toContain('# After-action report (draft): A serious complaint');
    expect(text).toContain('Scenario complaint, version 1.0. Drafted on 29 November 2026');
    expect(text).toContain('### Explain who the appropriate authority is.\n\nRating: Performed with some challenges (S)\n\nNeeded a prompt.');
    expect(text).toContain('### Refer to the IOPC in time.\n\nRating: Not rated');
    expect(text).toContain('### The email arrives\n\nPSD offered to take it.\n\nDeclined at once.');
    expect(text).not.toContain('Assessing and referring');
    expect(text).toContain('| 10:05 | Police and Crime Commissioner | Refer to the IOPC today. |');
    expect(text).toContain('## Strengths\n\n- Quick recording\n- Clear roles');
    expect(text).toContain('## Areas for improvement\n\n- Press line late');
    expect(text).toContain('| Refer to the IOPC in time. | Write a referral checklist | Chief executive | 2026-12-31 |');
  });

  it('says "None recorded." for what was not recorded', () => {
    const empty = afterActionMarkdown(scenario, emptyNotes(), 'today');
    expect(empty.match(/None recorded\./g)).toHaveLength(5);
  });

  it('renders hostile text from the notes and from the scenario as that text, with no markup, link or image', () => {
    const hostileScenario = { ...scenario, title: HOSTILE, objectives: [{ id: 'o', text: HOSTILE }], roles: [{ id: 'r', title: HOSTILE }] };
    const hostileNotes: FacilitatorNotes = {
      modules: { 'the-email': `# heading\n- list\n1. ordered\n> quote\n    code block\n${HOSTILE}` },
      objectives: { o: { rating: 'P', note: HOSTILE } },
      decisions: [{ at: '<b>', role: 'r', text: `a | b ${HOSTILE}` }],
      strengths: HOSTILE,
      improvements: '===',
      actions: [{ objective: 'o', action: HOSTILE, owner: '=cmd|x', due: '' }],
    };
    const md = new MarkdownIt({ html: true, linkify: true });
    const rendered = md.render(afterActionMarkdown(hostileScenario, hostileNotes, HOSTILE));
    const tags = new Set([...rendered.matchAll(/<([a-z0-9]+)/gi)].map((m) => m[1]));
    // Not even a renderer that links bare web addresses makes a link of the http address.
    expect([...tags].sort()).toEqual(['h1', 'h2', 'h3', 'li', 'p', 'strong', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'].sort());
    expect(rendered).not.toMatch(/<(?:script|img|em|code|blockquote|pre|ol|h4)\b/);
    // The text itself survives, shown as typed.
    const shown = rendered.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(shown).toContain(HOSTILE);
    expect(shown).toContain('# heading');
    expect(shown).toContain('a | b');
  });

  it('leaves no bare address for a renderer to link by itself, and shows each as it was typed', () => {
    const linking = new MarkdownIt({ linkify: true });
    for (const address of ['See https://evil.com/x?y=1 now', 'www.evil.com/path', 'mail someone@evil.com', 'ftp://evil.com']) {
      const rendered = linking.render(plain(address)).trim().replace(/^<p>|<\/p>$/g, '');
      expect(rendered, address).not.toContain('<a');
      expect(rendered.replace(/&amp;/g, '&'), address).toBe(address);
    }
    // Without the escapes the same renderer would link them: the check above has something to catch.
    expect(linking.render('https://evil.com/x')).toContain('<a');
  });

  it('escapes what would start a block', () => {
    expect(plain('- item')).toBe('\\- item');
    expect(plain('12. item')).toBe('12\\. item');
    expect(plain('3) item')).toBe('3\\) item');
    expect(plain('1.0 is a version')).toBe('1.0 is a version');
    expect(plain('# not a heading')).toBe('\\# not a heading');
    expect(plain('a\nb')).toBe('a b');
  });
});

describe('the after-action draft in CSV', () => {
  it('has a row for each objective, module note, decision, strength, area for improvement and corrective action', () => {
    const text = afterActionCsv(scenario, notes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...AFTER_ACTION_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      ['Scenario', 'A serious complaint', '', 'Version 1.0; OFFICIAL-SENSITIVE', '', '', '', ''],
      ['Objective', 'Explain who the appropriate authority is.', 'Performed with some challenges', 'Needed a prompt.', '', '', '', ''],
      ['Objective', 'Refer to the IOPC in time.', '', '', '', '', '', ''],
      ['Module', 'The email arrives', '', 'PSD offered to take it.\nDeclined at once.', '', '', '', ''],
      ['Decision', '', '', 'Refer to the IOPC today.', 'Police and Crime Commissioner', '10:05', '', ''],
      ['Strength', '', '', 'Quick recording', '', '', '', ''],
      ['Strength', '', '', 'Clear roles', '', '', '', ''],
      ['Area for improvement', '', '', 'Press line late', '', '', '', ''],
      ['Corrective action', 'Refer to the IOPC in time.', '', 'Write a referral checklist', '', '', 'Chief executive', '2026-12-31'],
    ]);
  });

  it('neutralises every cell a spreadsheet would run as a formula, and quotes what needs quoting', () => {
    expect(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "\"'\rx\""]);
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('plain')).toBe('plain');
    // Core's rule, as every CSV the tools write: a cell that already begins as a neutralised one gets one more quote.
    for (const cell of ["'=1", "''-x", "'tis", 'é=1']) expect(csvCell(cell)).toBe(neutraliseCell(cell));
    expect(csvCell("'=1")).toBe("''=1");
    const formulas = { ...emptyNotes(), strengths: '@cmd', actions: [{ objective: '', action: '-2+3', owner: '+x', due: '' }] };
    const text = afterActionCsv({ ...scenario, title: '=HYPERLINK("http://evil.example")' }, formulas);
    const cells = parseCsv(text.slice(1)).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain('\'=HYPERLINK("http://evil.example")');
    expect(cells).toContain("'@cmd");
  });
});

describe('the draft’s file names', () => {
  it('name the scenario and version, with nothing a file system would refuse', () => {
    expect(draftFileName(scenario, 'md')).toBe('after-action-complaint-v1.0.md');
    expect(draftFileName({ ...scenario, version: '' }, 'csv')).toBe('after-action-complaint.csv');
    expect(draftFileName({ ...scenario, id: 'a/b', version: '1 /2' }, 'csv')).toBe('after-action-a-b-v1-2.csv');
  });
});
