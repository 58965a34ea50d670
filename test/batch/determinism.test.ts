/**
 * Output must not depend on --jobs, so a record must not depend on which articles its worker read
 * before it. wink-nlp adds every out-of-vocabulary word it meets to its lexicon, and its tokenizer
 * looks whole words up there first: without the extract stage's snapshot and restore of that lexicon,
 * "Inc's" read once inside "<Rotan Mosle Inc's>" would later be one token instead of "Inc" + "'s"
 * (seen on reuters-acq, where story 1694 read after story 1659 lost a deal, so --jobs 1 and --jobs 2
 * differed).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/extract/index.js';
import { extract } from '../../src/pipeline.js';

describe('history independence', () => {
  it('tokenizes an article the same whatever was read before it', () => {
    const text = "Acme Inc's unit was sold to Widget Corp.";
    const before = analyze(text).tokens.map((t) => t.text);
    expect(before).toContain("'s");
    analyze("The unit went to an investment group led by <Rotan Mosle Inc's> affiliate.");
    expect(analyze(text).tokens.map((t) => t.text)).toEqual(before);
  });

  it('gives the same record whatever was extracted before it', () => {
    const doc = { id: 'a', text: "Widget Corp said it agreed to buy Acme Inc's pipeline unit for 40 mln dlrs." };
    const alone = JSON.stringify(extract(doc));
    extract({ id: 'b', text: "Digicon Inc sold its division to a group led by <Rotan Mosle Inc's> Rotan Mosle Technology Partners Ltd affiliate." });
    expect(JSON.stringify(extract(doc))).toBe(alone);
  });
});
