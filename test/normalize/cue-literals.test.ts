/**
 * The cue prefilter (cue-literals.ts) may only skip a cue that cannot match: the strings it reads
 * from a source must be in every match, and whatever it does not understand must leave the cue to
 * run. Tables of sources, then the rules' own cues on sentences built to match them and on the
 * corpus's sentences.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CueFilter, fold, requiredLiterals } from '../../src/normalize/cue-literals.js';
import { DEAL_RULES, SIDE_RULES } from '../../src/normalize/roles.js';

describe('requiredLiterals', () => {
  const cases: [string, string[] | null][] = [
    ['sale of ', ['SALE ']],
    ['\\b(?:sale|disposal) to ', ['SALE ', 'DISPOSAL ']],
    ['(?:stake|holding) in ', ['STAKE', 'HOLDI']],
    ['\\bpa(?:id|ys?)\\b ', ['PAID ', 'PAY ', 'PAYS ']],
    ['⟨M\\d+⟩', ['⟨M']],
    [' by ', [' BY ']],
    ['a\\.b', ['A.B']],
    ['licen[cs]e', ['LICEN']],
    ['joint[- ]venture', ['JOINT']],
    ['(?<a>x)(?=yz)w', ['XW']],
    ['x(?!abc)', ['X']],
    // Nothing every match holds: the cue always runs.
    ['\\d+', null],
    ['(?:offer|)', null],
    ['(?:offer)?', null],
    ['[a-z]+', null],
    ['[^x]y?', null],
    ['.', null],
    ['(?:\\w+ ){0,3}', null],
    // Escapes are read whole, never as the letters that follow them.
    ['\\u00e9', null],
    ['\\x41', null],
    ['(a)\\1', ['A']],
    // Syntax the reader does not know: the cue always runs.
    ['(?i:x)', null],
    ['(x', null],
  ];
  for (const [source, want] of cases) {
    it(`${source} -> ${JSON.stringify(want)}`, () => expect(requiredLiterals(source)).toEqual(want));
  }
});

describe('fold', () => {
  it('mirrors case-insensitive matching without the u flag', () => {
    for (const [a, b, same] of [['a', 'A', true], ['é', 'É', true], ['ı', 'i', false], ['k', '\u212a', false], ['⟨', '⟨', true]] as const) {
      expect(fold(a.charCodeAt(0)) === fold(b.charCodeAt(0))).toBe(same);
      expect(new RegExp(a, 'i').test(b)).toBe(same);
    }
  });
});

const cues = [...new Set([...DEAL_RULES, ...SIDE_RULES].map((rule) => rule.cue))];
const filter = new CueFilter(cues);

describe('CueFilter on the rules\' cues', () => {
  it('reads required strings for nearly every cue', () => {
    const always = cues.filter((cue) => filter.literalsOf(cue) === null);
    expect(always.length).toBeLessThanOrEqual(2);
  });

  it('never skips a cue on a sentence built around one of its strings', () => {
    // Each required string, in every case form, inside text that the cue may or may not match:
    // wherever the cue matches, the filter must have let it through.
    let checked = 0;
    for (const cue of cues) {
      for (const lit of filter.literalsOf(cue) ?? []) {
        for (const form of [lit, lit.toLowerCase()]) {
          for (const s of [`⟨E0⟩ ${form}⟨E1⟩ for ⟨M0⟩`, `Following ${form}the company ⟨O0⟩ said ⟨P0⟩ in ⟨E1⟩ by ⟨E2⟩`, `${form} of its stake in ⟨E1⟩ to ⟨O2⟩, which it`]) {
            const may = filter.scan(s);
            if (cue.test(s)) {
              checked++;
              expect(may[filter.indexOf(cue)], `${cue.source} on "${s}"`).toBe(1);
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('agrees with every cue on the sentences of the corpus, and skips most tests there', () => {
    const dir = path.join(__dirname, '..', '..', 'corpus');
    const sentences = readdirSync(dir)
      .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/<[^>]*>/g, ' '))
      .flatMap((t) => t.split(/(?<=[.!?])\s+/));
    let skipped = 0;
    let tests = 0;
    for (const s of sentences) {
      const may = filter.scan(s);
      for (const cue of cues) {
        tests++;
        if (!may[filter.indexOf(cue)]) {
          skipped++;
          expect(cue.test(s), `${cue.source} on "${s}"`).toBe(false);
        }
      }
    }
    expect(sentences.length).toBeGreaterThan(100);
    expect(skipped / tests).toBeGreaterThan(0.8);
  });

  it('finds exactly the cues whose strings a sentence holds, in any case and beside other scripts', () => {
    const foldText = (t: string) => String.fromCharCode(...Array.from(t, (_, i) => fold(t.charCodeAt(i))));
    const all = cues.flatMap((cue) => filter.literalsOf(cue) ?? []);
    // Sentences made of the cues' own strings, cut and joined at odd places, with accents and ⟨slots⟩.
    for (let n = 0; n < 400; n++) {
      const parts = [0, 1, 2, 3].map((j) => all[(n * 7 + j * 13) % all.length]);
      const s = `${parts[0].toLowerCase()}é ⟨E${n % 3}⟩${parts[1].slice(1)}${parts[2]} Ünd ${parts[3].slice(0, -1).toLowerCase()}`;
      const may = filter.scan(s);
      const folded = foldText(s);
      for (const cue of cues) {
        const lits = filter.literalsOf(cue);
        expect(may[filter.indexOf(cue)], `${cue.source} on "${s}"`).toBe(!lits || lits.some((l) => folded.includes(l)) ? 1 : 0);
      }
    }
  });

  it('skips a cue whose strings are absent, and lets it run when one is there', () => {
    const acquire = DEAL_RULES.find((rule) => rule.name === 'acquire-active')!.cue;
    expect(filter.scan('⟨E0⟩ reported higher quarterly sales.')[filter.indexOf(acquire)]).toBe(0);
    expect(filter.scan('⟨E0⟩ AGREED TO BUY ⟨E1⟩.')[filter.indexOf(acquire)]).toBe(1);
    expect(filter.scan('⟨E0⟩ said it would acquire ⟨E1⟩.')[filter.indexOf(acquire)]).toBe(1);
  });
});
