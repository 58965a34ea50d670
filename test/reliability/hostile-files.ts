/**
 * The hostile set: the bad files of a real batch, name -> contents. hostile.test.ts runs them in one
 * batch with the corpus; the fuzzer (scripts/fuzz.ts) mutates them.
 */
export function hostileFiles(): Record<string, string | Buffer> {
  const para = '<p>Acme Corp said it agreed to acquire Widget Inc for 12.2 mln dlrs in cash and notes.</p>\n';
  return {
    'empty.txt': '',
    'whitespace.txt': ' \n\t\n  \r\n',
    'image.html': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...Array(200).fill(0)]),
    'archive.txt': Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 0), Buffer.from([0xff, 0xfe, 0x00, 0x13])]),
    'truncated.html': '<html><head><title>Acme to buy Wid',
    'truncated-body.html': `<html><body><article>${para}<p>Acme Corp said it agreed to acq`,
    'huge.html': `<html><body><article>${para.repeat(260_000)}</article></body></html>`, // about 23 MB
    'deep.html': `<html><body>${'<div>'.repeat(100_000)}Acme Corp agreed to buy Widget Inc.${'</div>'.repeat(100_000)}</body></html>`,
    'all-script.html': `<html><head><style>${'p{color:red}'.repeat(1000)}</style></head><body><script>${'var x = 1;'.repeat(5000)}</script></body></html>`,
    'chinese.txt': '阿里巴巴集团同意以120亿美元收购一家公司。\n\n该交易预计将于2027年完成。',
    'arabic.txt': 'وافقت شركة أرامكو على شراء حصة بنسبة 20% في الشركة مقابل 13 مليار دولار.',
    'russian.txt': 'Компания «Газпром» согласилась купить 51% акций за 12 млн долларов.',
    'invalid-utf8.txt': Buffer.concat([Buffer.from('Acme Corp agreed to buy Widget Inc for $5 million '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), Buffer.from(' in cash.')]),
    'wrong-charset.html': Buffer.from('<html><head><meta charset="shift_jis"></head><body><p>Société Générale agreed to buy a 9.9% stake in Acme for €120 million.</p></body></html>', 'utf8'),
    'nul.txt': Buffer.from('Acme Corp\u0000 agreed\u0000 to buy\u0000 Widget Inc.'),
    'long-line.txt': 'A'.repeat(10 * 1024 * 1024),
    'digits.txt': `${'9'.repeat(200_000)} ${'$'.repeat(100_000)} ${'. '.repeat(100_000)} ${'ABC '.repeat(100_000)}`,
  };
}
