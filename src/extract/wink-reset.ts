/**
 * wink-nlp learns every out-of-vocabulary word it reads into its instance's lexicon, and its
 * tokenizer looks whole words up there first: once "Inc's" has been read before a ">" it stays
 * one token in every later article. Output would then depend on what a process read before.
 *
 * Re-creating the instance per article costs about 175 ms, so instead its lexicon cache gets two
 * methods, `snapshot()` and `restore()`, and `analyze()` puts the lexicon back after each article.
 * wink-nlp's own cache.js is compiled with those two methods added, before wink-nlp loads it
 * (checked against the anchor it needs; a wink-nlp release without it fails loudly, not silently).
 */
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface LexiconCache {
  snapshot(): unknown;
  restore(snapshot: unknown): void;
}

const ANCHOR = '  methods.add = add;';
const ADDITION = `
  // dealsift: put the lexicon back after each document (see src/extract/wink-reset.ts).
  methods.snapshot = function () {
    var s = { el: extrinsicLexicon.length, f: Object.create( null ) };
    for ( var k in model.features ) {
      var f = model.features[ k ];
      if ( f && Array.isArray( f.list ) && f.hash ) s.f[ k ] = f.list.length;
    }
    return s;
  };
  methods.restore = function ( s ) {
    extrinsicLexicon.length = s.el;
    for ( var k in s.f ) {
      var f = model.features[ k ];
      for ( var i = s.f[ k ]; i < f.list.length; i += 1 ) delete f.hash[ f.list[ i ] ];
      f.list.length = s.f[ k ];
      f.index = s.f[ k ];
    }
  };
`;

let caches: LexiconCache[] = [];
let installed = false;

/** Load wink-nlp with a resettable lexicon cache; returns the wink-nlp factory. */
export function loadWink(): { winkNLP: (model: unknown, pipe?: string[]) => unknown; created: () => LexiconCache } {
  const cachePath = require.resolve('wink-nlp/src/cache.js');
  if (!installed) {
    const source = readFileSync(cachePath, 'utf8');
    if (!source.includes(ANCHOR) || !source.includes('var extrinsicLexicon = [];')) {
      throw new Error(`dealsift: wink-nlp's ${cachePath} is not the version dealsift was built for (expected "${ANCHOR.trim()}"); pin wink-nlp 2.4`);
    }
    const m = new Module(cachePath) as Module & { _compile(code: string, filename: string): void; paths: string[] };
    m.filename = cachePath;
    m.paths = (Module as unknown as { _nodeModulePaths(p: string): string[] })._nodeModulePaths(cachePath.replace(/[\\/][^\\/]*$/, ''));
    m._compile(source.replace(ANCHOR, `${ADDITION}${ANCHOR}`), cachePath);
    const factory = m.exports as (...args: unknown[]) => LexiconCache;
    m.exports = function (...args: unknown[]) {
      const c = factory(...args);
      caches.push(c);
      return c;
    };
    m.loaded = true;
    require.cache[cachePath] = m;
    installed = true;
  }
  const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => unknown;
  return {
    winkNLP: (model: unknown, pipe?: string[]) => {
      caches = [];
      const nlp = winkNLP(model, pipe);
      return nlp;
    },
    created: () => {
      if (caches.length !== 1) throw new Error(`dealsift: expected one wink-nlp lexicon cache, found ${caches.length}`);
      return caches[0];
    },
  };
}
